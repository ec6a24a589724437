// A signed-in end user's flags through the OpenFeature web SDK and the OFREP web provider, live over SSE.
import { OFREPWebProvider } from '@openfeature/ofrep-web-provider';
import { OpenFeature, ProviderEvents } from '@openfeature/web-sdk';
import { FetchEventSource } from '../../test/helpers/fetch-event-source.js';

const baseUrl = process.env.AUGUR_URL ?? 'http://127.0.0.1:4000';

// Browsers have EventSource; Node 20 does not, so this example brings a small fetch-based one.
if (typeof EventSource === 'undefined') Object.assign(globalThis, { EventSource: FetchEventSource });

// Sign in as the demo end user; the web app already holds this token after its own sign-in.
const login = await fetch(`${baseUrl}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
  body: JSON.stringify({
    query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }',
    variables: { e: 'user@demo.augur', p: 'augur-demo' },
  }),
});
const { data } = (await login.json()) as { data: { login: { token: string; user: { id: string } } } };

// The static context: identity comes from the session; add only what the session cannot know.
await OpenFeature.setContext({ targetingKey: data.login.user.id, country: 'NL', appVersion: '2.4.0' });
await OpenFeature.setProviderAndWait(
  new OFREPWebProvider({
    baseUrl,
    headers: [['Authorization', `Bearer ${data.login.token}`]],
    ...(typeof localStorage === 'undefined' ? { cacheMode: 'disabled' as const } : {}),
  }),
);
const client = OpenFeature.getClient();
const show = (when: string) =>
  process.stdout.write(`${when}: tarot_enabled=${client.getBooleanValue('tarot_enabled', false)}\n`);
show('initial');

// The bulk response advertised an SSE stream; a change for this user arrives as ConfigurationChanged.
const changed = new Promise<void>((resolve) =>
  client.addHandler(ProviderEvents.ConfigurationChanged, (details) => {
    show(`changed ${JSON.stringify(details?.flagsChanged)}`);
    resolve();
  }),
);
await Promise.race([changed, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
await OpenFeature.close();
