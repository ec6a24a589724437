// Documents and helpers for the guard tests: guard fields, creating a guard, reporting outcomes, reading state.
import { booleanFlag } from '../../server/flags/test-flags.js';
import type { TestServer } from './test-server.js';

export const GUARD_FIELDS = `flagKey metric threshold windowSeconds minSamples action coolDownSeconds halfOpen probeShare
  status since revision healthyFlagRevision
  lastTrip { at flagRevision rolledBackTo figures { samples errors errorRate p95LatencyMs threshold windowSeconds } }
  window { samples errors errorRate p95LatencyMs }`;

export const CREATE_GUARD = `mutation ($key: String!, $input: GuardInput!) {
  createGuard(key: $key, input: $input, reason: "guard tests") { ${GUARD_FIELDS} }
}`;

export const GUARD = `query ($key: String!) { guard(flagKey: $key) { ${GUARD_FIELDS} } }`;

export const TRACK = `mutation ($outcomes: [FlagOutcomeInput!]!) { trackFlagOutcomes(outcomes: $outcomes) { accepted counted } }`;

export const REENABLE = `mutation ($key: String!, $reason: String!) { reenableGuard(flagKey: $key, reason: $reason) { ${GUARD_FIELDS} } }`;

export const GUARD_REVISIONS = `query ($key: String!) { guardRevisions(key: $key) { revision action actor reason } }`;

export const META = { actor: 'system', reason: 'guard tests', requestId: 'guard-tests' };

export interface GuardView {
  flagKey: string;
  status: 'CLOSED' | 'OPEN' | 'HALF_OPEN';
  since: string;
  revision: number;
  healthyFlagRevision: number | null;
  lastTrip: {
    at: string;
    flagRevision: number | null;
    rolledBackTo: number | null;
    figures: { samples: number; errors: number; errorRate: number; threshold: number; windowSeconds: number };
  } | null;
  window: { samples: number; errors: number; errorRate: number; p95LatencyMs: number | null };
}

/** A boolean flag on for everyone, created through the service (flags are global: keys are unique). */
export async function onFlag(server: TestServer, key: string): Promise<void> {
  await server.app.services.flags.create(key, booleanFlag({ description: 'guard test flag' }), META);
}

export async function readGuard(server: TestServer, token: string, key: string): Promise<GuardView> {
  const { data, errors } = await server.gql<{ guard: GuardView | null }>(GUARD, {
    token,
    variables: { key },
  });
  if (errors || !data?.guard) throw new Error(`no guard ${key}: ${JSON.stringify(errors)}`);
  return data.guard;
}

/** Reports `errors` failing and `successes` succeeding outcomes of `key` in one batch. */
export async function report(
  server: TestServer,
  token: string,
  key: string,
  errors: number,
  successes: number,
  context?: Record<string, unknown>,
): Promise<{ accepted: number; counted: number }> {
  const outcomes = [
    ...Array.from({ length: errors }, () => ({ flagKey: key, outcome: 'ERROR', latencyMs: 40, context })),
    ...Array.from({ length: successes }, () => ({
      flagKey: key,
      outcome: 'SUCCESS',
      latencyMs: 20,
      context,
    })),
  ];
  const { data, errors: gqlErrors } = await server.gql<{
    trackFlagOutcomes: { accepted: number; counted: number };
  }>(TRACK, { token, variables: { outcomes } });
  if (gqlErrors || !data) throw new Error(JSON.stringify(gqlErrors));
  return data.trackFlagOutcomes;
}
