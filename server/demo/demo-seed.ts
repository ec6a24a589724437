// Demo mode: the "demo" tenant and one account per role, all with a public password (never in production).
import { hashPassword } from '../auth/password.js';
import type { Plan, Role } from '../auth/viewer.js';
import type { Services } from '../platform/services.js';

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
export async function seedDemo(services: Pick<Services, 'tenants' | 'users'>): Promise<void> {
  const tenant = await services.tenants.ensure(DEMO_TENANT, 'Demo');
  for (const account of DEMO_ACCOUNTS) {
    const existing = await services.users.findForLogin(account.email, DEMO_TENANT, 1);
    if (existing.length > 0) continue;
    await services.users.ensure({
      ...account,
      tenantId: tenant.id,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
  }
}
