// Scrubbing: connection strings, secret pairs, tokens and known secrets never survive into a log line.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { safeError, scrub, serializeError, urlPassword } from './scrub.js';

describe('scrub', () => {
  it.each([
    ['postgres://augur:s3cret-pw@db.internal:5432/augur failed', 'postgres://[redacted] failed'],
    ['redis://:hunter22@cache:6379', 'redis://[redacted]'],
    ['host=db password=s3cret-pw user=augur', 'host=db password=[redacted] user=augur'],
    ['{"password":"s3cret-pw","user":"augur"}', '{"password":[redacted],"user":"augur"}'],
    ['Authorization: Bearer abc.def-ghi', 'Authorization: [redacted]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here', 'token [redacted] here'],
  ])('%s', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it('removes every given secret, wherever it appears', () => {
    expect(scrub('auth failed near s3cret-pw!', ['s3cret-pw'])).toBe('auth failed near [redacted]!');
    expect(urlPassword('postgres://augur:p%40ss@host/db')).toEqual(['p@ss']);
    expect(urlPassword('postgres://augur@host/db')).toEqual([]);
  });
});

describe('errors in logs', () => {
  // pg's pool errors carry the client, whose connection parameters hold the password.
  const poolError = () =>
    Object.assign(new Error('connect to postgres://augur:s3cret-pw@db/augur failed'), {
      code: '57P01',
      client: { connectionParameters: { password: 's3cret-pw' } },
    });

  it('keeps the message, name and code only', () => {
    expect(safeError(poolError())).toEqual({
      message: 'connect to postgres://[redacted] failed',
      code: '57P01',
    });
    expect(serializeError(poolError())).not.toHaveProperty('client');
  });

  it('never lets the logger write a password hanging off an error', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger('info', stream).error({ err: poolError() }, 'database error');
    const line = lines.join('');
    expect(line).not.toContain('s3cret-pw');
    expect(JSON.parse(line).err).toMatchObject({ code: '57P01', type: 'Error' });
  });
});
