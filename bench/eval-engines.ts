// The four engines behind one interface: each loads the same flags from its own JSON text, offline.
import { GrowthBookClient } from '@growthbook/growthbook';
import { FlagdCore } from '@openfeature/flagd-core';
import { InMemStorageProvider, Unleash } from 'unleash-client';
import { compileFlagSet } from '../server/evaluation/compile.js';
import type { FlagDefinition } from '../server/evaluation/definitions.js';
import { evaluateAll, evaluateFlag } from '../server/evaluation/evaluate.js';
import { type BaseContext, flagKey, RULE_COUNTRIES, RULE_PLANS, targetIds } from './eval-workload.js';

export interface Loaded<C> {
  /** The engine's own context shape, built before timing starts. */
  context(base: BaseContext): C;
  isOn(key: string, context: C): boolean;
  /** Evaluates every loaded flag for one context; returns how many are on. */
  snapshot(keys: readonly string[], context: C): number;
  close(): void;
}

export interface Engine<C = unknown> {
  name: string;
  /** The engine's configuration for flags 0..count-1, as the JSON text it would be shipped as. */
  config(count: number): string;
  /** Parses and loads that text; resolves once the engine can evaluate. */
  load(text: string): Promise<Loaded<C>>;
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i);

/** Augur: individual targets, one rule (plan AND country) serving a 50/50 on/off split sticky on userId. */
export function augurFlag(i: number): FlagDefinition {
  return {
    key: flagKey(i),
    type: 'BOOLEAN',
    enabled: true,
    variants: [{ key: 'on' }, { key: 'off' }],
    offVariant: 'off',
    prerequisites: [],
    targets: [{ variant: 'on', userIds: targetIds(i) }],
    rules: [
      {
        id: 'plan-and-country',
        conditions: [
          { attribute: 'plan', operator: 'IN', values: RULE_PLANS },
          { attribute: 'country', operator: 'IN', values: RULE_COUNTRIES },
        ],
        serve: {
          rollout: {
            weights: [
              { variant: 'on', weight: 50 },
              { variant: 'off', weight: 50 },
            ],
          },
        },
      },
    ],
    fallthrough: { variant: 'off' },
    revision: 1,
  };
}

export const augur: Engine<BaseContext> = {
  name: 'augur',
  config: (count) => JSON.stringify({ flags: range(count).map(augurFlag), segments: [] }),
  async load(text) {
    const parsed = JSON.parse(text) as { flags: FlagDefinition[] };
    const set = compileFlagSet({ flags: parsed.flags, segments: [], revision: 1 });
    return {
      context: (base) => ({ userId: base.userId, plan: base.plan, country: base.country }),
      isOn: (key, context) => evaluateFlag(set, key, context).enabled,
      snapshot(_keys, context) {
        let on = 0;
        for (const result of evaluateAll(set, context)) if (result.enabled) on++;
        return on;
      },
      close() {},
    };
  },
};

/**
 * Unleash: strategies are ORed, so `userWithId` (the list) OR `flexibleRollout` 50% with two IN constraints.
 * Differences: 100 buckets (murmur3 of `groupId:userId` % 100) instead of 10,000; the id list is a
 * comma-separated parameter that the SDK splits on every evaluation. Offline: bootstrap data, refreshInterval 0
 * (no fetch), metrics disabled, in-memory storage; the URL is required but never contacted.
 */
type UnleashContext = { userId: string; properties: { plan: string; country: string } };

