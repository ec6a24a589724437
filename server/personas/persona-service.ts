// Persona operations (the one in force, history, update, rollback) over the one writer.
import { LRUCache } from 'lru-cache';
import type { ChangeMeta, EntityWriter } from '../revisions/entity-writer.js';
import type { Revision } from '../revisions/revision.js';
import type { RevisionStore } from '../revisions/revision-store.js';
import { PERSONA_KEY, type Persona, type PersonaContent } from './persona.js';
import { type PersonaTx, personaDefinition } from './persona-definition.js';
import type { PersonaStore } from './persona-store.js';

export interface PersonaRollbackResult {
  persona: Persona;
  changed: boolean;
}

export class PersonaService {
  // Revisions never change, so a name looked up for one stays right; the promise dedupes a page's lookups.
  private readonly names = new LRUCache<number, Promise<string | null>>({ max: 500 });

  constructor(
    private readonly store: PersonaStore,
    private readonly revisions: RevisionStore,
    private readonly writer: EntityWriter<PersonaTx>,
  ) {}

  /** The persona's name at a revision (what its replies are signed with), or null for an unknown revision. */
  nameAt(revision: number): Promise<string | null> {
    const known = this.names.get(revision);
    if (known) return known;
    const lookup = this.revisions.find('persona', PERSONA_KEY, revision).then((found) => {
      const name = (found?.content as { name?: unknown } | undefined)?.name;
      return typeof name === 'string' ? name : null;
    });
    // A failed read (database down) is not remembered: the next request asks again.
    lookup.catch(() => this.names.delete(revision));
    this.names.set(revision, lookup);
    return lookup;
  }

  /** The persona in force (read on every call: instances share nothing but the database). */
  current(): Promise<Persona> {
    return this.store.current();
  }

  /** Newest first. */
  history(limit: number): Promise<Revision[]> {
    return this.revisions.list('persona', PERSONA_KEY, limit);
  }

  /** Replaces the content; CONFLICT unless expectedRevision is in force; the same content writes nothing. */
  async update(expectedRevision: number, content: PersonaContent, meta: ChangeMeta): Promise<Persona> {
    const op = { kind: 'update', key: PERSONA_KEY, expectedRevision, content } as const;
    return (await this.writer.write(personaDefinition, op, meta)).entity;
  }

  /** Writes revision N's content as a new revision; rolling back to the content in force is a no-op. */
  async rollback(toRevision: number, meta: ChangeMeta): Promise<PersonaRollbackResult> {
    const op = { kind: 'rollback', key: PERSONA_KEY, toRevision } as const;
    const { entity, changed } = await this.writer.write(personaDefinition, op, meta);
    return { persona: entity, changed };
  }
}
