// Demo mode: the "demo" tenant and one account per role, all with a public password (never in production).

import type { Services } from '../app/services.js';
import { hashPassword } from '../auth/password.js';
import type { Plan, Role } from '../auth/viewer.js';
import { seedDemoFlags } from './demo-flags.js';

export const DEMO_PASSWORD = 'augur-demo';
export const DEMO_TENANT = 'demo';

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; role: Role; plan: Plan }> = [
  { email: 'user@demo.augur', role: 'user', plan: 'free' },
  { email: 'premium@demo.augur', role: 'user', plan: 'premium' },
  { email: 'support@demo.augur', role: 'support', plan: 'free' },
  { email: 'ops@demo.augur', role: 'ops', plan: 'free' },
  { email: 'platform@demo.augur', role: 'platform', plan: 'free' },
];

/** Creates what is missing and leaves the rest alone, so restarts keep whatever the demo user changed. */
export async function seedDemo(
  services: Pick<Services, 'tenants' | 'users' | 'flags' | 'segments'>,
): Promise<void> {
  // The demo tenant is the operator: it holds the staff accounts.
  const tenant = await services.tenants.ensureOperator(DEMO_TENANT, 'Demo');
  if (tenant.slug !== DEMO_TENANT) {
    throw new Error(`demo mode needs the operator tenant to be "${DEMO_TENANT}", not "${tenant.slug}"`);
  }
  const missing = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await services.users.findForLogin(account.email, DEMO_TENANT, 1);
    if (existing.length === 0) missing.push(account);
  }
  // scrypt runs on libuv's thread pool: hashing in parallel keeps the first start short.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, account] of missing.entries()) {
    await services.users.ensure({ ...account, tenantId: tenant.id, passwordHash: hashes[i] ?? '' });
  }
  // premium@demo.augur is also a beta tester, so the demo shows runes unlocked for one account only.
  const [beta] = await services.users.findForLogin('premium@demo.augur', DEMO_TENANT, 1);
  await seedDemoFlags(services, beta ? [beta.id] : []);
}
