// Builders for flag tests: unique keys (flags are global, tests share the database) and common documents.
import { randomUUID } from 'node:crypto';

export const uniqueKey = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;

export const FLAG_FIELDS = `key type enabled revision description offVariant archived
  variants { key payload } prerequisites { flagKey variant } targets { variant userIds }
  rules { id conditions { attribute operator values negate caseInsensitive } serve { variant rollout { weights { variant weight } stickiness } } }
  fallthrough { variant rollout { weights { variant weight } stickiness } }`;

// Writes need a reason; these documents default it so a test names one only when it matters.
export const CREATE_FLAG = `mutation ($key: String!, $input: FlagInput!, $reason: String = "test") {
  createFlag(key: $key, input: $input, reason: $reason) { ${FLAG_FIELDS} }
}`;

export const UPDATE_FLAG = `mutation ($key: String!, $rev: Int!, $input: FlagInput!, $reason: String = "test") {
  updateFlag(key: $key, expectedRevision: $rev, input: $input, reason: $reason) { ${FLAG_FIELDS} }
}`;

export const SET_ENABLED = `mutation ($key: String!, $enabled: Boolean!, $reason: String!) {
  setFlagEnabled(key: $key, enabled: $enabled, reason: $reason) { key enabled revision }
}`;

export const MY_FLAGS = `query ($keys: [String!], $context: ClientContextInput) {
  myFlags(keys: $keys, context: $context) { configRevision flags { key enabled variant payload reason ruleId revision } }
}`;

/** A boolean flag on for plan premium, off otherwise. */
export const premiumOnly = (extra: Record<string, unknown> = {}) => ({
  type: 'BOOLEAN',
  enabled: true,
  rules: [
    {
      id: 'premium',
      conditions: [{ attribute: 'plan', operator: 'IN', values: ['premium'] }],
      serve: { variant: 'on' },
    },
  ],
  fallthrough: { variant: 'off' },
  ...extra,
});

export interface Evaluated {
  key: string;
  enabled: boolean;
  variant: string | null;
  payload: unknown;
  reason: string;
  ruleId: string | null;
  revision: number | null;
}
