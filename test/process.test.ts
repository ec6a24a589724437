// The real entry point as a child process: bad configuration, a fresh demo start, and a graceful SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startMain, waitForUrl } from './helpers/processes.js';
import { connect, execute } from './helpers/ws-client.js';

/** Each test starts real processes (npm, a migrating server): on a loaded 2-core machine that takes a while. */
const PROCESS_TEST_MS = 90_000;

describe('configuration errors stop the process with one clear line', () => {
  it.each([
    ['PORT', { PORT: 'abc' }],
    ['AUGUR_JWT_SECRET', { NODE_ENV: 'production' }],
  ])('names %s and exits non-zero', async (variable, env) => {
    const run = startMain(env);
    const code = await run.exited;
    expect(code).not.toBe(0);
    const lines = run.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^augur: invalid configuration: ${variable}: `));
  });
});

describe('npm run user:create', () => {
  it(
    'creates the first account of a deployment from a password on stdin, without printing it',
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-cli-'));
      try {
        const run = (args: string[], password: string) =>
          new Promise<{ code: number | null; out: string }>((resolve) => {
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', 'server/auth/create-user-cli.ts', ...args],
              {
                cwd: ROOT,
                env: { PATH: process.env.PATH ?? '', AUGUR_DATA_DIR: dataDir, AUGUR_DEMO: '0' },
              },
            );
            let out = '';
            child.stdout.on('data', (d) => {
              out += String(d);
            });
            child.stderr.on('data', (d) => {
              out += String(d);
            });
            child.on('exit', (code) => resolve({ code, out }));
            child.stdin.end(`${password}\n`);
          });
        const args = ['--tenant', 'acme', '--email', 'Ops@Acme.example', '--role', 'ops'];
        const created = await run(args, 'a long enough password');
        expect(created).toEqual({ code: 0, out: 'augur: created ops ops@acme.example in tenant acme\n' });
        const again = await run(args, 'a long enough password');
        expect(again.code).toBe(2);
        expect(again.out).toContain('already exists');
        const weak = await run(['--tenant', 'acme', '--email', 'x@acme.example'], 'short');
        expect(weak.code).toBe(2);
        expect(weak.out).not.toContain('short\n');

        const server = startMain({ PORT: '0', AUGUR_DATA_DIR: dataDir, AUGUR_DEMO: '0' });
        const url = await waitForUrl(server);
        const login = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation { login(email: "ops@acme.example", password: "a long enough password") { user { role tenant { slug } } } }',
          }),
        });
        expect(await login.json()).toEqual({
          data: { login: { user: { role: 'OPS', tenant: { slug: 'acme' } } } },
        });
        server.child.kill('SIGTERM');
        await server.exited;
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    PROCESS_TEST_MS,
  );
});

describe('a fresh embedded start in demo mode', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it(
    'serves the demo accounts, logs no secrets, and shuts down gracefully on SIGTERM',
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'augur-main-'));
      dirs.push(dataDir);
      const run = startMain({ PORT: '0', AUGUR_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
      const url = await waitForUrl(run);

      expect((await fetch(`${url}/ready`)).status).toBe(200);
      const login = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { login(email: "premium@demo.augur", password: "augur-demo") { token user { plan role } } }',
        }),
      });
      const body = (await login.json()) as {
        data: { login: { token: string; user: { plan: string; role: string } } };
      };
      expect(body.data.login.user).toEqual({ plan: 'PREMIUM', role: 'USER' });

      const flags = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${body.data.login.token}` },
        body: JSON.stringify({ query: '{ myFlags { flags { key enabled variant reason } } }' }),
      });
      const demoFlags = ((await flags.json()) as { data: { myFlags: { flags: { key: string }[] } } }).data
        .myFlags.flags;
      expect(demoFlags).toEqual([
        {
          key: 'chat_reply_style',
          enabled: true,
          variant: expect.stringMatching(/^(concise|detailed)$/),
          reason: 'SPLIT',
        },
        { key: 'runes_enabled', enabled: true, variant: 'on', reason: 'TARGETING_MATCH' },
        { key: 'tarot_enabled', enabled: true, variant: 'on', reason: 'TARGETING_MATCH' },
      ]);

      const { client, closed } = connect(`${url.replace('http', 'ws')}/graphql`, body.data.login.token);
      expect((await execute(client, '{ me { email } }')).data).toEqual({
        me: { email: 'premium@demo.augur' },
      });

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(await closed).toBe(1001);
      await client.dispose();

      const { stdout } = run.output();
      expect(stdout).toContain('shutting down');
      expect(stdout).not.toContain('augur-demo');
      expect(stdout).not.toContain(body.data.login.token);
      expect(stdout).not.toContain('premium@demo.augur');
      for (const line of stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    },
    PROCESS_TEST_MS,
  );
});
