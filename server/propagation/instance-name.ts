// A name for this server process that tells instances apart in propagation reports (host, pid, a random tag).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export function instanceName(): string {
  return `${hostname()}-${process.pid}-${randomBytes(2).toString('hex')}`;
}
