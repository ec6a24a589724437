// The tenant-boundary migration on data from before it: the tenant holding platform becomes the operator,
// staff accounts of other tenants are demoted to user with an audit event each, and the trigger holds.
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPGlite } from '../server/platform/db.js';
import { migrateToLatest, migrateUpTo } from '../server/platform/migrations.js';

// biome-ignore lint/suspicious/noExplicitAny: the schema before the migration, untyped like migrations.
let db: Kysely<any>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = new Kysely({ dialect: new PGliteDialect(await openPGlite({})) });
  await migrateUpTo(db, '2026-12-04T1000_account_changes');
  for (const slug of ['acme', 'beta']) {
    const row = await db
      .insertInto('tenants')
      .values({ slug, name: slug })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[slug] = row.id;
  }
  const user = (tenant: string, email: string, role: string) =>
    db
      .insertInto('users')
      .values({ tenant_id: ids[tenant], email, role, plan: 'free', password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
  ids.acmePlatform = (await user('acme', 'platform@acme.test', 'platform')).id;
  ids.betaOps = (await user('beta', 'ops@beta.test', 'ops')).id;
  ids.betaUser = (await user('beta', 'user@beta.test', 'user')).id;
  await migrateToLatest(db);
});
afterAll(() => db.destroy());

describe('2026-12-04T1200_tenant_boundary', () => {
  it('makes the tenant holding a platform account the operator', async () => {
    const rows = await db.selectFrom('tenants').select(['slug', 'kind']).orderBy('slug').execute();
    expect(rows).toEqual([
      { slug: 'acme', kind: 'operator' },
      { slug: 'beta', kind: 'customer' },
    ]);
  });

  it('demotes staff of customer tenants to user, audited once each, and keeps the rest', async () => {
    const roles = await db.selectFrom('users').select(['id', 'role']).execute();
    expect(Object.fromEntries(roles.map((r) => [r.id, r.role]))).toEqual({
      [ids.acmePlatform as string]: 'platform',
      [ids.betaOps as string]: 'user',
      [ids.betaUser as string]: 'user',
    });
    const events = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'user.role')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor: 'system',
      action: 'user.role',
      target_key: ids.betaOps,
      tenant_id: ids.beta,
      details: expect.objectContaining({ before: { role: 'ops' }, after: { role: 'user' } }),
    });
  });

  it('leaves the database refusing staff outside the operator and tenant_admin inside it', async () => {
    await expect(sql`update users set role = 'ops' where id = ${ids.betaUser}`.execute(db)).rejects.toThrow(
      /operator tenant/,
    );
    await expect(
      sql`update users set role = 'tenant_admin' where id = ${ids.acmePlatform}`.execute(db),
    ).rejects.toThrow(/customer tenants/);
    await sql`update users set role = 'tenant_admin' where id = ${ids.betaUser}`.execute(db);
  });
});
