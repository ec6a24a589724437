// Builds the persona and chat services from a database handle and the shared ConfigWriter (called by the composition root).

import { PersonaService } from '../personas/persona-service.js';
import { PersonaStore } from '../personas/persona-store.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { ConfigWriter } from '../revisions/config-writer.js';
import { RevisionStore } from '../revisions/revision-store.js';
import { ChatService, type ReplyRecorded } from './chat-service.js';
import { ChatStore } from './chat-store.js';
import { DeterministicResponder } from './deterministic-responder.js';
import type { Responder } from './responder.js';

export interface ChatServicesOptions {
  /** Default: the built-in deterministic responder. */
  responder?: Responder | undefined;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: (() => number) | undefined;
  /** Default 20 s. */
  responderTimeoutMs?: number | undefined;
  logger?: Logger | undefined;
  /** Called after each stored reply (metrics). */
  onReply?: ((event: ReplyRecorded) => void) | undefined;
}

export interface ChatServices {
  personas: PersonaService;
  chat: ChatService;
}

export function createChatServices(
  db: Db,
  writer: ConfigWriter,
  options: ChatServicesOptions = {},
): ChatServices {
  const personaStore = new PersonaStore(db);
  return {
    personas: new PersonaService(personaStore, new RevisionStore(db), writer),
    chat: new ChatService(new ChatStore(db), personaStore, {
      responder: options.responder ?? new DeterministicResponder(),
      clock: options.clock ?? (() => Date.now()),
      responderTimeoutMs: options.responderTimeoutMs ?? 20_000,
      logger: options.logger,
      onReply: options.onReply,
    }),
  };
}
