// Persona rules: bounds, optimistic concurrency and rollback, through the shared ConfigWriter (revision + audit).
import type { Db } from '../platform/db.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { ChangeMeta } from '../revisions/change-recorder.js';
import { assertExpectedRevision, type ConfigWriter, type PlannedWrite } from '../revisions/config-writer.js';
import { diffContent, type Revision } from '../revisions/revision.js';
import { RevisionStore } from '../revisions/revision-store.js';
import {
  PERSONA_KEY,
  type Persona,
  type PersonaContent,
  personaContent,
  validatePersona,
} from './persona.js';
import { PersonaStore } from './persona-store.js';

export interface PersonaRollbackResult {
  persona: Persona;
  changed: boolean;
}

export class PersonaService {
  constructor(
    private readonly store: PersonaStore,
    private readonly revisions: RevisionStore,
    private readonly writer: ConfigWriter,
  ) {}

  /** The persona in force (read on every call: instances share nothing but the database). */
  current(): Promise<Persona> {
    return this.store.current();
  }

  /** Newest first. */
  history(limit: number): Promise<Revision[]> {
    return this.revisions.list('persona', PERSONA_KEY, limit);
  }

  /** Replaces the content; CONFLICT unless expectedRevision is in force; the same content writes nothing. */
  update(expectedRevision: number, content: PersonaContent, meta: ChangeMeta): Promise<Persona> {
    return this.writer.write(
      { targetType: 'persona', key: PERSONA_KEY, action: 'persona.update' },
      meta,
      async (trx) => {
        // Bounds first: invalid input is reported as such whatever revision it was based on.
        const next = personaContent(content);
        assertValid(next);
        const current = await locked(trx);
        assertExpectedRevision('The persona', current.revision, expectedRevision);
        return planReplace(trx, current, next);
      },
    );
  }

  /** Writes revision N's content as a new revision; rolling back to the content in force is a no-op. */
  async rollback(toRevision: number, meta: ChangeMeta): Promise<PersonaRollbackResult> {
    let changed = true;
    const persona = await this.writer.write(
      { targetType: 'persona', key: PERSONA_KEY, action: 'persona.rollback' },
      meta,
      async (trx) => {
        const current = await locked(trx);
        const target = await RevisionStore.find(trx, 'persona', PERSONA_KEY, toRevision);
        if (!target) throw new AugurError('NOT_FOUND', `The persona has no revision ${toRevision}`);
        const planned = await planReplace(trx, current, personaContent(target.content as PersonaContent));
        if (planned.kind === 'noop') changed = false;
        return planned;
      },
    );
    return { persona, changed };
  }
}

async function locked(trx: Db): Promise<Persona> {
  const persona = await PersonaStore.findForUpdate(trx);
  if (!persona) throw new Error(`persona ${PERSONA_KEY} is missing: run the migrations`);
  return persona;
}

function assertValid(content: PersonaContent): void {
  const issues = validatePersona(content);
  if (issues.length > 0) throw validationFailed(issues);
}

async function planReplace(trx: Db, current: Persona, next: PersonaContent): Promise<PlannedWrite<Persona>> {
  const diff = diffContent(personaContent(current), next);
  if (diff.length === 0) return { kind: 'noop', result: current };
  // Rollback targets were valid when written; checking again keeps bounds tightened later enforced.
  assertValid(next);
  const revision = current.revision + 1;
  return {
    kind: 'change',
    revision,
    content: next,
    diff,
    apply: () => PersonaStore.update(trx, next, revision),
  };
}
