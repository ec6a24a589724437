// GraphQL for chat (scope user): conversations owned by their user, support reads in its tenant, sendMessage.
import { z } from 'zod';
import { PAGE_SIZE } from '../platform/arg-rules.js';
import { builder } from '../platform/builder.js';
import type { Exchange } from './chat-service.js';
import type { Conversation, Message, Page } from './conversation.js';

const MessageRoleEnum = builder.enumType('MessageRole', {
  values: { USER: { value: 'user' }, ASSISTANT: { value: 'assistant' } } as const,
});

const MessageStatusEnum = builder.enumType('MessageStatus', {
  values: {
    OK: { value: 'ok', description: 'Answered.' },
    OUT_OF_SCOPE: { value: 'out_of_scope', description: "Outside the persona's topics: politely declined." },
    LLM_ERROR: { value: 'llm_error', description: 'The responder failed; the reply says so.' },
  } as const,
});

export const MessageRef = builder.objectRef<Message>('Message').implement({
  authScopes: { user: true, apiKeyModules: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    conversationId: t.exposeID('conversationId'),
    role: t.field({ type: MessageRoleEnum, resolve: (m) => m.role }),
    text: t.exposeString('text'),
    status: t.field({ type: MessageStatusEnum, resolve: (m) => m.status }),
    personaRevision: t.exposeInt('personaRevision', {
      description: 'The persona revision in force when the user message arrived.',
    }),
    personaName: t.string({
      nullable: true,
      description:
        "The persona's name as it was when it wrote this reply (renaming it later does not relabel old replies); null on user messages.",
      resolve: (m, _args, ctx) =>
        m.role === 'assistant' ? ctx.services.personas.nameAt(m.personaRevision) : null,
    }),
    latencyMs: t.int({
      nullable: true,
      description: 'How long the responder took; null on user messages.',
      resolve: (m) => m.latencyMs,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const MessagePageRef = builder.objectRef<Page<Message>>('MessagePage').implement({
  authScopes: { user: true },
  fields: (t) => ({
    items: t.field({ type: [MessageRef], resolve: (p) => p.items }),
    nextCursor: t.string({
      nullable: true,
      description: 'Pass as `after` for the next page.',
      resolve: (p) => p.nextCursor,
    }),
  }),
});

const cursorArg = z.string().regex(/^\d{1,15}$/, 'must be a cursor from a previous page');

const ConversationRef = builder.objectRef<Conversation>('Conversation').implement({
  description: 'A chat between a user and the astrologer. Its owner writes; support of its tenant may read.',
  authScopes: { user: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    userId: t.exposeID('userId', { description: 'The owner.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    messages: t.field({
      type: MessagePageRef,
      description: 'Oldest first, a page at a time.',
      args: {
        first: t.arg.int({ defaultValue: 100, validate: PAGE_SIZE }),
        after: t.arg.string({ validate: cursorArg }),
      },
      // The parent was authorized when it was resolved (conversation, conversations, createConversation).
      resolve: (conversation, args, ctx) =>
        ctx.services.chat.messages(conversation, args.first ?? 100, args.after ?? undefined),
    }),
  }),
});

const ConversationPageRef = builder.objectRef<Page<Conversation>>('ConversationPage').implement({
  authScopes: { user: true },
  fields: (t) => ({
    items: t.field({ type: [ConversationRef], resolve: (p) => p.items }),
    nextCursor: t.string({
      nullable: true,
      description: 'Pass as `after` for the next page.',
      resolve: (p) => p.nextCursor,
    }),
  }),
});

const SendMessageResultRef = builder.objectRef<Exchange>('SendMessageResult').implement({
  authScopes: { user: true },
  fields: (t) => ({
    userMessage: t.field({ type: MessageRef, resolve: (e) => e.userMessage }),
    reply: t.field({ type: MessageRef, resolve: (e) => e.reply }),
  }),
});

builder.queryFields((t) => ({
  conversations: t.withAuth({ user: true }).field({
    type: ConversationPageRef,
    description: "The caller's own conversations, newest first.",
    args: {
      first: t.arg.int({ defaultValue: 20, validate: PAGE_SIZE }),
      after: t.arg.string({ validate: cursorArg }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.chat.conversations(ctx.viewer, args.first ?? 20, args.after ?? undefined),
  }),
  conversation: t.withAuth({ user: true }).field({
    type: ConversationRef,
    description:
      'A conversation of the caller, or for support of the tenant named by tenantId. Anything else, an unknown ' +
      'id included, is CONVERSATION_FORBIDDEN.',
    args: {
      id: t.arg.id({ required: true }),
      tenantId: t.arg.id({ description: 'Support only: the customer tenant holding the conversation.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.chat.readableConversation(
        ctx.viewer,
        String(args.id),
        ctx.scopes.support && args.tenantId ? String(args.tenantId) : undefined,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createConversation: t.withAuth({ user: true }).field({
    type: ConversationRef,
    args: { title: t.arg.string({ description: 'At most 120 characters; default "New conversation".' }) },
    resolve: (_root, args, ctx) => ctx.services.chat.createConversation(ctx.viewer, args.title),
  }),
  sendMessage: t.withAuth({ user: true }).field({
    type: SendMessageResultRef,
    description:
      "Sends a message (1 to 2000 characters once trimmed) in the caller's own conversation; returns it " +
      'with the reply. A responder failure is a reply with status LLM_ERROR, not an error.',
    args: {
      conversationId: t.arg.id({ required: true }),
      text: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.chat.send(ctx.viewer, String(args.conversationId), args.text, ctx.logger),
  }),
}));
