// 50 concurrent settings patches and entitlement changes on one tenant: with one version exactly one wins;
// retrying with the version reported, all land, none lost, and versions, revisions and audit rows agree.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLAG, uniqueKey } from './helpers/flags.js';
import {
  CREATE_TENANT,
  SET_ENTITLEMENT,
  type SettingsShape,
  settingsOf,
  UPDATE_SETTINGS,
} from './helpers/tenant-settings.js';
import {
  createTestTenant,
  type GqlResponse,
  startTestServer,
  type TestServer,
} from './helpers/test-server.js';

const WRITERS = 50;
let server: TestServer;
let platform: string;
let tenantId: string;
const flags: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  const t = await createTestTenant(server);
  platform = t.accounts.platform.token;
  const created = await server.gql<{ createTenant: { id: string } }>(CREATE_TENANT, {
    token: platform,
    variables: { slug: `race-${randomUUID().slice(0, 8)}`, name: 'Race' },
  });
  tenantId = created.data?.createTenant.id ?? '';
  for (let i = 0; i < WRITERS / 2; i++) {
    const key = uniqueKey(`race${i}`);
    await server.gql(CREATE_FLAG, {
      token: t.accounts.ops.token,
      variables: { key, input: { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } } },
    });
    flags.push(key);
  }
});
afterAll(() => server.close());

type Result = GqlResponse<Record<string, SettingsShape>>;

/** The entitlement writer i sets in a round (the rounds differ, so no write repeats the content in force). */
const stateFor = (i: number, round: number) => ((i + round) % 4 === 1 ? 'OFF' : 'ON');
const quotaFor = (i: number, round: number) => 1000 * round + i;

/** Writer i: even ones patch moduleQuota.free, odd ones set an entitlement of their own flag. */
function write(i: number, version: number, round: number): Promise<Result> {
  if (i % 2 === 0) {
    return server.gql(UPDATE_SETTINGS, {
      token: platform,
      variables: { t: tenantId, v: version, patch: { 'moduleQuota.free': quotaFor(i, round) } },
    });
  }
  const flag = flags[(i - 1) / 2] as string;
  return server.gql(SET_ENTITLEMENT, {
    token: platform,
    variables: { t: tenantId, flag, state: stateFor(i, round), v: version },
  });
}

const settingsIn = (result: Result) => Object.values(result.data ?? {})[0];

describe('concurrent writers on one tenant', () => {
  it('with the same version: exactly one wins, the others get CONFLICT with the new version', async () => {
    const { version } = await settingsOf(server, platform, tenantId);
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => write(i, version, 0)));
    const winners = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(WRITERS - 1);
    expect(new Set(conflicts.map((r) => r.errors?.[0]?.extensions.currentVersion))).toEqual(
      new Set([version + 1]),
    );
    expect(settingsIn(winners[0] as Result)?.version).toBe(version + 1);
  });

  it('retrying with the version reported: every change lands, nothing is lost, counts agree', async () => {
    const start = await settingsOf(server, platform, tenantId);
    let conflicts = 0;
    const landed = await Promise.all(
      Array.from({ length: WRITERS }, async (_, i) => {
        let version = start.version;
        for (;;) {
          const result = await write(i, version, 2);
          const error = result.errors?.[0];
          if (!error) return { i, version: settingsIn(result)?.version ?? 0 };
          expect(error.extensions.code).toBe('CONFLICT');
          conflicts++;
          version = error.extensions.currentVersion as number;
        }
      }),
    );
    const versions = landed.map((l) => l.version).sort((x, y) => x - y);
    expect(versions).toEqual(Array.from({ length: WRITERS }, (_, k) => start.version + 1 + k));

    const end = await settingsOf(server, platform, tenantId);
    expect(end.version).toBe(start.version + WRITERS);
    // The last patch to land holds moduleQuota.free; every entitlement is there.
    const lastPatch = landed.filter((l) => l.i % 2 === 0).sort((x, y) => y.version - x.version)[0];
    expect(end.settings).toEqual({ 'moduleQuota.free': quotaFor(lastPatch?.i ?? -1, 2) });
    for (const [n, flag] of flags.entries()) {
      const i = 2 * n + 1;
      expect(end.entitlements).toContainEqual({ flagKey: flag, state: stateFor(i, 2) });
    }

    const revisions = await server.app.services.tenancy.history(tenantId, 200);
    expect(revisions.map((r) => r.revision)).toEqual(
      Array.from({ length: end.version }, (_, k) => end.version - k),
    );
    // Counted in the database: the refused attempts (audited as failed) are far more than a page.
    const counts = await server.app.database.db
      .selectFrom('audit_events')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('target_type', '=', 'tenantSettings')
      .groupBy('status')
      .execute();
    const count = (status: string) => Number(counts.find((c) => c.status === status)?.n ?? 0);
    expect(count('success')).toBe(revisions.length);
    expect(count('failed')).toBe(conflicts + WRITERS - 1);
    // The overlay the evaluator uses agrees with the stored settings.
    const overlays = server.app.services.tenantOverlays.overlaysFor(tenantId);
    expect(overlays.entitlements?.size).toBe(flags.length);
  });
});
