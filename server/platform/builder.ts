// The Pothos schema builder: scope-auth on every field, errors and validation plugins, Augur's error codes.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { Kind, valueFromASTUntyped } from 'graphql';
import { argumentGuardPlugin } from './argument-guard.js';
import type { Context } from './context.js';
import { AugurError, validationFailed } from './errors.js';
import { featureGatePlugin } from './feature-gate.js';

export interface AuthScopes {
  /** Anyone, signed in or not. */
  public: boolean;
  /** Any signed-in account, whatever its role. */
  user: boolean;
  /** The administrator of a customer tenant: its own keys, audit events and entitlements. */
  tenantAdmin: boolean;
  /** Staff of the operator tenant. */
  support: boolean;
  ops: boolean;
  platform: boolean;
  /** A third party's backend, through an API key (any scope). */
  apiKey: boolean;
  /** An API key with scope `evaluate`: evaluate flags for its tenant. */
  apiKeyEvaluate: boolean;
  /** An API key with scope `modules`: run modules for one of its tenant's users. */
  apiKeyModules: boolean;
}

/**
 * What each scope guarantees about the context, for resolvers built with `t.withAuth({ scope: true })`: a
 * user-or-staff scope means an account viewer, an API-key scope an API-key viewer. server/auth/viewer.ts
 * declares the entries by declaration merging (as server/app/context.ts does the Context), so this
 * plumbing names no slice.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by declaration merging
export interface ScopeContexts {}

/** Messages of scope refusals, told apart from a resolver's own UNAUTHENTICATED (e.g. a wrong password). */
export const SCOPE_REFUSAL = {
  anonymous: 'Sign in to use this field',
  role: 'Your role may not use this field',
} as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  AuthContexts: ScopeContexts;
  DefaultFieldNullability: false;
  Scalars: { DateTime: { Input: Date; Output: Date }; JSON: { Input: unknown; Output: unknown } };
}>({
  // argumentGuard checks scopes and input text before validation's argument rules run (see its file).
  // featureGate last: it wraps the resolver innermost, so it runs after the scope and argument checks.
  plugins: [ScopeAuthPlugin, argumentGuardPlugin, ErrorsPlugin, ValidationPlugin, featureGatePlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (context) => context.scopes,
    unauthorizedError: (_parent, context) =>
      context.scopes.user || context.scopes.apiKey
        ? new AugurError('FORBIDDEN', SCOPE_REFUSAL.role)
        : new AugurError('UNAUTHENTICATED', SCOPE_REFUSAL.anonymous),
  },
  errors: { defaultTypes: [] },
  validation: {
    validationError: (result) =>
      validationFailed(
        result.issues.map((issue) => ({
          path: (issue.path ?? [])
            .map((segment) => (typeof segment === 'object' ? String(segment.key) : String(segment)))
            .join('.'),
          message: issue.message,
        })),
      ),
  },
});

// A date, or a date-time with its offset: anything else (a number, `1`, a local time) is ambiguous.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i;

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new AugurError('VALIDATION_FAILED', 'Invalid DateTime: expected an ISO-8601 string');
  }
  return date;
}

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC.',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});

builder.queryType({});
builder.mutationType({});
