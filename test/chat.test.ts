// Chat through GraphQL: conversations owned by their user, support reads inside its tenant, sendMessage with
// the persona's reply. (The chat service with responders that fail is in server/chat/chat-service.test.ts.)
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestTenant,
  startTestServer,
  type TestServer,
  type TestTenant,
} from './helpers/test-server.js';

const MESSAGE_FIELDS = 'id conversationId role text status personaRevision latencyMs createdAt';

const CREATE = `mutation ($title: String) { createConversation(title: $title) { id title userId createdAt } }`;

const LIST = `query ($first: Int, $after: String) {
  conversations(first: $first, after: $after) { items { id title } nextCursor }
}`;

const READ = `query ($id: ID!, $tenantId: ID) {
  conversation(id: $id, tenantId: $tenantId) { id title userId messages { items { ${MESSAGE_FIELDS} } nextCursor } }
}`;

const SEND = `mutation ($id: ID!, $text: String!) {
  sendMessage(conversationId: $id, text: $text) { userMessage { ${MESSAGE_FIELDS} } reply { ${MESSAGE_FIELDS} } }
}`;

interface MessageShape {
  id: string;
  conversationId: string;
  role: 'USER' | 'ASSISTANT';
  text: string;
  status: 'OK' | 'OUT_OF_SCOPE' | 'LLM_ERROR';
  personaRevision: number;
  latencyMs: number | null;
  createdAt: string;
}

interface Exchange {
  userMessage: MessageShape;
  reply: MessageShape;
}

let server: TestServer;
let tenant: TestTenant;
let elsewhere: TestTenant;

beforeAll(async () => {
  server = await startTestServer();
  tenant = await createTestTenant(server);
  elsewhere = await createTestTenant(server);
});
afterAll(() => server.close());

async function createConversation(token: string, title?: string): Promise<string> {
  const { data, errors } = await server.gql<{ createConversation: { id: string } }>(CREATE, {
    token,
    variables: { title },
  });
  expect(errors).toBeUndefined();
  return data?.createConversation.id as string;
}

async function send(token: string, id: string, text: string): Promise<Exchange> {
  const { data, errors } = await server.gql<{ sendMessage: Exchange }>(SEND, {
    token,
    variables: { id, text },
  });
  expect(errors).toBeUndefined();
  return data?.sendMessage as Exchange;
}

const codeOf = (result: { errors?: { extensions: { code: string } }[] | undefined }) =>
  result.errors?.[0]?.extensions.code;

interface PersonaContent {
  name: string;
  allowedTopics: string[];
}

/** The persona's content at a revision, from its history (other files may change it on a shared database). */
async function personaAt(revision: number): Promise<PersonaContent> {
  const { data } = await server.gql<{ personaRevisions: { revision: number; content: PersonaContent }[] }>(
    'query { personaRevisions(first: 200) { revision content } }',
    { token: tenant.accounts.ops.token },
  );
  const found = data?.personaRevisions.find((r) => r.revision === revision);
  expect(found, `persona revision ${revision}`).toBeDefined();
  return found?.content as PersonaContent;
}

describe('conversations', () => {
  it('creates a conversation with a title, or the default one', async () => {
    const token = tenant.accounts.user.token;
    const titled = await server.gql<{ createConversation: Record<string, unknown> }>(CREATE, {
      token,
      variables: { title: '  My week  ' },
    });
    expect(titled.data?.createConversation).toMatchObject({
      title: 'My week',
      userId: tenant.accounts.user.id,
    });
    const untitled = await server.gql<{ createConversation: Record<string, unknown> }>(CREATE, { token });
    expect(untitled.data?.createConversation).toMatchObject({ title: 'New conversation' });
  });

  it.each([
    ['blank', '   '],
    ['121 characters', 't'.repeat(121)],
  ])('refuses a %s title with VALIDATION_FAILED', async (_name, title) => {
    const result = await server.gql(CREATE, { token: tenant.accounts.user.token, variables: { title } });
    expect(codeOf(result)).toBe('VALIDATION_FAILED');
  });

  it("lists only the caller's own conversations, newest first, a page at a time", async () => {
    const mine = await createTestTenant(server);
    const token = mine.accounts.user.token;
    const ids = [];
    for (const title of ['first', 'second', 'third']) ids.push(await createConversation(token, title));
    await createConversation(mine.accounts.premium.token, 'not mine');

    const page1 = await server.gql<{
      conversations: { items: { id: string; title: string }[]; nextCursor: string };
    }>(LIST, { token, variables: { first: 2 } });
    expect(page1.data?.conversations.items.map((c) => c.title)).toEqual(['third', 'second']);
    expect(page1.data?.conversations.nextCursor).toEqual(expect.any(String));
    const page2 = await server.gql<{
      conversations: { items: { id: string; title: string }[]; nextCursor: string };
    }>(LIST, { token, variables: { first: 2, after: page1.data?.conversations.nextCursor } });
    expect(page2.data?.conversations).toEqual({ items: [{ id: ids[0], title: 'first' }], nextCursor: null });
  });

  it('refuses a malformed cursor and anonymous callers', async () => {
    const bad = await server.gql(LIST, { token: tenant.accounts.user.token, variables: { after: 'abc' } });
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(codeOf(await server.gql(LIST))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(CREATE))).toBe('UNAUTHENTICATED');
  });
});

