// Conversations and their messages as the chat slice hands them out: no Kysely or GraphQL types here.

export const MESSAGE_ROLES = ['user', 'assistant'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/** ok: answered; out_of_scope: outside the persona's topics; llm_error: the responder failed. */
export const MESSAGE_STATUSES = ['ok', 'out_of_scope', 'llm_error'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export interface Conversation {
  id: string;
  tenantId: string;
  userId: string;
  title: string;
  createdAt: Date;
  /** Opaque position for pagination (insertion order). */
  cursor: string;
}

export interface Message {
  id: string;
  conversationId: string;
  tenantId: string;
  role: MessageRole;
  text: string;
  status: MessageStatus;
  /** The persona revision in force when the user's message arrived (same on the message and its reply). */
  personaRevision: number;
  /** Responder time for a reply; null on a user's message. */
  latencyMs: number | null;
  createdAt: Date;
  cursor: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const CHAT_LIMITS = {
  titleMax: 120,
  textMax: 2000,
  /** Messages handed to the responder as context. */
  historyMessages: 20,
  /** A reply longer than this is cut (a custom responder could return anything). */
  replyMax: 8000,
} as const;

export const DEFAULT_TITLE = 'New conversation';
