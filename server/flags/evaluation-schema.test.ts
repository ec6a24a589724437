// FlagEvaluation's leaves skip its type scopes: that holds only while every field returning it is checked
// with scopes no wider than FlagEvaluation's own. A new field that returns it more widely fails here.
import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../app/schema.js';
import type { AuthScopes } from '../platform/builder.js';

type ScopeMap = Partial<Record<keyof AuthScopes, boolean>>;
const scopesOf = (extensions: unknown) =>
  (extensions as { pothosOptions?: { authScopes?: ScopeMap } } | undefined)?.pothosOptions?.authScopes;

/** Scopes held only by callers who also hold the key's scope. */
const NARROWER: Partial<Record<keyof AuthScopes, readonly (keyof AuthScopes)[]>> = {
  user: ['tenantAdmin', 'support', 'ops', 'platform'],
  apiKey: ['apiKeyEvaluate', 'apiKeyModules'],
};

/** Whether every caller `inner` admits is also admitted by `outer`. */
function within(inner: ScopeMap, outer: ScopeMap): boolean {
  return (Object.keys(inner) as (keyof AuthScopes)[])
    .filter((scope) => inner[scope])
    .every(
      (scope) =>
        outer[scope] === true ||
        Object.entries(NARROWER).some(
          ([wide, narrow]) => outer[wide as keyof AuthScopes] === true && narrow?.includes(scope),
        ),
    );
}

describe('FlagEvaluation scopes', () => {
  const schema = buildSchema();
  const evaluation = schema.getType('FlagEvaluation');
  const own = scopesOf(evaluation?.extensions) ?? {};
  const returning = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => getNamedType(field.type) === evaluation)
        .map((field) => ({ type, field })),
    );

  it('are declared, and some fields return the type', () => {
    expect(own).toEqual({ user: true, apiKey: true });
    expect(returning.map(({ type, field }) => `${type.name}.${field.name}`)).toContain('FlagSnapshot.flags');
  });

  it.each(returning.map(({ type, field }) => [`${type.name}.${field.name}`, type, field] as const))(
    '%s is checked with scopes within FlagEvaluation’s',
    (_name, type, field) => {
      const root = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(
        type,
      );
      const checked = root ? scopesOf(field.extensions) : scopesOf(type.extensions);
      expect(checked, 'the field or its type declares a scope map').toBeTypeOf('object');
      expect(within(checked ?? { public: true }, own)).toBe(true);
    },
  );

  it('tells a wider scope map apart (the check can fail)', () => {
    expect(within({ public: true }, own)).toBe(false);
    expect(within({ ops: true, apiKeyEvaluate: true }, own)).toBe(true);
  });
});
