// `npm run user:create -- --tenant acme --email ops@acme.example --role ops [--plan premium]`, password on stdin:
// creates the first accounts of a real deployment (the tenant too, if new). Never prints the password.
// Staff roles (support, ops, platform) go only into the operator tenant: the first staff account's tenant
// becomes the operator when there is none yet; tenant_admin only into a customer tenant.
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db.js';
import { migrateToLatest } from '../platform/migrations.js';
import { TENANT_SLUG } from '../tenants/tenant.js';
import { TenantStore } from '../tenants/tenant-store.js';
import { hashPassword } from './password.js';
import { UserStore } from './user-store.js';
import { isStaffRole, PLANS, type Plan, ROLES, type Role } from './viewer.js';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    'tenant-name': { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string', default: 'user' },
    plan: { type: 'string', default: 'free' },
  },
});

function fail(message: string): never {
  console.error(`augur: ${message}`);
  process.exit(2);
}

const tenantSlug = values.tenant ?? fail('--tenant <slug> is required');
const email = (values.email ?? fail('--email is required')).trim().toLowerCase();
if (!TENANT_SLUG.test(tenantSlug)) fail('--tenant must be 2-63 lower-case letters, digits or dashes');
if (!/^[^\s@]+@[^\s@]+$/.test(email)) fail('--email is not an email address');
if (!ROLES.includes(values.role as Role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if (!PLANS.includes(values.plan as Plan)) fail(`--plan must be one of ${PLANS.join(', ')}`);

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const password = Buffer.concat(chunks)
  .toString('utf8')
  .replace(/\r?\n$/, '');
if (password.length < 12) fail('the password (on standard input) must be at least 12 characters');

const config = loadConfig();
const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(handle.db);
  const tenants = new TenantStore(handle.db);
  const role = values.role as Role;
  const name = values['tenant-name'] ?? tenantSlug;
  const existing = await tenants.findBySlug(tenantSlug);
  const operator = await tenants.findOperator();
  if (isStaffRole(role) && operator && operator.slug !== tenantSlug) {
    fail(`${role} is a staff role: staff exist only in the operator tenant (${operator.slug})`);
  }
  if (isStaffRole(role) && !operator && existing) {
    fail(
      `${role} is a staff role and ${tenantSlug} is a customer tenant; name a new tenant to make it the operator`,
    );
  }
  if (role === 'tenant_admin' && (existing ?? { kind: 'customer' }).kind === 'operator') {
    fail('tenant_admin exists only in customer tenants');
  }
  const tenant = isStaffRole(role)
    ? await tenants.ensureOperator(tenantSlug, name)
    : await tenants.ensure(tenantSlug, name);
  const users = new UserStore(handle.db);
  if ((await users.findForLogin(email, tenantSlug, 1)).length > 0)
    fail(`${email} already exists in ${tenantSlug}`);
  await users.ensure({
    tenantId: tenant.id,
    email,
    role,
    plan: values.plan as Plan,
    passwordHash: await hashPassword(password),
  });
  console.log(`augur: created ${values.role} ${email} in tenant ${tenantSlug}`);
} finally {
  await handle.close();
}
