// Chat rules: who may read or write a conversation, message bounds, and turning a responder's answer into a reply.

import type { AccountViewer } from '../auth/viewer.js';
import type { Persona } from '../personas/persona.js';
import { AugurError, validationFailed } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { isUuid, nulIssue } from '../platform/text.js';
import type { ChatStore } from './chat-store.js';
import {
  CHAT_LIMITS,
  type Conversation,
  DEFAULT_TITLE,
  type Message,
  type MessageStatus,
  type Page,
} from './conversation.js';
import type { Responder, ResponderInput, ResponderReply } from './responder.js';

/** Who is calling, as chat needs it. */
export type ChatCaller = Pick<AccountViewer, 'userId' | 'tenantId' | 'role'>;

/** The persona read model chat depends on (the persona store implements it). */
export interface PersonaSource {
  current(): Promise<Persona>;
}

/** Told after each reply is stored (metrics hook; a failure here never fails the message). */
export interface ReplyRecorded {
  tenantId: string;
  userId: string;
  conversationId: string;
  status: MessageStatus;
  latencyMs: number;
  personaRevision: number;
}

export interface ChatServiceOptions {
  responder: Responder;
  /** Milliseconds; measures reply latency and dates messages. */
  clock: () => number;
  /** A responder slower than this gives an llm_error reply. */
  responderTimeoutMs: number;
  logger?: Logger | undefined;
  onReply?: ((event: ReplyRecorded) => void) | undefined;
}

export interface Exchange {
  userMessage: Message;
  reply: Message;
}

/** Shown instead of a reply when the responder fails; the failure itself goes to the log only. */
export const UNAVAILABLE_REPLY =
  'The astrologer is unavailable right now and could not answer. Please try again in a moment.';

// One answer for "not yours", "another tenant's" and "no such conversation": existence never leaks.
const forbidden = () => new AugurError('CONVERSATION_FORBIDDEN', 'You may not use this conversation');

const chars = (text: string) => [...text].length;

export class ChatService {
  constructor(
    private readonly store: ChatStore,
    private readonly personas: PersonaSource,
    private readonly options: ChatServiceOptions,
  ) {}

  createConversation(caller: ChatCaller, title: string | null | undefined): Promise<Conversation> {
    const trimmed = (title ?? '').trim();
    if (title !== null && title !== undefined && trimmed.length === 0) {
      throw validationFailed([{ path: 'title', message: 'must not be blank' }]);
    }
    if (chars(trimmed) > CHAT_LIMITS.titleMax) {
      throw validationFailed([{ path: 'title', message: `at most ${CHAT_LIMITS.titleMax} characters` }]);
    }
    const nul = nulIssue('title', trimmed);
    if (nul.length > 0) throw validationFailed(nul);
    return this.store.createConversation(caller.tenantId, caller.userId, trimmed || DEFAULT_TITLE);
  }

  /** The caller's own conversations, newest first. */
  async conversations(
    caller: ChatCaller,
    first: number,
    after: string | undefined,
  ): Promise<Page<Conversation>> {
    const items = await this.store.listConversations(
      caller.tenantId,
      caller.userId,
      first + 1,
      cursor(after),
    );
    return page(items, first);
  }

  /**
   * Readable by its owner, and by support staff (of the operator tenant: no other tenant holds the role) in
   * the tenant they name; everyone else reads inside their own tenant only.
   */
  async readableConversation(caller: ChatCaller, id: string, tenantId?: string): Promise<Conversation> {
    const support = caller.role === 'support';
    const conversation = await this.find(
      support && tenantId && isUuid(tenantId) ? { ...caller, tenantId } : caller,
      id,
    );
    if (conversation.userId === caller.userId || support) return conversation;
    throw forbidden();
  }

  /** Usable (send a message, run a module) by its owner only. */
  async ownedConversation(caller: ChatCaller, id: string): Promise<Conversation> {
    const conversation = await this.find(caller, id);
    if (conversation.userId !== caller.userId) throw forbidden();
    return conversation;
  }

  /** Messages of a conversation already authorized by the caller, oldest first. */
  async messages(
    conversation: Conversation,
    first: number,
    after: string | undefined,
  ): Promise<Page<Message>> {
    const items = await this.store.listMessages(
      conversation.tenantId,
      conversation.id,
      first + 1,
      cursor(after),
    );
    return page(items, first);
  }

