// ChatStore in memory, for service tests and createFakeServices: one sequence orders every row, as seq does.
import type { Restorable } from '../revisions/fake-config-transactions.js';
import type { ChatStore, NewMessage } from './chat-store.js';
import type { Conversation, Message } from './conversation.js';

interface Rows {
  seq: number;
  conversations: Conversation[];
  messages: Message[];
}

export class FakeChatStore implements ChatStore, Restorable {
  private rows: Rows = { seq: 0, conversations: [], messages: [] };

  constructor(private readonly now: () => Date = () => new Date()) {}

  async createConversation(tenantId: string, userId: string, title: string) {
    const conversation: Conversation = {
      id: crypto.randomUUID(),
      tenantId,
      userId,
      title,
      createdAt: this.now(),
      cursor: String(++this.rows.seq),
    };
    this.rows.conversations.push(conversation);
    return structuredClone(conversation);
  }

  async findConversation(tenantId: string, id: string) {
    const found = this.rows.conversations.find((c) => c.tenantId === tenantId && c.id === id);
    return found && structuredClone(found);
  }

  async listConversations(tenantId: string, userId: string, limit: number, before: number | undefined) {
    return this.rows.conversations
      .filter((c) => c.tenantId === tenantId && c.userId === userId)
      .filter((c) => before === undefined || Number(c.cursor) < before)
      .reverse()
      .slice(0, limit)
      .map((c) => structuredClone(c));
  }

  async listMessages(tenantId: string, conversationId: string, limit: number, after: number | undefined) {
    return this.messagesOf(tenantId, conversationId)
      .filter((m) => after === undefined || Number(m.cursor) > after)
      .slice(0, limit);
  }

  async recentMessages(tenantId: string, conversationId: string, limit: number) {
    return this.messagesOf(tenantId, conversationId).slice(-limit);
  }

  /** While true, appends fail as a failing messages table would (a module run's last write). */
  refuseAppends = false;

  async appendMessages(tenantId: string, conversationId: string, messages: NewMessage[]) {
    if (this.refuseAppends) throw new Error('chat store refused the message');
    // The database's composite foreign key: the conversation must be this tenant's.
    if (!this.rows.conversations.some((c) => c.tenantId === tenantId && c.id === conversationId)) {
      throw new Error(`no conversation ${conversationId} in tenant ${tenantId}`);
    }
    const stored = messages.map(
      (m): Message => ({
        ...structuredClone(m),
        id: crypto.randomUUID(),
        conversationId,
        tenantId,
        cursor: String(++this.rows.seq),
      }),
    );
    this.rows.messages.push(...stored);
    return structuredClone(stored);
  }

  save() {
    return structuredClone(this.rows);
  }

  restore(saved: unknown) {
    this.rows = structuredClone(saved as Rows);
  }

  private messagesOf(tenantId: string, conversationId: string): Message[] {
    return this.rows.messages
      .filter((m) => m.tenantId === tenantId && m.conversationId === conversationId)
      .map((m) => structuredClone(m));
  }
}
