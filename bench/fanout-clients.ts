// bench:fanout's subscriber processes: spawns them, tallies what they report, sends them commands, stops them
// within a deadline (a child that does not exit is killed and reported).
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describeError, withDeadline } from './deadline.js';

export interface Receipt {
  i: number;
  at: number;
  enabled: boolean;
  needless?: boolean;
}

export interface SubscriberOptions {
  wsUrl: string;
  secrets: string[];
  flagKey: string;
  clients: number;
  mode: 'keys' | 'all';
  /** Reconnect after a drop (storm rounds); otherwise a lost connection is an error. */
  retry: boolean;
  processes: number;
}

export interface Subscribers {
  /** Subscribers that received their first snapshot. */
  ready: number;
  errors: number;
  /** Errors by message, so a figure says what failed (connection refused, a close code, ...). */
  errorKinds: Record<string, number>;
  receipts: Receipt[];
  /** First message of each subscriber after a `drop`. */
  backs: Receipt[];
  send(command: string): void;
  /** Sums every child's answer to `check`; undefined when one does not answer in time. */
  check(bEnabled: boolean, ms: number): Promise<{ wrong: number; connects: number } | undefined>;
  /** Stops every child; returns what went wrong (children killed after the deadline). */
  stop(ms: number): Promise<string[]>;
}

export function spawnSubscribers(options: SubscriberOptions): Subscribers {
  const children: ChildProcess[] = [];
  const checked: Array<{ wrong: number; connects: number }> = [];
  const per = Math.ceil(options.clients / options.processes);
  const subscribers: Subscribers = {
    ready: 0,
    errors: 0,
    errorKinds: {},
    receipts: [],
    backs: [],
    send: (command) => {
      for (const child of children) child.stdin?.write(`${command}\n`);
    },
    check: async (bEnabled, ms) => {
      checked.length = 0;
      subscribers.send(`check ${bEnabled}`);
      const deadline = Date.now() + ms;
      while (checked.length < children.length && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      if (checked.length < children.length) return undefined;
      return {
        wrong: checked.reduce((sum, c) => sum + c.wrong, 0),
        connects: checked.reduce((sum, c) => sum + c.connects, 0),
      };
    },
    stop: async (ms) => {
      const problems: string[] = [];
      subscribers.send('stop');
      await Promise.all(
        children.map((child) =>
          withDeadline(
            new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null))),
            ms,
            'subscriber process exit',
          ).catch((error: unknown) => {
            problems.push(describeError(error));
            child.kill('SIGKILL');
          }),
        ),
      );
      return problems;
    },
  };
  for (let p = 0; p < options.processes; p++) {
    const from = p * per;
    const count = Math.min(per, options.clients - from);
    if (count <= 0) break;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/fanout-client.ts',
        options.wsUrl,
        options.flagKey,
        String(from),
        String(count),
        options.mode,
        options.retry ? 'retry' : 'once',
      ],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
        env: { ...process.env, BENCH_SECRETS: options.secrets.join(',') },
      },
    );
    children.push(child);
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) subscribers.errorKinds[`process exited ${code}`] = 1;
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const message = JSON.parse(line) as { type: string; count: number; error?: string } & Receipt &
        Record<string, number>;
      if (message.type === 'ready') subscribers.ready += message.count;
      else if (message.type === 'update') subscribers.receipts.push(message);
      else if (message.type === 'back') subscribers.backs.push(message);
      else if (message.type === 'checked')
        checked.push({ wrong: message.wrong ?? 0, connects: message.connects ?? 0 });
      else {
        subscribers.errors++;
        const kind = message.error ?? 'unknown';
        subscribers.errorKinds[kind] = (subscribers.errorKinds[kind] ?? 0) + 1;
      }
    });
  }
  return subscribers;
}
