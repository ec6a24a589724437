// The persona's name in chat through GraphQL: replies carry the name they were written under, the default
// greeting names the persona once, and renaming the persona renames its greeting.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { openDatabase } from '../server/platform/db.js';
import { migrateToLatest } from '../server/platform/migrations.js';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const PERSONA = '{ personaConfig { name tone replyLength allowedTopics greeting revision } }';
const UPDATE = `mutation ($rev: Int!, $input: PersonaInput!) {
  updatePersonaConfig(expectedRevision: $rev, input: $input, reason: "rename") { name revision }
}`;
const SEND = `mutation ($c: ID!, $text: String!) {
  sendMessage(conversationId: $c, text: $text) { userMessage { personaName } reply { text personaName } }
}`;
const MESSAGES = `query ($c: ID!) {
  conversation(id: $c) { id messages { items { role personaName } } }
}`;

interface Persona {
  name: string;
  tone: string;
  replyLength: string;
  allowedTopics: string[];
  greeting: string;
  revision: number;
}
interface Sent {
  sendMessage: { userMessage: { personaName: string | null }; reply: { text: string; personaName: string } };
}

let server: TestServer;
let tenant: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
});
afterAll(() => server.close());

async function firstReply(): Promise<{ conversation: string; sent: Sent['sendMessage'] }> {
  const token = tenant.accounts.user.token;
  const { data } = await server.gql<{ createConversation: { id: string } }>(
    'mutation { createConversation(title: "greeting") { id } }',
    { token },
  );
  const conversation = data?.createConversation.id ?? '';
  const sent = await server.gql<Sent>(SEND, {
    token,
    variables: { c: conversation, text: 'Will I find love this year?' },
  });
  expect(sent.errors).toBeUndefined();
  return { conversation, sent: (sent.data as Sent).sendMessage };
}

const DEFAULT_GREETING =
  'Welcome, traveller of the stars. I am {name}; ask, and I will read what the sky holds for you.';

/** The persona is global (a shared PostgreSQL holds other files' edits): write the state this file expects. */
async function setPersona(name: string): Promise<void> {
  const ops = tenant.accounts.ops.token;
  const { data } = await server.gql<{ personaConfig: Persona; personaTopics: string[] }>(
    `{ personaTopics ${PERSONA.slice(1)}`,
    { token: ops },
  );
  const { revision, ...content } = data?.personaConfig ?? ({} as Persona);
  // Every topic, so the question asked below is never off-topic whatever another file left.
  const allowedTopics = data?.personaTopics ?? content.allowedTopics;
  const written = await server.gql(UPDATE, {
    token: ops,
    variables: { rev: revision, input: { ...content, allowedTopics, name, greeting: DEFAULT_GREETING } },
  });
  expect(written.errors).toBeUndefined();
}

it('installs a greeting with {name} on a fresh database', async () => {
  // The PostgreSQL pass makes no PGlite template: a fresh in-memory cluster then runs initdb itself.
  const template = inject('pgliteTemplate');
  const fresh = await openDatabase(template ? { template: new Blob([await readFile(template)]) } : {});
  try {
    await migrateToLatest(fresh.db);
    const row = await fresh.db
      .selectFrom('personas')
      .select(['greeting', 'revision'])
      .executeTakeFirstOrThrow();
    expect(row.greeting).toBe(DEFAULT_GREETING);
  } finally {
    await fresh.close();
  }
});

it('introduces the persona once and signs its replies', async () => {
  await setPersona('Selene');
  const { sent } = await firstReply();
  expect(sent.reply.text).toMatch(/^Welcome, traveller of the stars\. I am Selene;/);
  expect(sent.reply.text.split('Selene')).toHaveLength(2);
  expect(sent.reply.personaName).toBe('Selene');
  expect(sent.userMessage.personaName).toBeNull();
});

it('greets with the new name after a rename, and keeps the old name on older replies', async () => {
  const ops = tenant.accounts.ops.token;
  await setPersona('Selene');
  const before = await firstReply();
  const { data } = await server.gql<{ personaConfig: Persona }>(PERSONA, { token: ops });
  const { revision, ...content } = data?.personaConfig ?? ({} as Persona);
  const renamed = await server.gql(UPDATE, {
    token: ops,
    variables: { rev: revision, input: { ...content, name: 'Orion' } },
  });
  expect(renamed.errors).toBeUndefined();

  const after = await firstReply();
  expect(after.sent.reply.text).toMatch(/^Welcome, traveller of the stars\. I am Orion;/);
  expect(after.sent.reply.text).not.toContain('Selene');
  expect(after.sent.reply.personaName).toBe('Orion');

  const old = await server.gql<{
    conversation: { messages: { items: { role: string; personaName: string }[] } };
  }>(MESSAGES, { token: tenant.accounts.user.token, variables: { c: before.conversation } });
  expect(old.data?.conversation.messages.items.map((m) => m.personaName)).toEqual([null, 'Selene']);
});
