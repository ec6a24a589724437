// A private redis-server for fault tests, in the foreground on a free port: killed and started again on the same port.
import { type ChildProcess, spawn } from 'node:child_process';
import { Socket } from 'node:net';
import { freePort, waitFor } from './free-port.js';

export interface PrivateRedis {
  url: string;
  /** SIGKILL: the server vanishes with every connection. */
  kill(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** True when a PING on a fresh connection gets PONG. */
function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (d) => done(String(d).startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

export async function startPrivateRedis(binary = 'redis-server'): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    const spawned = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    child = spawned;
    exited = new Promise((resolve) => spawned.once('exit', () => resolve()));
    const failed = new Promise<never>((_, reject) =>
      spawned.once('error', (err) => reject(new Error(`cannot start ${binary}: ${err.message}`))),
    );
    await Promise.race([waitFor(`redis on port ${port}`, () => pong(port)), failed]);
  };
  const kill = async () => {
    child?.kill('SIGKILL');
    await exited;
    child = undefined;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, kill, start, close: kill };
}
