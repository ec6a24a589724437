// The GraphQL shapes every versioned kind shares: history and rollback arguments and the rollback payload.
import type { ObjectRef } from '@pothos/core';
import { CHANGE_REASON, ENTITY_KEY, PAGE_SIZE, REQUIRED_REASON } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** `<Name>Rollback { <field>: <Name>!, changed: Boolean! }`. */
export function rollbackPayload<E, F extends string>(
  name: string,
  field: F,
  entity: ObjectRef<BuilderTypes, E>,
) {
  return builder.objectRef<Record<F, E> & { changed: boolean }>(`${name}Rollback`).implement({
    authScopes: { ops: true },
    fields: (t) => ({
      // Pothos cannot resolve its result type over a generic field name; the ref fixes it for callers.
      [field]: t.field({ type: entity, resolve: (r) => r[field] as never }),
      changed: t.boolean({
        description: 'False when that revision was already in force (nothing written).',
        resolve: (r) => r.changed,
      }),
    }),
  });
}

/** A keyed entity's revisions, newest first. */
export const historyArgs = builder.args((t) => ({
  key: t.string({ required: true }),
  first: t.int({ defaultValue: 50, validate: PAGE_SIZE }),
}));

/** Writes revision toRevision's content as a new revision; a reason is required. */
export const rollbackArgs = builder.args((t) => ({
  toRevision: t.int({ required: true }),
  reason: t.string({ required: true, validate: REQUIRED_REASON }),
}));

export const keyedRollbackArgs = builder.args((t) => ({
  key: t.string({ required: true }),
  ...rollbackArgs,
}));

/** Create and update: the key, the optional change reason, and for update the revision it is based on. */
export const createArgs = builder.args((t) => ({
  key: t.string({ required: true, validate: ENTITY_KEY }),
  reason: t.string({ validate: CHANGE_REASON }),
}));

export const updateArgs = builder.args((t) => ({
  key: t.string({ required: true }),
  expectedRevision: t.int({ required: true }),
  reason: t.string({ validate: CHANGE_REASON }),
}));
