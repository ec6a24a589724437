// Sign-in requests from a chosen socket address and X-Forwarded-For value, for the sign-in limit tests.
import { randomInt } from 'node:crypto';
import { request } from 'node:http';
import { CSRF_HEADER } from '../../server/app/yoga.js';
import { TEST_PASSWORD } from './test-server.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

export interface LoginOutcome {
  /** `OK` when a token came back, else the error code. */
  code: string;
  retryAfter: number | undefined;
}

export interface LoginFrom {
  /** The local socket address (a loopback address); 127.0.0.1 by default. */
  localAddress?: string;
  /** The X-Forwarded-For header, as a proxy in front of the server would send it. */
  forwardedFor?: string;
}

/** A random loopback address other than 127.0.0.1, which the other test files sign in from. */
export const loopback = () => `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`;

let remoteCount = 0;

/** A new address in 198.18.0.0/15 on each call, standing for a client behind a proxy. */
export const remote = () => {
  remoteCount += 1;
  return `198.18.${remoteCount >> 8}.${remoteCount & 255}`;
};

/** Signs in over HTTP; `password` defaults to the test accounts' right one. */
export function login(
  url: string,
  email: string,
  password: string = TEST_PASSWORD,
  from: LoginFrom = {},
): Promise<LoginOutcome> {
  const body = JSON.stringify({ query: LOGIN, variables: { email, password } });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        localAddress: from.localAddress ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          [CSRF_HEADER]: '1',
          ...(from.forwardedFor === undefined ? {} : { 'x-forwarded-for': from.forwardedFor }),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => {
          const parsed = JSON.parse(text) as {
            data?: { login?: { token?: string } } | null;
            errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[];
          };
          const extensions = parsed.errors?.[0]?.extensions;
          resolve({
            code: parsed.data?.login?.token ? 'OK' : (extensions?.code ?? 'NONE'),
            retryAfter: extensions?.retryAfterSeconds,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** `count` wrong-password sign-ins in a row; resolves with their codes. */
export async function fail(
  url: string,
  email: string,
  count: number,
  from: LoginFrom = {},
): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < count; i++) codes.push((await login(url, email, `wrong-${i}`, from)).code);
  return codes;
}
