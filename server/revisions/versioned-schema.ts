// The GraphQL shapes every versioned kind shares: history and rollback arguments, the rollback payload, the
// change reason the console requires, and a keyed kind's create / update / archive / rollback mutations.
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import { z } from 'zod';
import { changeMeta } from '../auth/actor.js';
import { ENTITY_KEY, PAGE_SIZE } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { Context } from '../platform/context.js';
import type { ChangeMeta } from './entity-writer.js';

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type MutationFields = PothosSchemaTypes.MutationFieldBuilder<BuilderTypes, object>;

/** A change reason: 1 to 500 characters once trimmed, kept in the revision and the audit row. */
export const GIVEN_REASON = z.string({ error: 'say why' }).trim().min(1, 'say why').max(500);

/**
 * For a field whose `reason` argument is optional in the SDL (old documents still validate) but required by
 * the console: a missing, null or blank one is VALIDATION_FAILED at path `reason`.
 */
export const REASON_REQUIRED = z.looseObject({ reason: GIVEN_REASON });

const REASON_DESCRIPTION = 'Why: 1 to 500 characters, kept in the revision and the audit log. Required.';

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
  reason: t.string({ required: true, validate: GIVEN_REASON }),
}));

/** What a keyed kind's service offers the schema (flags and segments). */
export interface KeyedWrites<E, C, F extends string> {
  create(key: string, content: C, meta: ChangeMeta): Promise<E>;
  update(key: string, expectedRevision: number, content: C, meta: ChangeMeta): Promise<E>;
  archive(key: string, expectedRevision: number | undefined, meta: ChangeMeta): Promise<E>;
  rollback(key: string, toRevision: number, meta: ChangeMeta): Promise<Record<F, E> & { changed: boolean }>;
}

export interface KeyedWriteSpec<E, C, I, F extends string> {
  /** `Flag`: createFlag, updateFlag, archiveFlag, rollbackFlag. */
  name: string;
  entity: ObjectRef<BuilderTypes, E>;
  rollback: ObjectRef<BuilderTypes, Record<F, E> & { changed: boolean }>;
  input: InputObjectRef<BuilderTypes, I>;
  toContent(input: I): C;
  service(ctx: Context): KeyedWrites<E, C, F>;
  descriptions: { create?: string; update?: string; archive: string; rollback?: string };
}

interface KeyArgs {
  key: string;
  reason?: string | null;
}

/**
 * The four ops mutations of a keyed versioned kind, one shape for all of them. Pothos cannot infer argument
 * and result types over the generic E and I, so each resolver names its arguments and the spec's types fix
 * the results for callers.
 */
export function keyedWriteFields<E, C, I, F extends string>(
  t: MutationFields,
  spec: KeyedWriteSpec<E, C, I, F>,
) {
  const ops = t.withAuth({ ops: true });
  const reason = () => t.arg.string({ description: REASON_DESCRIPTION });
  const input = () => t.arg({ type: spec.input, required: true });
  const meta = (ctx: Context, args: KeyArgs) => changeMeta(ctx, args.reason);
  return {
    [`create${spec.name}`]: ops.field({
      type: spec.entity,
      description: spec.descriptions.create,
      args: { key: t.arg.string({ required: true, validate: ENTITY_KEY }), input: input(), reason: reason() },
      validate: REASON_REQUIRED,
      resolve: (_root, raw, ctx) => {
        const args = raw as KeyArgs & { input: I };
        return spec.service(ctx).create(args.key, spec.toContent(args.input), meta(ctx, args)) as never;
      },
    }),
    [`update${spec.name}`]: ops.field({
      type: spec.entity,
      description:
        spec.descriptions.update ??
        'Replaces the definition; fails with CONFLICT unless expectedRevision is the one in force.',
      args: {
        key: t.arg.string({ required: true }),
        expectedRevision: t.arg.int({ required: true }),
        input: input(),
        reason: reason(),
      },
      validate: REASON_REQUIRED,
      resolve: (_root, raw, ctx) => {
        const args = raw as KeyArgs & { expectedRevision: number; input: I };
        const content = spec.toContent(args.input);
        return spec.service(ctx).update(args.key, args.expectedRevision, content, meta(ctx, args)) as never;
      },
    }),
    [`archive${spec.name}`]: ops.field({
      type: spec.entity,
      description: spec.descriptions.archive,
      args: {
        key: t.arg.string({ required: true }),
        expectedRevision: t.arg.int(),
        reason: reason(),
      },
      validate: REASON_REQUIRED,
      resolve: (_root, raw, ctx) => {
        const args = raw as KeyArgs & { expectedRevision?: number | null };
        const expected = args.expectedRevision ?? undefined;
        return spec.service(ctx).archive(args.key, expected, meta(ctx, args)) as never;
      },
    }),
    [`rollback${spec.name}`]: ops.field({
      type: spec.rollback,
      description: spec.descriptions.rollback ?? "Writes revision toRevision's content as a new revision.",
      args: { key: t.arg.string({ required: true }), ...rollbackArgs },
      resolve: (_root, raw, ctx) => {
        const args = raw as KeyArgs & { toRevision: number };
        return spec.service(ctx).rollback(args.key, args.toRevision, meta(ctx, args)) as never;
      },
    }),
  };
}
