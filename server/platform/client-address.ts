// The address a request comes from: the socket's peer, or X-Forwarded-For when that peer is a trusted proxy.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** Resolves the client address of an HTTP request or a WebSocket upgrade request. */
export type ClientAddressOf = (req: IncomingMessage) => string;

const UNKNOWN = 'unknown';

/** Whether `entry` is an address or `address/prefix` that net.BlockList accepts. */
export function isTrustedProxyEntry(entry: string): boolean {
  try {
    addEntry(new BlockList(), entry);
    return true;
  } catch {
    return false;
  }
}

/** Builds the set of trusted proxies from CIDRs (`10.0.0.0/8`, `::1/128`) or bare addresses; throws on a bad one. */
export function trustedProxySet(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) addEntry(list, entry);
  return list;
}

function addEntry(list: BlockList, entry: string): void {
  const [address = '', prefix, extra] = entry.trim().split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) throw new Error(`not an address or CIDR: ${entry}`);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (prefix === undefined) {
    list.addAddress(address, type);
    return;
  }
  if (!/^\d{1,3}$/.test(prefix)) throw new Error(`not a CIDR prefix length: ${entry}`);
  // BlockList rejects a prefix outside 0-32 (IPv4) or 0-128 (IPv6).
  list.addSubnet(address, Number(prefix), type);
}

/** One spelling per client: an IPv4 client seen on a dual-stack socket as `::ffff:a.b.c.d` keys as `a.b.c.d`. */
function normalize(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address.toLowerCase();
}

const isTrusted = (trusted: BlockList, address: string) =>
  trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

/**
 * The client address given the socket peer and the X-Forwarded-For value. Without trusted proxies, or when the
 * peer is not one, the header is ignored. Otherwise the header is read right to left, skipping trusted hops,
 * and the first untrusted address is the client. A malformed entry ends the walk at the last good hop, so a
 * value a client typed can never become its address.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | readonly string[] | undefined,
  trusted: BlockList | undefined,
): string {
  if (!peer || isIP(peer) === 0) return UNKNOWN;
  let client = normalize(peer);
  if (!trusted || forwardedFor === undefined || !isTrusted(trusted, client)) return client;
  const hops = (typeof forwardedFor === 'string' ? forwardedFor : forwardedFor.join(',')).split(',');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]?.trim() ?? '';
    if (isIP(hop) === 0) break;
    client = normalize(hop);
    if (!isTrusted(trusted, client)) break;
  }
  return client;
}

/** The one resolver HTTP and WebSocket share; `entries` is AUGUR_TRUSTED_PROXIES, already validated. */
export function clientAddressResolver(entries: readonly string[]): ClientAddressOf {
  const trusted = entries.length > 0 ? trustedProxySet(entries) : undefined;
  return (req) => resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
}

/**
 * The network a client's address stands for in per-address limits: an IPv4 address itself, an IPv6 address
 * its /64 (one host usually holds a whole /64, so counting single IPv6 addresses would be no limit at all).
 */
export function addressGroup(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 address (::ffff:a.b.c.d) fills the last two groups.
  const width = (groups: string[]) => groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? [] : Array<string>(8 - width(left) - width(right)).fill('0');
  const groups = [...left, ...zeros, ...right].slice(0, 4);
  return `${groups.map((g) => Number.parseInt(g, 16).toString(16)).join(':')}::/64`;
}
