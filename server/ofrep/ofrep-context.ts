// Reads an OFREP request body and turns its OpenFeature context into Augur's, with evaluateFlags' trust rules.
import type { Viewer } from '../auth/viewer.js';
import type { EvaluationContext } from '../evaluation/definitions.js';
import { FlagEvaluator } from '../flags/flag-evaluator.js';
import { inputIssues } from '../platform/argument-guard.js';
import { OfrepRefusal } from './ofrep-wire.js';

/** What the caller said about the user, normalised: all but the tenant, which always comes from the credential. */
export type ClientParts = Omit<EvaluationContext, 'tenantId'>;

const TEXT_FIELDS = ['sessionId', 'role', 'plan', 'country', 'appVersion'] as const;
/** Identity a signed-in account cannot claim: it comes from the session. */
const SESSION_FIELDS = new Set(['role', 'plan']);
const MAX_TEXT = 256;
const MAX_ATTRIBUTES = 50;
const MAX_ATTRIBUTE_NAME = 64;
const MAX_ATTRIBUTES_JSON = 10_000;

const invalid = (message: string) => new OfrepRefusal(400, 'INVALID_CONTEXT', message);

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON length, or Infinity for values too deeply nested to serialise. */
function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The `context` object of a request body (an empty body is an empty context). */
export function readContext(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new OfrepRefusal(400, 'PARSE_ERROR', 'The request body is not valid JSON');
  }
  if (!isObject(parsed)) throw new OfrepRefusal(400, 'PARSE_ERROR', 'The request body must be a JSON object');
  const context = parsed.context;
  if (context === undefined || context === null) return {};
  if (!isObject(context)) throw invalid('context must be a JSON object');
  const issue = inputIssues({ context })[0];
  if (issue) throw invalid(`${issue.path}: ${issue.message}`);
  return context;
}

function text(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT)
    throw invalid(`${name} must be a string of at most ${MAX_TEXT} characters`);
  return value;
}

/**
 * The caller's part of the evaluation context. `targetingKey` is the user id: required with an API key
 * (it evaluates for one of its tenant's users), and for a signed-in account either absent or its own id.
 * A tenant other than the credential's is refused, never used.
 */
export function clientParts(viewer: Viewer, context: Record<string, unknown>): ClientParts {
  const { targetingKey, tenantId, userId, ...rest } = context;
  if (userId !== undefined) throw invalid('Send the user id as targetingKey, not userId');
  if (tenantId !== undefined && tenantId !== viewer.tenantId)
    throw invalid("tenantId must be left out: the credential's tenant is always used");
  if (targetingKey === undefined || targetingKey === '') {
    if (viewer.kind === 'apiKey')
      throw new OfrepRefusal(400, 'TARGETING_KEY_MISSING', 'targetingKey (the user id) is required');
  } else if (viewer.kind === 'account' && targetingKey !== viewer.userId) {
    throw invalid("targetingKey must be the signed-in account's own user id, or left out");
  }
  const parts: ClientParts = {
    userId: targetingKey === undefined || targetingKey === '' ? null : text('targetingKey', targetingKey),
  };
  const attributes: [string, unknown][] = [];
  for (const [name, value] of Object.entries(rest)) {
    const field = TEXT_FIELDS.find((f) => f === name);
    if (field === undefined) {
      if (name.length > MAX_ATTRIBUTE_NAME)
        throw invalid(`attribute names are at most ${MAX_ATTRIBUTE_NAME} characters`);
      attributes.push([name, value]);
    } else if (viewer.kind === 'account' && SESSION_FIELDS.has(field)) {
      throw invalid(`${field} comes from the signed-in session: leave it out`);
    } else if (value !== null) {
      parts[field] = text(field, value);
    }
  }
  if (attributes.length > MAX_ATTRIBUTES) throw invalid(`at most ${MAX_ATTRIBUTES} custom attributes`);
  // fromEntries defines own properties, so a `__proto__` attribute is data, not a prototype.
  const custom = Object.fromEntries(attributes);
  if (jsonSize(custom) > MAX_ATTRIBUTES_JSON)
    throw invalid(`custom attributes are at most ${MAX_ATTRIBUTES_JSON} characters of JSON`);
  if (attributes.length > 0) parts.attributes = custom;
  return parts;
}

/**
 * The context the evaluator sees: for an account, the session's identity plus what a client may add (as
 * myFlags); for an API key, the caller's context inside the key's tenant (as evaluateFlags).
 */
export function contextFor(viewer: Viewer, parts: ClientParts): EvaluationContext {
  if (viewer.kind === 'account') return FlagEvaluator.accountContext(viewer, parts);
  return {
    userId: parts.userId ?? null,
    sessionId: parts.sessionId ?? null,
    role: parts.role ?? null,
    plan: parts.plan ?? null,
    country: parts.country ?? null,
    appVersion: parts.appVersion ?? null,
    attributes: parts.attributes ?? null,
    tenantId: viewer.tenantId,
  };
}
