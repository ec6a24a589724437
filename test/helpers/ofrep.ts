// Builders for OFREP tests: an API key for a tenant, flags of every OpenFeature type, raw OFREP requests.
import { expect } from 'vitest';
import { CREATE_FLAG, SET_ENABLED, uniqueKey } from './flags.js';
import type { TestServer, TestTenant } from './test-server.js';

const CREATE_KEY = `mutation ($tenantId: ID!, $name: String!) { createApiKey(tenantId: $tenantId, name: $name) { secret } }`;

export async function issueApiKey(server: TestServer, tenant: TestTenant): Promise<string> {
  const { data, errors } = await server.gql<{ createApiKey: { secret: string } }>(CREATE_KEY, {
    token: tenant.accounts.platform.token,
    variables: { tenantId: tenant.id, name: 'openfeature' },
  });
  expect(errors).toBeUndefined();
  return data?.createApiKey.secret ?? '';
}

export async function createFlag(
  server: TestServer,
  ops: string,
  prefix: string,
  input: Record<string, unknown>,
): Promise<string> {
  const key = uniqueKey(prefix);
  const { errors } = await server.gql(CREATE_FLAG, { token: ops, variables: { key, input } });
  expect(errors).toBeUndefined();
  return key;
}

export async function setEnabled(
  server: TestServer,
  ops: string,
  key: string,
  enabled: boolean,
): Promise<void> {
  const { errors } = await server.gql(SET_ENABLED, {
    token: ops,
    variables: { key, enabled, reason: 'openfeature test' },
  });
  expect(errors).toBeUndefined();
}

/** Flags of each OpenFeature type: a boolean, and variant flags whose payloads are strings, numbers, objects. */
export const FLAG_INPUTS = {
  boolean: { type: 'BOOLEAN', enabled: true, fallthrough: { variant: 'on' } },
  string: {
    type: 'VARIANT',
    enabled: true,
    variants: [{ key: 'blue' }, { key: 'green' }],
    offVariant: 'blue',
    rules: [
      {
        id: 'nl',
        conditions: [{ attribute: 'country', operator: 'IN', values: ['NL'] }],
        serve: { variant: 'green' },
      },
    ],
    fallthrough: { variant: 'blue' },
  },
  number: {
    type: 'VARIANT',
    enabled: true,
    variants: [
      { key: 'small', payload: 3 },
      { key: 'large', payload: 12.5 },
    ],
    offVariant: 'small',
    fallthrough: { rollout: { weights: [{ variant: 'large', weight: 100 }] } },
  },
  object: {
    type: 'VARIANT',
    enabled: true,
    variants: [
      { key: 'plain', payload: { theme: 'plain', columns: 1 } },
      { key: 'rich', payload: { theme: 'rich', columns: 3 } },
    ],
    offVariant: 'plain',
    fallthrough: { variant: 'rich' },
  },
} as const;

export interface OfrepReply {
  status: number;
  headers: Headers;
  body: Record<string, unknown> | undefined;
}

/** POSTs raw text (or a JSON value) to an OFREP path, for the cases no provider would send. */
export async function ofrepPost(
  server: TestServer,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<OfrepReply> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

export interface Exchange {
  url: string;
  method: string;
  requestHeaders: Headers;
  status: number;
  headers: Headers;
  /** The parsed JSON body, undefined when there is none (a 304). */
  body: unknown;
}

/** A fetch for a provider's `fetchImplementation` that records every exchange (the provider reads a clone). */
export function recordingFetch(): { fetch: typeof fetch; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const text = await response.clone().text();
    exchanges.push({
      url: request.url,
      method: request.method,
      requestHeaders: request.headers,
      status: response.status,
      headers: response.headers,
      body: text === '' ? undefined : JSON.parse(text),
    });
    return response;
  };
  return { fetch: recording, exchanges };
}
