// The only Kysely code for conversations and messages; every query leads with tenant_id.
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

export interface NewMessage {
  role: MessageRole;
  text: string;
  status: MessageStatus;
  personaRevision: number;
  latencyMs: number | null;
  createdAt: Date;
}

export class ChatStore {
  constructor(private readonly db: Db) {}

  async createConversation(tenantId: string, userId: string, title: string): Promise<Conversation> {
    const row = await this.db
      .insertInto('conversations')
      .values({ tenant_id: tenantId, user_id: userId, title })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toConversation(row);
  }

  /** By id inside the tenant: another tenant's conversation is never read, let alone returned. */
  async findConversation(tenantId: string, id: string): Promise<Conversation | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toConversation(row);
  }

  /** A user's conversations, newest first, after the cursor `before` (a seq). */
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

  /** Oldest first, after the cursor `after` (a seq). */
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

  /** The last `limit` messages, oldest first. */
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

  /** Appends messages in order, in one transaction: all of them are stored or none. */
  async appendMessages(tenantId: string, conversationId: string, messages: NewMessage[]): Promise<Message[]> {
    return this.db
      .transaction()
      .execute((trx) => ChatStore.appendMessages(trx, tenantId, conversationId, messages));
  }

  /**
   * The same inside a caller's transaction (a module run that appends its result with its quota use).
   * The composite foreign key rejects a conversation of another tenant.
   */
  static async appendMessages(
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
}
