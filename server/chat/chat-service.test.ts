// ChatService on fakes: ownership and support reads, paging, and replies from responders that fail,
// stall, refuse or see the persona change while they work.
import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../app/fake-services.js';
import { UNAVAILABLE_REPLY } from './chat-service.js';
import type { Responder } from './responder.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
const owner = { userId: 'u-owner', tenantId: TENANT, role: 'user' } as const;
const stranger = { userId: 'u-stranger', tenantId: TENANT, role: 'user' } as const;
const support = { userId: 'u-support', tenantId: OTHER_TENANT, role: 'support' } as const;

const withResponder = (respond: Responder['respond'], clock?: () => number, responderTimeoutMs = 1000) =>
  createFakeServices({ chat: { responder: { respond }, responderTimeoutMs, ...(clock ? { clock } : {}) } });

describe('ChatService on fakes', () => {
  it('lets the owner use a conversation, support of the named tenant read it, and nobody else find it', async () => {
    const { chat } = await createFakeServices();
    const conversation = await chat.createConversation(owner, '  Stars  ');
    expect(conversation).toMatchObject({ title: 'Stars', userId: owner.userId, tenantId: TENANT });
    await expect(chat.ownedConversation(owner, conversation.id)).resolves.toMatchObject({
      id: conversation.id,
    });
    await expect(chat.readableConversation(support, conversation.id, TENANT)).resolves.toMatchObject({
      id: conversation.id,
    });
    for (const refused of [
      chat.ownedConversation(stranger, conversation.id),
      chat.readableConversation(stranger, conversation.id),
      chat.ownedConversation(support, conversation.id),
      chat.readableConversation({ ...owner, tenantId: OTHER_TENANT }, conversation.id),
      chat.ownedConversation(owner, crypto.randomUUID()),
      chat.ownedConversation(owner, 'not-a-uuid'),
    ]) {
      await expect(refused).rejects.toMatchObject({ code: 'CONVERSATION_FORBIDDEN' });
    }
  });

  it('refuses a blank or long title, and lists only the caller’s conversations, newest first, by page', async () => {
    const { chat } = await createFakeServices();
    // createConversation refuses before it returns a promise.
    await expect(async () => chat.createConversation(owner, '   ')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'title', message: 'must not be blank' }] },
    });
    await expect(async () => chat.createConversation(owner, 'x'.repeat(121))).rejects.toMatchObject({
      details: { fields: [{ path: 'title' }] },
    });
    for (const title of ['one', 'two', 'three']) await chat.createConversation(owner, title);
    await chat.createConversation(stranger, 'theirs');
    const first = await chat.conversations(owner, 2, undefined);
    expect(first.items.map((c) => c.title)).toEqual(['three', 'two']);
    const rest = await chat.conversations(owner, 2, first.nextCursor ?? undefined);
    expect(rest).toMatchObject({ items: [{ title: 'one' }], nextCursor: null });
    await expect(chat.conversations(owner, 2, 'bogus')).rejects.toMatchObject({
      details: { fields: [{ path: 'after' }] },
    });
  });

  it('turns a failing responder into an llm_error reply, with its latency from the clock', async () => {
    let now = 1_700_000_000_000;
    const { chat } = await withResponder(
      async () => {
        now += 250;
        throw new Error('upstream 503');
      },
      () => now,
    );
    const conversation = await chat.createConversation(owner, 'failing');
    const { userMessage, reply } = await chat.send(owner, conversation.id, '  Will I find love?  ');
    expect(userMessage).toMatchObject({
      role: 'user',
      status: 'ok',
      text: 'Will I find love?',
      latencyMs: null,
    });
    expect(reply).toMatchObject({
      role: 'assistant',
      status: 'llm_error',
      text: UNAVAILABLE_REPLY,
      latencyMs: 250,
    });
    const stored = await chat.messages(conversation, 10, undefined);
    expect(stored.items.map((m) => m.status)).toEqual(['ok', 'llm_error']);
  });

  it('gives llm_error when the responder is too slow or answers nothing, and marks an out-of-scope answer', async () => {
    const hanging = () => new Promise<never>(() => undefined);
    const empty = async () => ({ text: '   ', outOfScope: false });
    for (const respond of [hanging, empty]) {
      const { chat } = await withResponder(respond, undefined, 30);
      const conversation = await chat.createConversation(owner, null);
      expect((await chat.send(owner, conversation.id, 'Will I find love?')).reply.status).toBe('llm_error');
    }
    const { chat } = await withResponder(async () => ({ text: 'Not my field.', outOfScope: true }));
    const conversation = await chat.createConversation(owner, null);
    const { reply } = await chat.send(owner, conversation.id, 'anything');
    expect(reply).toMatchObject({ status: 'out_of_scope', text: 'Not my field.' });
  });

  it('refuses an empty message and one in a conversation the caller does not own, storing nothing', async () => {
    const { chat } = await createFakeServices();
    const conversation = await chat.createConversation(owner, null);
    await expect(chat.send(owner, conversation.id, '   ')).rejects.toMatchObject({
      details: { fields: [{ path: 'text' }] },
    });
    await expect(chat.send(stranger, conversation.id, 'hello')).rejects.toMatchObject({
      code: 'CONVERSATION_FORBIDDEN',
    });
    expect((await chat.messages(conversation, 10, undefined)).items).toEqual([]);
  });

  it('answers with the persona read when the message arrived, even if it changes meanwhile', async () => {
    let changeDuringReply: () => Promise<unknown> = async () => undefined;
    const s = await withResponder(async ({ persona }) => {
      await changeDuringReply();
      return { text: `I am ${persona.name}`, outOfScope: false };
    });
    const before = await s.personas.current();
    changeDuringReply = () =>
      s.personas.update(
        before.revision,
        { ...before, name: `${before.name} (changed)` },
        { actor: 'system', reason: 'test', requestId: 'req-persona' },
      );
    const conversation = await s.chat.createConversation(owner, null);
    const { userMessage, reply } = await s.chat.send(owner, conversation.id, 'Will I find love?');
    expect(reply.text).toBe(`I am ${before.name}`);
    expect([userMessage.personaRevision, reply.personaRevision]).toEqual([before.revision, before.revision]);
    expect((await s.personas.current()).revision).toBe(before.revision + 1);
  });

  it('hands the responder the earlier messages as history, oldest first, and tells the reply listener', async () => {
    const seen: string[][] = [];
    const replies: string[] = [];
    const { chat } = await createFakeServices({
      chat: {
        responder: {
          respond: async ({ history, text }) => {
            seen.push(history.map((h) => `${h.role}:${h.text}`));
            return { text: `re: ${text}`, outOfScope: false };
          },
        },
        onReply: (event) => replies.push(`${event.userId}:${event.status}`),
      },
    });
    const conversation = await chat.createConversation(owner, null);
    await chat.send(owner, conversation.id, 'one');
    await chat.send(owner, conversation.id, 'two');
    expect(seen).toEqual([[], ['user:one', 'assistant:re: one']]);
    expect(replies).toEqual(['u-owner:ok', 'u-owner:ok']);
  });
});
