// Every error reaching a client has a closed-list code and the request id; unexpected ones are masked.
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AugurError, ERROR_CODES, toClientError, validationFailed } from './errors.js';

describe('toClientError', () => {
  it('keeps an AugurError code, message and details', () => {
    const wrapped = new GraphQLError('x', {
      originalError: new AugurError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 9 }),
    });
    const error = toClientError(wrapped, 'req-1');
    expect(error.message).toBe('slow down');
    expect(error.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 9,
      requestId: 'req-1',
      http: { headers: { 'Retry-After': '9' } },
    });
  });

  it('masks an unexpected error as INTERNAL without its message', () => {
    const wrapped = new GraphQLError('connection refused at 10.0.0.3', {
      originalError: new Error('connection refused at 10.0.0.3'),
    });
    const error = toClientError(wrapped, 'req-2');
    expect(error.message).toBe('Internal error');
    expect(error.extensions).toEqual({ code: 'INTERNAL', requestId: 'req-2' });
  });

  it("gives GraphQL's own request errors VALIDATION_FAILED and keeps known codes", () => {
    expect(toClientError(new GraphQLError('Syntax Error'), 'r').extensions.code).toBe('VALIDATION_FAILED');
    expect(
      toClientError(new GraphQLError('x', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }), 'r').extensions
        .code,
    ).toBe('VALIDATION_FAILED');
    expect(
      toClientError(new GraphQLError('x', { extensions: { code: 'UNAUTHENTICATED' } }), 'r').extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('produces only codes from the closed list', () => {
    const inputs = [
      new Error('boom'),
      'string',
      null,
      new GraphQLError('g'),
      new AugurError('CONFLICT', 'c'),
    ];
    for (const input of inputs) {
      expect(ERROR_CODES).toContain(toClientError(input, 'r').extensions.code);
    }
  });

  it('validationFailed names the first offending field in the message', () => {
    const error = validationFailed([{ path: 'rules.0.weight', message: 'must be at most 100' }]);
    expect(error.message).toBe('rules.0.weight: must be at most 100');
    expect(error.details).toEqual({ fields: [{ path: 'rules.0.weight', message: 'must be at most 100' }] });
  });
});
