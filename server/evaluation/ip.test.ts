// IN_CIDR's address parsing agrees with Node's net.BlockList; Unleash's normalized values match its SDK's.
import { BlockList, isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { unleashNormalized } from './bucketing.js';
import { inRange, parseIp, parseIpRange } from './ip.js';

const RANGES = ['10.0.0.0/8', '192.168.1.0/24', '127.0.0.1', '2001:db8::/32', '::1', 'fe80::/10'];
const ADDRESSES = [
  '10.1.2.3',
  '11.0.0.1',
  '192.168.1.200',
  '192.168.2.1',
  '127.0.0.1',
  '2001:db8:1::5',
  '2001:db9::1',
  '::1',
  'fe80::1',
  '::ffff:10.0.0.1',
];

describe('IN_CIDR address parsing', () => {
  it.each(ADDRESSES)('%s is in the same ranges as net.BlockList says', (address) => {
    const parsed = parseIp(address);
    expect(parsed?.family).toBe(isIP(address));
    for (const text of RANGES) {
      const list = new BlockList();
      const [net, prefix] = text.split('/');
      const family = isIP(net as string) === 6 ? 'ipv6' : 'ipv4';
      if (prefix) list.addSubnet(net as string, Number(prefix), family);
      else list.addAddress(net as string, family);
      const range = parseIpRange(text);
      const ours = parsed !== undefined && range !== undefined && inRange(parsed, range);
      const theirs =
        parsed?.family === range?.family && list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
      expect(ours, `${address} in ${text}`).toBe(theirs);
    }
  });

  it('refuses what is not an address', () => {
    for (const text of ['192.invalid', '256.1.1.1', '1.2.3', '01.2.3.4', '1::2::3', '10.0.0.0/33']) {
      expect(parseIpRange(text)).toBeUndefined();
    }
  });
});

describe("Unleash's normalized value", () => {
  it('is murmur3 of groupId:id with the seed, mod the normalizer, plus one (as unleash-client computes it)', async () => {
    const { normalizedStrategyValue, normalizedVariantValue } = await import(
      'unleash-client/lib/strategy/util.js'
    );
    for (const id of ['1', '123', 'user-42', 'åäö']) {
      expect(unleashNormalized('group', id, 100, 0)).toBe(normalizedStrategyValue(id, 'group'));
      expect(unleashNormalized('feature', id, 1000, 86028157)).toBe(
        normalizedVariantValue(id, 'feature', 1000),
      );
    }
  });
});
