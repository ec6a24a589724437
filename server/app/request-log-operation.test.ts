// What an operation is for logs and metrics: its type, name, root fields and (bounded) module label.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { statusClass } from './prometheus.js';
import { operationShape } from './request-log-operation.js';

const shape = (query: string, operationName?: string, variables?: Record<string, unknown>) =>
  operationShape({
    document: parse(query),
    operationName: operationName ?? null,
    variableValues: variables ?? null,
  });

describe('operationShape', () => {
  it('names the type, the operation and the root fields in order, once each', () => {
    expect(shape('query Home { me { id } myFlags { configRevision } me2: me { id } }')).toEqual({
      type: 'query',
      name: 'Home',
      fields: ['me', 'myFlags'],
      module: undefined,
    });
  });

  it('picks the operation named by operationName in a document of several', () => {
    const s = shape('query A { me { id } } mutation B { logout }', 'B');
    expect(s).toMatchObject({ type: 'mutation', name: 'B', fields: ['logout'] });
  });

  it('reads the module of executeModule from a literal or a variable, and only a real module', () => {
    const literal =
      'mutation { executeModule(module: TAROT, conversationId: "c", spread: "s", question: "q") { id } }';
    expect(shape(literal).module).toBe('tarot');
    const variable =
      'mutation ($m: ModuleName!) { executeModule(module: $m, conversationId: "c", spread: "s", question: "q") { id } }';
    expect(shape(variable, undefined, { m: 'runes' }).module).toBe('runes');
    expect(shape(variable, undefined, { m: 'anything-a-client-sends' }).module).toBeUndefined();
  });

  it('clips a long client operation name', () => {
    expect(shape(`query ${'A'.repeat(300)} { me { id } }`).name).toHaveLength(100);
  });
});

describe('statusClass', () => {
  it.each([
    [undefined, 200, '2xx'],
    ['FORBIDDEN', 200, '4xx'],
    ['RATE_LIMITED', 429, '4xx'],
    ['INTERNAL', 200, '5xx'],
    ['UNAVAILABLE', 503, '5xx'],
    ['AUDIT_UNAVAILABLE', 200, '5xx'],
    [undefined, 500, '5xx'],
    [undefined, 404, '4xx'],
  ])('code %s with HTTP %s is %s', (code, status, expected) => {
    expect(statusClass(code, status)).toBe(expected);
  });
});
