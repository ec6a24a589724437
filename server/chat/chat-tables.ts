// Kysely's view of the chat tables; to be merged into `Database` in server/platform/db-types.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Database } from '../platform/db-types.js';
import type { MessageRole, MessageStatus } from './conversation.js';

export interface ConversationsTable {
  id: Generated<string>;
  /** Insertion order: the newest-first listing and its cursor, exact where timestamps tie. */
  seq: Generated<number>;
  tenant_id: string;
  user_id: string;
  title: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface MessagesTable {
  id: Generated<string>;
  /** Insertion order: a user message always precedes its reply, whatever the clock says. */
  seq: Generated<number>;
  conversation_id: string;
  tenant_id: string;
  role: MessageRole;
  text: string;
  status: MessageStatus;
  persona_revision: number;
  latency_ms: number | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ChatTables {
  conversations: ConversationsTable;
  messages: MessagesTable;
}

/** The database as the chat store sees it, until ChatTables is part of `Database`. */
export type ChatDatabase = Database & ChatTables;
