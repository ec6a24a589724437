// Reading attributes from an untrusted evaluation context without ever throwing.
import { type EvaluationContext, KNOWN_ATTRIBUTES } from './definitions.js';

export type AttributeGetter = (context: EvaluationContext) => unknown;

const KNOWN = new Set<string>(KNOWN_ATTRIBUTES);

/** A context to use when the caller passed something that is not an object. */
export const EMPTY_CONTEXT: EvaluationContext = Object.freeze({});

export function asContext(context: unknown): EvaluationContext {
  return context !== null && typeof context === 'object' ? (context as EvaluationContext) : EMPTY_CONTEXT;
}

/**
 * Known names (userId, plan, ...) are read from the top level only, never from `attributes`: the server
 * sets them from the session, so a client-sent `attributes.plan` must not stand in for a missing plan.
 * Other names are own properties of `attributes` (so `__proto__` or `constructor` read nothing inherited).
 */
export function attributeGetter(name: string): AttributeGetter {
  if (KNOWN.has(name)) {
    const key = name as (typeof KNOWN_ATTRIBUTES)[number];
    return (context) => context[key];
  }
  return (context) => {
    const attributes = context.attributes;
    if (attributes === null || typeof attributes !== 'object') return undefined;
    return Object.hasOwn(attributes, name) ? (attributes as Record<string, unknown>)[name] : undefined;
  };
}

/**
 * A stickiness value as the string that is hashed: non-empty strings as they are, finite numbers, booleans
 * and bigints in their canonical string form. Anything else (missing, null, '', objects, NaN) is no value.
 */
export function stickinessString(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value === '' ? undefined : value;
    case 'number':
      return Number.isFinite(value) ? String(value) : undefined;
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return undefined;
  }
}
