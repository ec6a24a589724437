// OFREP mapping units: every Augur reason has an OFREP one, values follow the flag type, contexts keep
// evaluateFlags' trust rules, and the ETag moves with results, not with spelling.
import { describe, expect, it } from 'vitest';
import type { AccountViewer, ApiKeyViewer } from '../auth/viewer.js';
import { type EvaluationResult, REASONS } from '../evaluation/definitions.js';
import { clientParts, contextFor, readContext } from './ofrep-context.js';
import { bulkEtag, etagMatches } from './ofrep-etag.js';
import { OFREP_REASONS, ofrepSuccess } from './ofrep-result.js';
import { OfrepRefusal } from './ofrep-wire.js';

const result = (over: Partial<EvaluationResult>): EvaluationResult => ({
  key: 'f',
  enabled: true,
  variant: 'on',
  payload: null,
  reason: 'DEFAULT',
  ruleId: null,
  revision: 3,
  ...over,
});
const key: ApiKeyViewer = { kind: 'apiKey', apiKeyId: 'k', tenantId: 't1', scopes: ['evaluate'] };
const user: AccountViewer = {
  kind: 'account',
  userId: 'u1',
  tenantId: 't1',
  role: 'user',
  plan: 'free',
  expiresAt: 0,
};

function refusal(work: () => unknown): { status: number; code: string } | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    if (error instanceof OfrepRefusal) return { status: error.status, code: error.errorCode };
    throw error;
  }
}

describe('results', () => {
  it('maps every reason but FLAG_NOT_FOUND onto an OFREP reason', () => {
    expect(Object.keys(OFREP_REASONS).sort()).toEqual(REASONS.filter((r) => r !== 'FLAG_NOT_FOUND').sort());
  });

  it('gives a boolean flag its on/off value and a variant flag its payload or its name', () => {
    expect(ofrepSuccess('BOOLEAN', result({ enabled: false, variant: 'off', reason: 'DISABLED' }))).toEqual({
      key: 'f',
      value: false,
      variant: 'off',
      reason: 'DISABLED',
      metadata: { augurReason: 'DISABLED', flagRevision: 3 },
    });
    expect(ofrepSuccess('VARIANT', result({ variant: 'blue' })).value).toBe('blue');
    expect(ofrepSuccess('VARIANT', result({ variant: 'n', payload: 0 })).value).toBe(0);
    expect(
      ofrepSuccess('VARIANT', result({ payload: { a: 1 }, reason: 'SPLIT', ruleId: 'r' })),
    ).toMatchObject({
      value: { a: 1 },
      reason: 'SPLIT',
      metadata: { ruleId: 'r' },
    });
  });
});

describe('contexts', () => {
  it('maps targetingKey to userId and keeps the key tenant', () => {
    const parts = clientParts(
      key,
      readContext('{"context":{"targetingKey":"u9","plan":"premium","beta":true}}'),
    );
    expect(contextFor(key, parts)).toMatchObject({
      userId: 'u9',
      plan: 'premium',
      tenantId: 't1',
      attributes: { beta: true },
    });
  });

  it('takes identity from the session for an account', () => {
    const parts = clientParts(user, readContext('{"context":{"country":"NL"}}'));
    expect(contextFor(user, parts)).toMatchObject({
      userId: 'u1',
      plan: 'free',
      role: 'user',
      country: 'NL',
    });
  });

  it.each([
    ['', key, 'TARGETING_KEY_MISSING'],
    ['{"context":{"targetingKey":"u2"}}', user, 'INVALID_CONTEXT'],
    ['{"context":{"plan":"premium"}}', user, 'INVALID_CONTEXT'],
    ['{"context":{"targetingKey":"u","tenantId":"t2"}}', key, 'INVALID_CONTEXT'],
    ['{"context":[]}', key, 'INVALID_CONTEXT'],
    ['{"context":', key, 'PARSE_ERROR'],
    ['"x"', key, 'PARSE_ERROR'],
  ])('refuses %s', (body, viewer, code) => {
    expect(refusal(() => clientParts(viewer, readContext(body)))).toEqual({ status: 400, code });
  });
});

describe('etags', () => {
  it('depend on revision, context and results, and match in lists and weak form', () => {
    const tag = bulkEtag(7, '["t",{}]', '[]');
    expect(tag).toMatch(/^"7-[\w-]{22}"$/);
    expect(bulkEtag(7, '["t",{}]', '[]')).toBe(tag);
    expect(bulkEtag(8, '["t",{}]', '[]')).not.toBe(tag);
    expect(bulkEtag(7, '["t",{"a":1}]', '[]')).not.toBe(tag);
    expect(bulkEtag(7, '["t",{}]', '[1]')).not.toBe(tag);
    expect(etagMatches(`"x", W/${tag}`, tag)).toBe(true);
    expect(etagMatches('"x"', tag)).toBe(false);
    expect(etagMatches(undefined, tag)).toBe(false);
  });
});
