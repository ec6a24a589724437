// The store of conversations and messages: its interface, and the only Kysely code for them (tenant_id first).
import type { Selectable } from 'kysely';
import type { Db } from '../platform/db.js';
import type { ConversationsTable, MessagesTable } from '../platform/db-types.js';
import type { Conversation, Message, MessageRole, MessageStatus } from './conversation.js';

const toConversation = (row: Selectable<ConversationsTable>): Conversation => ({
  id: row.id,
  tenantId: row.tenant_id,
  userId: row.user_id,
  title: row.title,
  createdAt: row.created_at,
  cursor: String(row.seq),
});

const toMessage = (row: Selectable<MessagesTable>): Message => ({
  id: row.id,
  conversationId: row.conversation_id,
  tenantId: row.tenant_id,
  role: row.role as MessageRole,
  text: row.text,
  status: row.status as MessageStatus,
  personaRevision: row.persona_revision,
  latencyMs: row.latency_ms,
  createdAt: row.created_at,
  cursor: String(row.seq),
});

/** A message as it is appended: the store gives it its id, conversation, tenant and cursor. */
export type NewMessage = Pick<
  Message,
  'role' | 'text' | 'status' | 'personaRevision' | 'latencyMs' | 'createdAt'
>;

export interface ChatStore {
  createConversation(tenantId: string, userId: string, title: string): Promise<Conversation>;
  /** By id inside the tenant: another tenant's conversation is never read, let alone returned. */
  findConversation(tenantId: string, id: string): Promise<Conversation | undefined>;
  /** A user's conversations, newest first, after the cursor `before` (a seq). */
  listConversations(
    tenantId: string,
    userId: string,
    limit: number,
    before: number | undefined,
  ): Promise<Conversation[]>;
  /** Oldest first, after the cursor `after` (a seq). */
  listMessages(
    tenantId: string,
    conversationId: string,
    limit: number,
    after: number | undefined,
  ): Promise<Message[]>;
  /** The last `limit` messages, oldest first. */
  recentMessages(tenantId: string, conversationId: string, limit: number): Promise<Message[]>;
  /**
   * Appends messages in order, all or none; a conversation of another tenant is refused. Bound to a
   * caller's transaction (a module run's), they commit with it.
   */
  appendMessages(tenantId: string, conversationId: string, messages: NewMessage[]): Promise<Message[]>;
}

export class PgChatStore implements ChatStore {
  /** `db` may be a transaction: the store then reads and writes inside it. */
  constructor(private readonly db: Db) {}

  async createConversation(tenantId: string, userId: string, title: string): Promise<Conversation> {
    const row = await this.db
      .insertInto('conversations')
      .values({ tenant_id: tenantId, user_id: userId, title })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toConversation(row);
  }

  async findConversation(tenantId: string, id: string): Promise<Conversation | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toConversation(row);
  }

  async listConversations(
    tenantId: string,
    userId: string,
    limit: number,
    before: number | undefined,
  ): Promise<Conversation[]> {
    let query = this.db
      .selectFrom('conversations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('user_id', '=', userId);
    if (before !== undefined) query = query.where('seq', '<', before);
    const rows = await query.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map(toConversation);
  }

  async listMessages(
    tenantId: string,
    conversationId: string,
    limit: number,
    after: number | undefined,
  ): Promise<Message[]> {
    let query = this.db
      .selectFrom('messages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('conversation_id', '=', conversationId);
    if (after !== undefined) query = query.where('seq', '>', after);
    const rows = await query.orderBy('seq', 'asc').limit(limit).execute();
    return rows.map(toMessage);
  }

  async recentMessages(tenantId: string, conversationId: string, limit: number): Promise<Message[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('conversation_id', '=', conversationId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toMessage).reverse();
  }

  async appendMessages(tenantId: string, conversationId: string, messages: NewMessage[]): Promise<Message[]> {
    if (this.db.isTransaction) return insertMessages(this.db, tenantId, conversationId, messages);
    return this.db.transaction().execute((trx) => insertMessages(trx, tenantId, conversationId, messages));
  }
}

/** The composite foreign key rejects a conversation of another tenant. */
async function insertMessages(
  trx: Db,
  tenantId: string,
  conversationId: string,
  messages: NewMessage[],
): Promise<Message[]> {
  const stored: Message[] = [];
  // One row at a time so seq follows the given order.
  for (const message of messages) {
    const row = await trx
      .insertInto('messages')
      .values({
        tenant_id: tenantId,
        conversation_id: conversationId,
        role: message.role,
        text: message.text,
        status: message.status,
        persona_revision: message.personaRevision,
        latency_ms: message.latencyMs,
        created_at: message.createdAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    stored.push(toMessage(row));
  }
  return stored;
}
