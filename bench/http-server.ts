// The server under bench:http, in a process of its own: Augur from the environment (default log level) with
// 50 flags of the bench:eval shape, a tenant, an evaluate-scoped API key and signed-in accounts; it reports
// its URL and credentials to the bench over IPC and stops when told to (or on SIGTERM). bench:overhead also
// turns the metric recorder off and on through it ({ kind: 'recorder', enabled }).

import { createApp } from '../server/app/app.js';
import { hashPassword } from '../server/auth/password.js';
import { loadConfig } from '../server/platform/config.js';
import { createLogger } from '../server/platform/logger.js';
import { augurFlag } from './eval-engines.js';

export interface BenchServerReady {
  kind: 'ready';
  url: string;
  apiKey: string;
  sessions: string[];
  /** One conversation of each signed-in account, in the order of `sessions`. */
  conversations: string[];
  flags: number;
}

const FLAGS = Number(process.env.BENCH_FLAGS ?? 50);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 20);
const PASSWORD = 'bench http password';
const META = { actor: 'system', reason: 'bench', requestId: 'bench-http' };

const config = loadConfig();
const app = await createApp({ config, logger: createLogger(config.logLevel) });
const url = await app.listen();
const { services } = app;

for (let i = 0; i < FLAGS; i++) {
  const { key: _key, revision: _revision, ...content } = augurFlag(i);
  await services.flags.create(augurFlag(i).key, { ...content, description: 'bench:http' }, META);
}
const tenant = await services.tenants.ensure('bench-http', 'Bench HTTP');
const { secret } = await services.apiKeys.create(tenant.id, 'bench-http', null, ['evaluate']);
const passwordHash = await hashPassword(PASSWORD);
const sessions: string[] = [];
const conversations: string[] = [];
for (let i = 0; i < ACCOUNTS; i++) {
  const email = `user-${i}@bench-http.test`;
  const user = await services.users.ensure({
    tenantId: tenant.id,
    email,
    passwordHash,
    role: 'user',
    plan: i % 2 === 0 ? 'premium' : 'free',
  });
  sessions.push((await services.auth.login({ email, password: PASSWORD, address: `seed-${i}` })).token);
  const conversation = await services.chat.createConversation(
    { userId: user.id, tenantId: tenant.id, role: 'user' },
    'bench',
  );
  conversations.push(conversation.id);
}

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('message', (message: { kind?: string; enabled?: boolean }) => {
  if (message.kind === 'stop') stop();
  if (message.kind === 'recorder') {
    services.metrics.enabled = message.enabled === true;
    process.send?.({ kind: 'recorder', enabled: services.metrics.enabled });
  }
});
process.once('SIGTERM', stop);
process.once('disconnect', stop);
const ready: BenchServerReady = { kind: 'ready', url, apiKey: secret, sessions, conversations, flags: FLAGS };
process.send?.(ready);