describe('who may read and write a conversation', () => {
  let id: string;

  beforeAll(async () => {
    id = await createConversation(tenant.accounts.user.token, 'private');
    await send(tenant.accounts.user.token, id, 'Will I find love this year?');
  });

  it('lets its owner read it with its messages', async () => {
    const { data, errors } = await server.gql<{
      conversation: { userId: string; messages: { items: MessageShape[] } };
    }>(READ, { token: tenant.accounts.user.token, variables: { id } });
    expect(errors).toBeUndefined();
    expect(data?.conversation.userId).toBe(tenant.accounts.user.id);
    expect(data?.conversation.messages.items.map((m) => m.role)).toEqual(['USER', 'ASSISTANT']);
  });

  it('lets support (operator staff) naming the tenant read it, messages included, but not write in it', async () => {
    const support = tenant.accounts.support.token;
    const { data, errors } = await server.gql<{ conversation: { messages: { items: MessageShape[] } } }>(
      READ,
      {
        token: support,
        variables: { id, tenantId: tenant.id },
      },
    );
    expect(errors).toBeUndefined();
    expect(data?.conversation.messages.items).toHaveLength(2);
    expect(codeOf(await server.gql(SEND, { token: support, variables: { id, text: 'hello' } }))).toBe(
      'CONVERSATION_FORBIDDEN',
    );
  });

  it.each([
    ['another user of the tenant', () => tenant.accounts.premium.token],
    ['ops of the tenant', () => tenant.accounts.ops.token],
    ['platform of the tenant', () => tenant.accounts.platform.token],
    ['a user of another tenant', () => elsewhere.accounts.user.token],
    ['support without naming the tenant', () => elsewhere.accounts.support.token],
  ])('gives %s CONVERSATION_FORBIDDEN, to read and to write', async (_name, token) => {
    expect(codeOf(await server.gql(READ, { token: token(), variables: { id } }))).toBe(
      'CONVERSATION_FORBIDDEN',
    );
    // Naming the tenant helps no one but support.
    const named = await server.gql(READ, { token: token(), variables: { id, tenantId: tenant.id } });
    const expected = token() === elsewhere.accounts.support.token ? undefined : 'CONVERSATION_FORBIDDEN';
    expect(codeOf(named) ?? undefined).toBe(expected);
    const write = await server.gql(SEND, { token: token(), variables: { id, text: 'hello' } });
    expect(codeOf(write)).toBe('CONVERSATION_FORBIDDEN');
  });

  it('answers an unknown or malformed id exactly like a forbidden one', async () => {
    const forbidden = await server.gql(READ, { token: elsewhere.accounts.support.token, variables: { id } });
    for (const unknown of [randomUUID(), 'not-a-uuid']) {
      const result = await server.gql(READ, {
        token: tenant.accounts.support.token,
        variables: { id: unknown },
      });
      expect(codeOf(result)).toBe('CONVERSATION_FORBIDDEN');
      expect(result.errors?.[0]?.message).toBe(forbidden.errors?.[0]?.message);
    }
    const write = await server.gql(SEND, {
      token: tenant.accounts.user.token,
      variables: { id: randomUUID(), text: 'hi' },
    });
    expect(codeOf(write)).toBe('CONVERSATION_FORBIDDEN');
  });

  it('is invisible in the conversations of anyone but its owner', async () => {
    for (const token of [tenant.accounts.support.token, tenant.accounts.premium.token]) {
      const { data } = await server.gql<{ conversations: { items: { id: string }[] } }>(LIST, { token });
      expect(data?.conversations.items.map((c) => c.id)).not.toContain(id);
    }
  });
});

