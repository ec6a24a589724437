// Log lines are JSON and never carry credentials or personal data.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('logger', () => {
  it('writes JSON lines with the level name and the request id', () => {
    const { lines, logger } = capture();
    logger.child({ requestId: 'req-12345678' }).info({ path: '/graphql' }, 'request');
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line).toMatchObject({
      level: 'info',
      requestId: 'req-12345678',
      path: '/graphql',
      msg: 'request',
    });
  });

  it('redacts tokens, passwords, secrets and emails, top-level and nested', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        authorization: 'Bearer eyJhbGciOi.secret',
        password: 'hunter2',
        email: 'someone@example.com',
        input: { token: 'ak_abc_def', secret: 's3cr3t', email: 'x@y.z' },
      },
      'attempt',
    );
    const text = lines.join('');
    for (const leaked of ['eyJhbGciOi', 'hunter2', 'someone@example.com', 'ak_abc_def', 's3cr3t', 'x@y.z']) {
      expect(text).not.toContain(leaked);
    }
    expect(text).toContain('[redacted]');
  });
});
