// The client address rule: X-Forwarded-For counts only behind trusted proxies, read right to left.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  addressGroup,
  clientAddressResolver,
  isTrustedProxyEntry,
  resolveClientAddress,
  trustedProxySet,
} from './client-address.js';
import { ConfigError, loadConfig } from './config.js';

const trusted = trustedProxySet(['10.0.0.0/8', '127.0.0.1/32', '2001:db8:ffff::/48']);

describe('resolveClientAddress', () => {
  it.each([
    ['no trusted proxies: the header is ignored', '127.0.0.1', '203.0.113.9', undefined, '127.0.0.1'],
    [
      'an untrusted peer: a spoofed header is ignored',
      '198.51.100.7',
      '203.0.113.9',
      trusted,
      '198.51.100.7',
    ],
    ['a trusted peer without the header', '10.1.2.3', undefined, trusted, '10.1.2.3'],
    ['a trusted peer: the last hop', '10.1.2.3', '203.0.113.9', trusted, '203.0.113.9'],
    ['trusted hops are skipped', '127.0.0.1', '203.0.113.9, 10.0.0.2, 10.0.0.1', trusted, '203.0.113.9'],
    [
      'a client-written value left of the first untrusted hop is ignored',
      '10.0.0.1',
      '1.1.1.1, 203.0.113.9',
      trusted,
      '203.0.113.9',
    ],
    ['every hop trusted: the furthest one', '10.0.0.1', '10.0.0.3, 10.0.0.2', trusted, '10.0.0.3'],
    ['a malformed hop stops at the last good one', '10.0.0.1', 'evil, 10.0.0.2', trusted, '10.0.0.2'],
    ['a malformed last hop leaves the peer', '10.0.0.1', 'unknown', trusted, '10.0.0.1'],
    ['an address with a port is malformed', '10.0.0.1', '203.0.113.9:443', trusted, '10.0.0.1'],
    ['an empty header leaves the peer', '10.0.0.1', '', trusted, '10.0.0.1'],
    ['IPv6 proxies and clients', '2001:db8:ffff::1', '2001:DB8::abcd', trusted, '2001:db8::abcd'],
    [
      'an IPv4-mapped peer is trusted and normalized',
      '::ffff:127.0.0.1',
      '203.0.113.9',
      trusted,
      '203.0.113.9',
    ],
    [
      'an IPv4-mapped untrusted peer keys as IPv4',
      '::ffff:198.51.100.7',
      '203.0.113.9',
      trusted,
      '198.51.100.7',
    ],
    ['an IPv4-mapped hop keys as IPv4', '10.0.0.1', '::ffff:203.0.113.9', trusted, '203.0.113.9'],
    [
      'repeated headers are read as one list',
      '10.0.0.1',
      ['203.0.113.9', '198.51.100.1, 10.0.0.5'],
      trusted,
      '198.51.100.1',
    ],
    ['no peer', undefined, '203.0.113.9', trusted, 'unknown'],
  ] as const)('%s', (_name, peer, header, set, expected) => {
    expect(resolveClientAddress(peer, header, set)).toBe(expected);
  });
});

describe('trusted proxy entries', () => {
  it.each(['10.0.0.0/8', '127.0.0.1/32', '127.0.0.1', '::1/128', '2001:db8::/32', '0.0.0.0/0'])(
    'accepts %s',
    (entry) => expect(isTrustedProxyEntry(entry)).toBe(true),
  );

  it.each(['10.0.0.0/33', '::1/129', '10.0.0.0/', '10.0.0.0/8/8', '10.0.0/8', 'localhost', '10.0.0.0/x', ''])(
    'rejects %j',
    (entry) => expect(isTrustedProxyEntry(entry)).toBe(false),
  );

  it('builds a resolver for requests from AUGUR_TRUSTED_PROXIES', () => {
    const config = loadConfig({ AUGUR_TRUSTED_PROXIES: ' 10.0.0.0/8 , 127.0.0.1/32 ' });
    expect(config.trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1/32']);
    const addressOf = clientAddressResolver(config.trustedProxies);
    const req = (remoteAddress: string, xff?: string) =>
      ({ socket: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as IncomingMessage;
    expect(addressOf(req('127.0.0.1', '203.0.113.9'))).toBe('203.0.113.9');
    expect(addressOf(req('198.51.100.7', '203.0.113.9'))).toBe('198.51.100.7');
    expect(clientAddressResolver(loadConfig({}).trustedProxies)(req('127.0.0.1', '203.0.113.9'))).toBe(
      '127.0.0.1',
    );
  });

  it('refuses to start with a bad entry, naming the variable', () => {
    expect(() => loadConfig({ AUGUR_TRUSTED_PROXIES: '10.0.0.0/8,10.0.0.0/40' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUGUR_TRUSTED_PROXIES: 'proxy.internal' })).toThrow(/AUGUR_TRUSTED_PROXIES/);
  });
});

describe('addressGroup', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4::/64'],
    ['1:2::1.2.3.4', '1:2:0:0::/64'],
    ['unknown', 'unknown'],
  ])('%s counts as %s', (address, group) => expect(addressGroup(address)).toBe(group));

  it('puts every address of one /64 in one group', () => {
    expect(addressGroup('2001:db8:a:b:1::')).toBe(addressGroup('2001:db8:a:b:ffff:ffff:ffff:ffff'));
    expect(addressGroup('2001:db8:a:b::')).not.toBe(addressGroup('2001:db8:a:c::'));
  });
});
