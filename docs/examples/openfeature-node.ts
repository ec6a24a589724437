// Evaluates Augur's demo flags from a Node service through the OpenFeature server SDK and the OFREP provider.
import { OFREPProvider } from '@openfeature/ofrep-provider';
import { OpenFeature } from '@openfeature/server-sdk';

const baseUrl = process.env.AUGUR_URL ?? 'http://127.0.0.1:4000';
const apiKey = process.env.AUGUR_API_KEY ?? '';

// One provider per process; every evaluation is one POST /ofrep/v1/evaluate/flags/{key}.
await OpenFeature.setProviderAndWait(new OFREPProvider({ baseUrl, headers: [['X-API-Key', apiKey]] }));
const client = OpenFeature.getClient();

// targetingKey is the user id; other fields are Augur context fields or custom attributes.
const context = { targetingKey: 'customer-42', plan: 'premium', country: 'NL', beta: true };
const tarot = await client.getBooleanDetails('tarot_enabled', false, context);
const style = await client.getObjectValue('chat_reply_style', { maxSentences: 3 }, context);
const missing = await client.getBooleanDetails('no_such_flag', false, context);

process.stdout.write(`${JSON.stringify({ tarot, style, missing }, null, 2)}\n`);
await OpenFeature.close();