  /**
   * Stores the user's message and the reply together. The persona is read once, as the message arrives:
   * both messages carry that revision whatever changes while the responder works. A responder failure is
   * an llm_error reply, never an error for the caller. `log` is the request's logger (it carries requestId).
   */
  async send(
    caller: ChatCaller,
    conversationId: string,
    rawText: string,
    log: Logger | undefined = this.options.logger,
  ): Promise<Exchange> {
    const arrivedAt = this.options.clock();
    const persona = await this.personas.current();
    const conversation = await this.ownedConversation(caller, conversationId);
    const text = rawText.trim();
    if (text.length === 0) throw validationFailed([{ path: 'text', message: 'must not be empty' }]);
    if (chars(text) > CHAT_LIMITS.textMax) {
      throw validationFailed([{ path: 'text', message: `at most ${CHAT_LIMITS.textMax} characters` }]);
    }
    const nul = nulIssue('text', text);
    if (nul.length > 0) throw validationFailed(nul);
    const history = await this.store.recentMessages(
      conversation.tenantId,
      conversation.id,
      CHAT_LIMITS.historyMessages,
    );

    const started = this.options.clock();
    const outcome = await this.answer(
      { text, persona, history: history.map((m) => ({ role: m.role, text: m.text })) },
      log,
    );
    const finishedAt = this.options.clock();
    const latencyMs = Math.max(0, Math.round(finishedAt - started));

    const [userMessage, reply] = await this.store.appendMessages(conversation.tenantId, conversation.id, [
      {
        role: 'user',
        text,
        status: 'ok',
        personaRevision: persona.revision,
        latencyMs: null,
        createdAt: new Date(arrivedAt),
      },
      {
        role: 'assistant',
        text: outcome.text,
        status: outcome.status,
        personaRevision: persona.revision,
        latencyMs,
        createdAt: new Date(finishedAt),
      },
    ]);
    if (!userMessage || !reply) throw new Error('messages were not stored');
    this.notify(log, {
      tenantId: conversation.tenantId,
      userId: caller.userId,
      conversationId: conversation.id,
      status: reply.status,
      latencyMs,
      personaRevision: persona.revision,
    });
    return { userMessage, reply };
  }

  private async find(caller: ChatCaller, id: string): Promise<Conversation> {
    // A malformed id cannot name a conversation; checking here keeps it away from the uuid column.
    if (!isUuid(id)) throw forbidden();
    const conversation = await this.store.findConversation(caller.tenantId, id);
    if (!conversation) throw forbidden();
    return conversation;
  }

  private async answer(
    input: ResponderInput,
    log: Logger | undefined,
  ): Promise<{ text: string; status: MessageStatus }> {
    try {
      const reply = await withTimeout(this.options.responder.respond(input), this.options.responderTimeoutMs);
      const text = typeof reply?.text === 'string' ? reply.text.trim() : '';
      if (text.length === 0) throw new Error('the responder returned an empty reply');
      return {
        text: [...text].slice(0, CHAT_LIMITS.replyMax).join(''),
        status: reply.outOfScope ? 'out_of_scope' : 'ok',
      };
    } catch (err) {
      log?.warn({ err }, 'chat responder failed');
      return { text: UNAVAILABLE_REPLY, status: 'llm_error' };
    }
  }

  private notify(log: Logger | undefined, event: ReplyRecorded): void {
    try {
      this.options.onReply?.(event);
    } catch (err) {
      log?.warn({ err }, 'chat reply listener failed');
    }
  }
}

function withTimeout(promise: Promise<ResponderReply>, ms: number): Promise<ResponderReply> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the responder took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Cursors are insertion positions; a malformed one is the caller's mistake. */
function cursor(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value)) {
    throw validationFailed([{ path: 'after', message: 'must be a cursor from a previous page' }]);
  }
  return Number(value);
}

function page<T extends { cursor: string }>(items: T[], first: number): Page<T> {
  const shown = items.slice(0, first);
  return { items: shown, nextCursor: items.length > first ? (shown.at(-1)?.cursor ?? null) : null };
}
