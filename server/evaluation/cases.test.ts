// Pins the engine's behaviour to the versioned cases file (every operator, reason, precedence and pinned buckets).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUCKETING_VERSION, bucketOf } from './bucketing.js';
import { compileFlagSet } from './compile.js';
import type { EvaluationContext, FlagDefinition, Overlays, SegmentDefinition } from './definitions.js';
import { evaluateAll, evaluateFlag } from './evaluate.js';
import { explainFlag } from './explain.js';
import { referenceMurmur3 } from './murmur3-reference.js';

interface Case {
  name: string;
  flags: FlagDefinition[];
  segments: SegmentDefinition[];
  overlays?: { forceOff?: string[]; entitlements?: Record<string, boolean>; openGuards?: string[] };
  key: string;
  context: EvaluationContext;
  expected: {
    enabled: boolean;
    variant: string | null;
    reason: string;
    ruleId: string | null;
    revision: number | null;
    payload?: unknown;
  };
  /** Buckets the expected variants rely on, computed with the reference hash. */
  buckets?: Array<{ salt: string; value: string; bucket: number }>;
}

// Read with JSON.parse (not a JSON import) so an own "__proto__" key stays an ordinary property.
const file = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8')) as {
  version: number;
  bucketingVersion: number;
  cases: Case[];
};

const overlaysOf = (raw: Case['overlays']): Overlays | undefined =>
  raw && {
    forceOff: new Set(raw.forceOff ?? []),
    entitlements: new Map(Object.entries(raw.entitlements ?? {})),
    openGuards: new Set(raw.openGuards ?? []),
  };

describe('cases.json', () => {
  it('is version 1, for bucketing version 1, with at least 150 uniquely named cases', () => {
    expect(file.version).toBe(1);
    expect(file.bucketingVersion).toBe(BUCKETING_VERSION);
    expect(file.cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(file.cases.map((c) => c.name)).size).toBe(file.cases.length);
  });

  it.each(file.cases)('$name', (testCase) => {
    for (const pin of testCase.buckets ?? []) {
      expect(bucketOf(pin.salt, pin.value)).toBe(pin.bucket);
      expect(referenceMurmur3(`${pin.salt}:${pin.value}`) % 10_000).toBe(pin.bucket);
    }
    const set = compileFlagSet({ flags: testCase.flags, segments: testCase.segments, revision: 1 });
    const overlays = overlaysOf(testCase.overlays);
    const result = evaluateFlag(set, testCase.key, testCase.context, overlays);
    expect(result).toEqual({ key: testCase.key, payload: null, ...testCase.expected });
    expect(explainFlag(set, testCase.key, testCase.context, overlays).result).toEqual(result);
    expect(evaluateAll(set, testCase.context, overlays, [testCase.key])).toEqual([result]);
  });
});
