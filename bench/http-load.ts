// One bench:http measurement: autocannon from this process against the server child, with the child's CPU
// time over the same interval read from /proc (utime + stime), so the figure is the server's alone.
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { withDeadline } from './deadline.js';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU (user + system) per answered request, in µs. */
  cpuUsPerRequest: number;
  requests: number;
  statuses: Record<string, number>;
  errors: number;
}

/** The process's user + system CPU so far, in µs. */
export async function processCpuUs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and parentheses: fields are counted from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1_000_000) / TICKS_PER_SECOND;
}

export async function measureLoad(options: {
  url: string;
  serverPid: number;
  connections: number;
  seconds: number;
  /** The next request to send; called once per request. */
  next: () => autocannon.RawRequest;
}): Promise<LoadFigures> {
  const cpuBefore = await processCpuUs(options.serverPid);
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [{ setupRequest: (request) => ({ ...request, ...options.next() }) }],
  });
  const result = await withDeadline(
    Promise.resolve(instance),
    options.seconds * 1000 + 30_000,
    'autocannon run',
  ).catch((error: unknown) => {
    instance.stop();
    throw error;
  });
  const cpuUs = (await processCpuUs(options.serverPid)) - cpuBefore;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)]),
  );
  const requests = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  return {
    requestsPerSecond: Math.round(requests / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuUsPerRequest: requests > 0 ? Math.round(cpuUs / requests) : Number.NaN,
    requests,
    statuses,
    errors: result.errors,
  };
}

export const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? null : (sorted[Math.floor(sorted.length / 2)] as number);
};
