// The only Kysely code for the persona.
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { PersonasTable } from '../platform/db-types.js';
import {
  PERSONA_KEY,
  type Persona,
  type PersonaContent,
  type PersonaTone,
  type PersonaTopic,
  type ReplyLength,
} from './persona.js';

const toPersona = (row: Selectable<PersonasTable>): Persona => ({
  name: row.name,
  tone: row.tone as PersonaTone,
  replyLength: row.reply_length as ReplyLength,
  allowedTopics: row.allowed_topics as PersonaTopic[],
  greeting: row.greeting,
  revision: row.revision,
  updatedAt: row.updated_at,
});

export interface PersonaStore {
  /** The persona in force; the migration creates revision 1, so a missing row is a broken database. */
  current(): Promise<Persona>;
  /** The persona row, locked until the transaction ends (orders concurrent writes). */
  findForUpdate(): Promise<Persona | undefined>;
  update(content: PersonaContent, revision: number): Promise<Persona>;
}

export class PgPersonaStore implements PersonaStore {
  constructor(private readonly db: Db) {}

  async findForUpdate(): Promise<Persona | undefined> {
    const row = await this.db
      .selectFrom('personas')
      .selectAll()
      .where('key', '=', PERSONA_KEY)
      .forUpdate()
      .executeTakeFirst();
    return row && toPersona(row);
  }

  async update(content: PersonaContent, revision: number): Promise<Persona> {
    const row = await this.db
      .updateTable('personas')
      .set({
        name: content.name,
        tone: content.tone,
        reply_length: content.replyLength,
        allowed_topics: JSON.stringify(content.allowedTopics),
        greeting: content.greeting,
        revision,
        updated_at: new Date(),
      })
      .where('key', '=', PERSONA_KEY)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toPersona(row);
  }

  async current(): Promise<Persona> {
    const row = await this.db
      .selectFrom('personas')
      .selectAll()
      .where('key', '=', PERSONA_KEY)
      .executeTakeFirst();
    if (!row) throw new Error(`persona ${PERSONA_KEY} is missing: run the migrations`);
    return toPersona(row);
  }
}
