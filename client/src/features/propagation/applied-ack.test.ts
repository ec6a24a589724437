// The web app's applied ack: sent for flag updates only, as a graphql-ws pong, and only on an open socket.
import { describe, expect, it } from 'vitest';
import { ackApplied, appliedRevision } from './applied-ack';

const socket = (readyState = 1) => {
  const sent: string[] = [];
  return { sent, readyState, send: (data: string) => void sent.push(data) };
};

describe('ackApplied', () => {
  it('acks the configuration revision of a flag update', () => {
    const s = socket();
    ackApplied(s, { myFlagUpdates: { configRevision: 12, full: false, flags: [] } });
    expect(s.sent.map((m) => JSON.parse(m))).toEqual([
      { type: 'pong', payload: { augurApplied: { revision: 12 } } },
    ]);
  });

  it('sends nothing for other results (the ops feed has a configRevision too) or a closed socket', () => {
    expect(appliedRevision({ flagChanges: { configRevision: 3, key: 'x' } })).toBeUndefined();
    expect(appliedRevision(null)).toBeUndefined();
    const closed = socket(3);
    ackApplied(closed, { myFlagUpdates: { configRevision: 12, full: true, flags: [] } });
    ackApplied(undefined, { myFlagUpdates: { configRevision: 12, full: true, flags: [] } });
    expect(closed.sent).toEqual([]);
  });
});