describe('sendMessage', () => {
  it('stores the message and a reply from the persona in force, which names it', async () => {
    const token = tenant.accounts.user.token;
    const id = await createConversation(token);
    const { userMessage, reply } = await send(token, id, '  Should I ask my boss for a promotion?  ');
    expect(userMessage).toMatchObject({
      conversationId: id,
      role: 'USER',
      text: 'Should I ask my boss for a promotion?',
      status: 'OK',
      latencyMs: null,
    });
    const persona = await personaAt(reply.personaRevision);
    // The default persona allows career; the check still holds if another file changed the persona.
    const inScope = persona.allowedTopics.includes('career');
    expect(reply).toMatchObject({
      conversationId: id,
      role: 'ASSISTANT',
      status: inScope ? 'OK' : 'OUT_OF_SCOPE',
    });
    expect(reply.latencyMs).toBeGreaterThanOrEqual(0);
    expect(reply.personaRevision).toBe(userMessage.personaRevision);
    expect(reply.text).toContain(persona.name);

    const { data } = await server.gql<{ conversation: { messages: { items: MessageShape[] } } }>(READ, {
      token,
      variables: { id },
    });
    expect(data?.conversation.messages.items).toEqual([userMessage, reply]);
  });

  it('answers outside the persona topics politely and marks the reply OUT_OF_SCOPE', async () => {
    const token = tenant.accounts.user.token;
    const id = await createConversation(token);
    const { userMessage, reply } = await send(token, id, 'What is the capital of France?');
    expect(userMessage.status).toBe('OK');
    expect(reply.status).toBe('OUT_OF_SCOPE');
    expect(reply.text).toContain((await personaAt(reply.personaRevision)).name);
  });

  it.each([
    ['empty', ''],
    ['blank', ' \n\t '],
    ['2001 characters', 'a'.repeat(2001)],
    ['NUL-bearing', 'hello\u0000astrologer'],
  ])('refuses %s text with VALIDATION_FAILED on text, storing nothing', async (_name, text) => {
    const token = tenant.accounts.user.token;
    const id = await createConversation(token);
    const result = await server.gql(SEND, { token, variables: { id, text } });
    expect(codeOf(result)).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ path: 'text' })]);
    const { data } = await server.gql<{ conversation: { messages: { items: unknown[] } } }>(READ, {
      token,
      variables: { id },
    });
    expect(data?.conversation.messages.items).toEqual([]);
  });

  it('accepts 2000 characters once trimmed', async () => {
    const token = tenant.accounts.user.token;
    const id = await createConversation(token);
    const { userMessage } = await send(token, id, `  ${'é'.repeat(2000)}  `);
    expect(userMessage.text).toHaveLength(2000);
  });

  it('records the persona revision in force: an update shows on the next messages', async () => {
    const token = tenant.accounts.user.token;
    const ops = tenant.accounts.ops.token;
    const id = await createConversation(token);
    const before = await send(token, id, 'Will I find love this year?');

    const name = `Vega ${randomUUID().slice(0, 6)}`;
    let updated: { revision: number } | undefined;
    for (let attempt = 0; attempt < 5 && !updated; attempt++) {
      const { data: read } = await server.gql<{ personaConfig: { revision: number } }>(
        '{ personaConfig { revision } }',
        { token: ops },
      );
      const result = await server.gql<{ updatePersonaConfig: { revision: number } }>(
        `mutation ($rev: Int!, $input: PersonaInput!) {
          updatePersonaConfig(expectedRevision: $rev, input: $input, reason: "chat test") { revision }
        }`,
        {
          token: ops,
          variables: {
            rev: read?.personaConfig.revision,
            input: { name, tone: 'FORMAL', replyLength: 'SHORT', allowedTopics: ['love', 'career'] },
          },
        },
      );
      if (codeOf(result) !== 'CONFLICT') updated = result.data?.updatePersonaConfig;
    }
    expect(updated?.revision).toBeGreaterThan(before.reply.personaRevision);

    const after = await send(token, id, 'Will I find love this year?');
    expect(after.userMessage.personaRevision).toBe(after.reply.personaRevision);
    expect(after.reply.personaRevision).toBeGreaterThanOrEqual(updated?.revision ?? Number.POSITIVE_INFINITY);
    expect(after.reply.text).toContain((await personaAt(after.reply.personaRevision)).name);
    if (after.reply.personaRevision === updated?.revision) expect(after.reply.text).toContain(name);

    // The earlier messages keep the revision they were answered with.
    const { data } = await server.gql<{ conversation: { messages: { items: MessageShape[] } } }>(READ, {
      token,
      variables: { id },
    });
    expect(data?.conversation.messages.items.map((m) => m.personaRevision)).toEqual([
      before.reply.personaRevision,
      before.reply.personaRevision,
      after.reply.personaRevision,
      after.reply.personaRevision,
    ]);
  });
});