export const unleash: Engine<UnleashContext> = {
  name: 'unleash',
  config: (count) =>
    JSON.stringify(
      range(count).map((i) => ({
        name: flagKey(i),
        type: 'release',
        enabled: true,
        project: 'default',
        stale: false,
        impressionData: false,
        strategies: [
          { name: 'userWithId', parameters: { userIds: targetIds(i).join(',') }, constraints: [] },
          {
            name: 'flexibleRollout',
            parameters: { rollout: '50', stickiness: 'userId', groupId: flagKey(i) },
            constraints: [
              {
                contextName: 'plan',
                operator: 'IN',
                values: RULE_PLANS,
                inverted: false,
                caseInsensitive: false,
              },
              {
                contextName: 'country',
                operator: 'IN',
                values: RULE_COUNTRIES,
                inverted: false,
                caseInsensitive: false,
              },
            ],
          },
        ],
        variants: [],
      })),
    ),
  async load(text) {
    const client = new Unleash({
      appName: 'augur-bench',
      url: 'http://unleash.invalid/api/',
      refreshInterval: 0,
      disableMetrics: true,
      skipInstanceCountWarning: true,
      storageProvider: new InMemStorageProvider(),
      bootstrap: { data: JSON.parse(text) },
    });
    client.on('error', () => {});
    client.on('warn', () => {});
    await new Promise<void>((resolve) => client.once('ready', () => resolve()));
    return {
      context: (base) => ({ userId: base.userId, properties: { plan: base.plan, country: base.country } }),
      isOn: (key, context) => client.isEnabled(key, context),
      snapshot(keys, context) {
        let on = 0;
        for (const key of keys) if (client.isEnabled(key, context)) on++;
        return on;
      },
      close: () => client.destroy(),
    };
  },
};

/**
 * GrowthBook: a force rule for `id $in [list]`, then a force rule with the plan/country condition and
 * coverage 0.5 on `id`. Differences: `$in` scans the list; hashing is FNV-1a (hashVersion 1) into 1,000 buckets.
 * Offline: GrowthBookClient.initSync with the features payload, no client key, no polling or streaming.
 */
type GrowthBookContext = { attributes: { id: string; plan: string; country: string } };

export const growthbook: Engine<GrowthBookContext> = {
  name: 'growthbook',
  config: (count) =>
    JSON.stringify({
      features: Object.fromEntries(
        range(count).map((i) => [
          flagKey(i),
          {
            defaultValue: false,
            rules: [
              { id: 'targets', condition: { id: { $in: targetIds(i) } }, force: true },
              {
                id: 'plan-and-country',
                condition: { plan: { $in: RULE_PLANS }, country: { $in: RULE_COUNTRIES } },
                force: true,
                coverage: 0.5,
                hashAttribute: 'id',
              },
            ],
          },
        ]),
      ),
    }),
  async load(text) {
    const client = new GrowthBookClient().initSync({ payload: JSON.parse(text) });
    return {
      context: (base) => ({ attributes: { id: base.userId, plan: base.plan, country: base.country } }),
      isOn: (key, context) => client.isOn(key, context),
      snapshot(keys, context) {
        let on = 0;
        for (const key of keys) if (client.isOn(key, context)) on++;
        return on;
      },
      close: () => client.destroy(),
    };
  },
};

/**
 * flagd: JSON Logic `if targetingKey in [list] -> on, else if plan in [...] and country in [...] ->
 * fractional 50/50, else default off`. Differences: `in` scans the list; fractional hashes
 * flagKey+targetingKey with murmur3 and scales by the total weight; the engine compiles JSON Logic to functions.
 * Offline by construction: FlagdCore.setConfigurations takes the JSON text.
 */
type FlagdContext = { targetingKey: string; plan: string; country: string };

export const flagd: Engine<FlagdContext> = {
  name: 'flagd',
  config: (count) =>
    JSON.stringify({
      flags: Object.fromEntries(
        range(count).map((i) => [
          flagKey(i),
          {
            state: 'ENABLED',
            variants: { on: true, off: false },
            defaultVariant: 'off',
            targeting: {
              if: [
                { in: [{ var: 'targetingKey' }, targetIds(i)] },
                'on',
                {
                  and: [{ in: [{ var: 'plan' }, RULE_PLANS] }, { in: [{ var: 'country' }, RULE_COUNTRIES] }],
                },
                {
                  fractional: [
                    ['on', 50],
                    ['off', 50],
                  ],
                },
                null,
              ],
            },
          },
        ]),
      ),
    }),
  async load(text) {
    const core = new FlagdCore();
    core.setConfigurations(text);
    return {
      context: (base) => ({ targetingKey: base.userId, plan: base.plan, country: base.country }),
      isOn: (key, context) => core.resolveBooleanEvaluation(key, false, context).value,
      snapshot(_keys, context) {
        let on = 0;
        for (const result of core.resolveAll(context)) if (result.value === true) on++;
        return on;
      },
      close() {},
    };
  },
};

export const ENGINES = [augur, unleash, growthbook, flagd] as Engine[];
