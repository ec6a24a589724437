// Read receipts on one socket: which outgoing messages get a ping, and which pongs confirm which receipts.
import { describe, expect, it } from 'vitest';
import { SocketReceipts } from './socket-receipts.js';

const next = (id: string) => JSON.stringify({ id, type: 'next', payload: { data: {} } });

describe('SocketReceipts', () => {
  it("pings after a stream's next message and confirms it on the matching pong", () => {
    const receipts = new SocketReceipts(() => 42);
    const read: number[] = [];
    receipts.channel('1').expect((at) => read.push(at));
    expect(receipts.sent(next('2'))).toBeUndefined();
    const ping = receipts.sent(next('1'));
    expect(JSON.parse(ping ?? '')).toEqual({ type: 'ping', payload: { augur: 1 } });
    expect(receipts.sent(next('1'))).toBeUndefined();
    receipts.pong({ augur: 0 });
    receipts.pong(undefined);
    expect(read).toEqual([]);
    receipts.pong({ augur: 1 });
    receipts.pong({ augur: 1 });
    expect(read).toEqual([42]);
  });

  it('confirms every earlier receipt with a later pong, in order, and matches ids exactly', () => {
    const receipts = new SocketReceipts(() => 7);
    const read: string[] = [];
    const a = receipts.channel('a"1');
    const b = receipts.channel('a');
    a.expect(() => read.push('a1'));
    a.expect(() => read.push('a2'));
    b.expect(() => read.push('b'));
    expect(receipts.sent(next('a'))).toContain('"augur":1');
    expect(receipts.sent(next('a"1'))).toContain('"augur":2');
    expect(receipts.sent(next('a"1'))).toContain('"augur":3');
    receipts.pong({ augur: 3 });
    expect(read).toEqual(['b', 'a1', 'a2']);
  });

  it('forgets the receipts of an operation that completed, and reads applied acks', () => {
    const receipts = new SocketReceipts(() => 9);
    const channel = receipts.channel('x');
    channel.expect(() => undefined);
    receipts.sent(JSON.stringify({ id: 'x', type: 'complete' }));
    expect(receipts.sent(next('x'))).toBeUndefined();
    const acks: unknown[] = [];
    const off = channel.onApplied((ack) => acks.push(ack));
    receipts.pong({ augurApplied: { revision: 5 } });
    receipts.pong({ augurApplied: { revision: 'five' } });
    receipts.pong({ augurApplied: null });
    off();
    receipts.pong({ augurApplied: { revision: 6 } });
    expect(acks).toEqual([{ revision: 5, at: 9 }]);
  });
});
