// A private PostgreSQL cluster for fault tests (initdb + pg_ctl on a free port in a temp dir): stop, crash, hang, resume.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
/** The role Augur connects as; the test itself uses the superuser, so terminating this role's backends spares it. */
export const AUGUR_ROLE = 'augur';

export interface PrivatePostgres {
  /** Augur's connection string (role `augur` with a password). */
  url: string;
  /** A superuser connection string for seeding rows and terminating backends. */
  adminUrl: string;
  password: string;
  port: number;
  /** `pg_ctl stop`; `immediate` is a crash (no checkpoint, clients cut at once). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP to the postmaster and every backend: connections stay open and nothing answers. */
  pause(): void;
  resume(): void;
  /** pg_terminate_backend for every backend of `role`; resolves to how many were ended. */
  terminateBackends(role?: string): Promise<number>;
  close(): Promise<void>;
}

/** The newest installed server's bin directory; fails loudly when none is (.ci/run installs postgresql). */
export function postgresBinDir(): string {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) throw new Error(`no PostgreSQL server binaries under ${PG_ROOT}/*/bin: install postgresql`);
  return path.join(PG_ROOT, newest, 'bin');
}

/** Pids whose parent is `parent`, from /proc (Linux). */
function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // Fields after the command name (which may hold spaces) in parentheses: state, then ppid.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** initdb refuses root: as root, the cluster belongs to the `postgres` system user. */
function clusterOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('running as root and there is no postgres user to own the cluster');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const owner = clusterOwner();
  const dir = await mkdtemp(path.join(tmpdir(), 'augur-pg-'));
  const dataDir = path.join(dir, 'data');
  const superPassword = randomBytes(12).toString('hex');
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const port = await freePort();
  const options = { cwd: dir, ...(owner ?? {}) };
  if (owner) await chown(dir, owner.uid, owner.gid);
  const pwfile = path.join(dir, 'pwfile');
  await writeFile(pwfile, `${superPassword}\n`, { mode: 0o600 });
  if (owner) await chown(pwfile, owner.uid, owner.gid);
  const pgCtl = (...args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args], options);
  await run(
    path.join(bin, 'initdb'),
    [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      `--pwfile=${pwfile}`,
    ],
    options,
  );
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await pgCtl('-o', serverOptions, '-l', path.join(dir, 'server.log'), '-w', '-t', '30', 'start');
  };
  await start();
  const adminUrl = `postgres://postgres:${superPassword}@127.0.0.1:${port}`;
  const admin = async <T>(database: string, work: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({
      connectionString: `${adminUrl}/${database}`,
      connectionTimeoutMillis: 3000,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  await admin('postgres', async (c) => {
    await c.query(`CREATE ROLE ${AUGUR_ROLE} LOGIN PASSWORD '${password}'`);
    await c.query(`CREATE DATABASE augur OWNER ${AUGUR_ROLE}`);
  });
  const postmaster = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  // Every backend calls setsid, so no process group holds them all: signal the postmaster, then each child.
  const signalCluster = (signal: NodeJS.Signals) => {
    const parent = postmaster();
    process.kill(parent, signal);
    for (const pid of childrenOf(parent)) {
      try {
        process.kill(pid, signal);
      } catch (error) {
        // A backend that exited between the listing and the signal is fine.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    }
  };
  let paused = false;
  let running = true;
  return {
    url: `postgres://${AUGUR_ROLE}:${password}@127.0.0.1:${port}/augur`,
    adminUrl: `${adminUrl}/augur`,
    password,
    port,
    stop: async (mode = 'fast') => {
      await pgCtl('-m', mode, '-w', 'stop');
      running = false;
    },
    start: async () => {
      await start();
      running = true;
    },
    pause: () => {
      signalCluster('SIGSTOP');
      paused = true;
    },
    resume: () => {
      signalCluster('SIGCONT');
      paused = false;
    },
    terminateBackends: (role = AUGUR_ROLE) =>
      admin('augur', async (c) => {
        const result = await c.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1',
          [role],
        );
        return result.rowCount ?? 0;
      }),
    close: async () => {
      if (paused) signalCluster('SIGCONT');
      if (running) await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
