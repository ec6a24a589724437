// The config poll through a database outage: it keeps the compiled set, logs one line per outage and one on
// recovery, never stacks polls behind a hung call, and picks up what changed once the database answers.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../platform/logger.js';
import { FlagSnapshot } from './flag-snapshot.js';

const until = async (what: string, check: () => boolean) => {
  const deadline = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within 5 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('FlagSnapshot polling', () => {
  let snapshot: FlagSnapshot | undefined;
  afterEach(() => snapshot?.stop());

  it('survives an outage with one log line for it and one for the recovery', async () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    let state: 'up' | 'down' | 'hung' = 'up';
    let revision = 0;
    let calls = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const configState = {
      current: async () => {
        calls++;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          if (state === 'hung') await new Promise((r) => setTimeout(r, 60));
          if (state !== 'up') throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
          return revision;
        } finally {
          inFlight--;
        }
      },
    };
    snapshot = new FlagSnapshot(
      { live: async () => [], changedSince: async () => [] },
      { list: async () => [], changedSince: async () => [] },
      configState,
      logger,
    );
    snapshot.startPolling(5);
    await until('a healthy poll', () => calls >= 2);

    state = 'down';
    const failing = () => lines.filter((l) => l.includes('config poll failing')).length;
    const atFailure = calls;
    await until('several failed polls', () => failing() === 1 && calls >= atFailure + 5);
    state = 'hung';
    const atHang = calls;
    await until('polls against a hung database', () => calls >= atHang + 3);
    expect(maxInFlight).toBe(1);

    revision = 7;
    state = 'up';
    await until('the recovery line', () =>
      lines.some((l) => l.includes('config poll: database answers again')),
    );
    await until('the newer revision', () => snapshot?.current().revision === 7);
    expect(failing()).toBe(1);
  });
});
