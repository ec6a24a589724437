// What produces the astrologer's replies: an interface, so an LLM-backed responder can replace the built-in one.
import type { Persona } from '../personas/persona.js';
import type { MessageRole } from './conversation.js';

export interface HistoryEntry {
  role: MessageRole;
  text: string;
}

export interface ResponderInput {
  /** The user's message, trimmed. */
  text: string;
  /** The persona in force when the message arrived. */
  persona: Persona;
  /** Earlier messages of the conversation, oldest first (the new message excluded). */
  history: readonly HistoryEntry[];
}

export interface ResponderReply {
  text: string;
  /** True when the message is outside the persona's allowed topics: the reply is then a polite refusal. */
  outOfScope: boolean;
}

export interface Responder {
  /** May reject (network, quota, timeout): the chat service turns that into an llm_error reply. */
  respond(input: ResponderInput): Promise<ResponderReply>;
}
