// Real Augur processes on a private PostgreSQL (and optionally Redis) for fault tests: seeded accounts, timed calls.
import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/auth/password.js';
import { UserStore } from '../../server/auth/user-store.js';
import { openDatabase } from '../../server/platform/db.js';
import { TenantStore } from '../../server/tenants/tenant-store.js';
import { CREATE_FLAG, MY_FLAGS, premiumOnly } from './flags.js';
import { waitFor } from './free-port.js';
import { type MainProcess, startMain, waitForUrl } from './processes.js';
import { connect, type Subscription, subscribe, type WsHandle } from './ws-client.js';

export const MY_UPDATES = `subscription ($keys: [String!]) {
  myFlagUpdates(keys: $keys) { configRevision full flags { key enabled reason revision } }
}`;
export type Update = {
  myFlagUpdates: { configRevision: number; full: boolean; flags: { key: string; enabled: boolean }[] };
};

export interface Instance {
  main: MainProcess;
  url: string;
  wsUrl: string;
}

export interface Answer {
  status: number;
  ms: number;
  /** The Retry-After header, when sent. */
  retryAfter: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    reason?: string;
  };
}

/** One HTTP call with its duration; a call that takes longer than `limitMs` is aborted and reported as status 0. */
export async function timed(url: string, init: RequestInit = {}, limitMs = 15_000): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(limitMs) });
    const body = (await response.json()) as Answer['body'];
    const retryAfter = response.headers.get('retry-after');
    return { status: response.status, ms: Math.round(performance.now() - started), retryAfter, body };
  } catch {
    return { status: 0, ms: Math.round(performance.now() - started), retryAfter: null, body: {} };
  }
}

export function gql(instance: Instance, query: string, variables: Record<string, unknown>, token?: string) {
  return timed(`${instance.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
}

export const ready = (instance: Instance) => timed(`${instance.url}/ready`);

/** Starts the real entry point (server/main.ts) on `env` and waits for its URL. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const main = startMain({
    PORT: '0',
    AUGUR_DEMO: '0',
    LOG_LEVEL: 'info',
    AUGUR_JWT_SECRET: randomBytes(32).toString('hex'),
    ...env,
  });
  const url = await waitForUrl(main, 30_000);
  return { main, url, wsUrl: `${url.replace(/^http/, 'ws')}/graphql` };
}

export const PASSWORD = 'fault test password';

/** An ops account (operator tenant) and a premium one in a fresh tenant, written through the superuser connection. */
export async function seedAccounts(adminUrl: string): Promise<{ ops: string; premium: string }> {
  const handle = await openDatabase({ databaseUrl: adminUrl });
  try {
    const slug = `f-${randomUUID().slice(0, 8)}`;
    const tenants = new TenantStore(handle.db);
    const tenant = await tenants.ensure(slug, slug);
    // Staff accounts live in the operator tenant.
    const operator = await tenants.ensureOperator('operator', 'Operator');
    const users = new UserStore(handle.db);
    const passwordHash = await hashPassword(PASSWORD);
    const accounts = { ops: `ops@${slug}.test`, premium: `premium@${slug}.test` };
    await users.ensure({
      tenantId: operator.id,
      email: accounts.ops,
      role: 'ops',
      plan: 'free',
      passwordHash,
    });
    await users.ensure({
      tenantId: tenant.id,
      email: accounts.premium,
      role: 'user',
      plan: 'premium',
      passwordHash,
    });
    return accounts;
  } finally {
    await handle.close();
  }
}

export async function login(instance: Instance, email: string): Promise<string> {
  const answer = await gql(
    instance,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: email, p: PASSWORD },
  );
  const token = (answer.body.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(answer.body)}`);
  return token;
}

/** Whether `instance` has written a line containing `text` (to stdout or stderr). */
export function logged(instance: Instance, text: string): boolean {
  const { stdout, stderr } = instance.main.output();
  return stdout.includes(text) || stderr.includes(text);
}

/** Count of output lines containing `text`. */
export function loggedCount(instance: Instance, text: string): number {
  const { stdout, stderr } = instance.main.output();
  return `${stdout}\n${stderr}`.split('\n').filter((line) => line.includes(text)).length;
}

export async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.main.child.exitCode !== null) return;
  instance.main.child.kill('SIGTERM');
  await instance.main.exited;
}

/** A premium-only flag made by `ops` through `writer`, and `user`'s open stream of it on `holder`, past its first message. */
export async function watchNewFlag(
  key: string,
  writer: Instance,
  ops: string,
  holder: Instance,
  user: string,
): Promise<{ socket: WsHandle; updates: Subscription<Update> }> {
  const created = await gql(writer, CREATE_FLAG, { key, input: premiumOnly() }, ops);
  if (created.body.errors) throw new Error(`flag not created: ${JSON.stringify(created.body.errors)}`);
  // Another instance learns of the flag from an event: subscribe once it serves it.
  await waitFor('the holder to serve the new flag', async () => {
    const flags = await gql(holder, MY_FLAGS, { keys: [key] }, user);
    const served = (flags.body.data?.myFlags as { flags?: { reason?: string }[] } | undefined)?.flags?.[0];
    return served !== undefined && served.reason !== 'FLAG_NOT_FOUND';
  });
  const socket = connect(holder.wsUrl, user);
  const updates = subscribe<Update>(socket.client, MY_UPDATES, { keys: [key] });
  const first = (await updates.next(10_000)).myFlagUpdates.flags;
  if (first[0]?.key !== key || first[0]?.enabled !== true)
    throw new Error(`unexpected first message ${JSON.stringify(first)}`);
  return { socket, updates };
}

/** Ends what watchNewFlag opened. */
export async function unwatch(watch: { socket: WsHandle; updates: Subscription<Update> } | undefined) {
  watch?.updates.close();
  await watch?.socket.client.dispose();
}
