// Kysely's view of the persona table; to be merged into `Database` in server/platform/db-types.ts.
import type { ColumnType } from 'kysely';
import type { Database } from '../platform/db-types.js';
import type { PersonaTone, ReplyLength } from './persona.js';

export interface PersonasTable {
  /** Always PERSONA_KEY: one global persona. */
  key: string;
  name: string;
  tone: PersonaTone;
  reply_length: ReplyLength;
  /** A JSON array of PersonaTopic. */
  allowed_topics: ColumnType<unknown, string, string>;
  greeting: string;
  revision: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface PersonaTables {
  personas: PersonasTable;
}

/** The database as the persona store sees it, until PersonaTables is part of `Database`. */
export type PersonaDatabase = Database & PersonaTables;
