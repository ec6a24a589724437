// The astrologer persona (one global row, seeded as revision 1 with its revision and audit rows) and chat tables.
import { type Kysely, sql } from 'kysely';

const MIGRATION = '2026-11-24T1400_personas_chat';

// A literal copy on purpose: migrations import nothing from server/ and must keep meaning what they meant.
const DEFAULT_PERSONA = {
  name: 'Selene',
  tone: 'WARM',
  replyLength: 'MEDIUM',
  allowedTopics: [
    'love',
    'career',
    'health',
    'money',
    'family',
    'friendship',
    'travel',
    'spirituality',
    'astrology',
    'tarot',
    'runes',
    'dreams',
  ],
  greeting: 'Welcome, traveller of the stars. I am Selene; ask, and I will read what the sky holds for you.',
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('personas')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tone', 'text', (c) =>
      c.notNull().check(sql`tone in ('WARM', 'PLAYFUL', 'FORMAL', 'MYSTICAL')`),
    )
    .addColumn('reply_length', 'text', (c) =>
      c.notNull().check(sql`reply_length in ('SHORT', 'MEDIUM', 'LONG')`),
    )
    .addColumn('allowed_topics', 'jsonb', (c) => c.notNull())
    .addColumn('greeting', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Revision 1 exists before any request, so reads never write and every write can lock the row.
  // Its revision has no configuration revision: it is the install state, not a change clients replay.
  const p = DEFAULT_PERSONA;
  await db
    .insertInto('personas')
    .values({
      key: 'default',
      name: p.name,
      tone: p.tone,
      reply_length: p.replyLength,
      allowed_topics: JSON.stringify(p.allowedTopics),
      greeting: p.greeting,
      revision: 1,
    })
    .execute();
  const diff = Object.entries(p).map(([path, to]) => ({ path, change: 'CREATE', to }));
  await db
    .insertInto('revisions')
    .values({
      entity_type: 'persona',
      entity_key: 'default',
      revision: 1,
      config_revision: null,
      action: 'persona.update',
      content: JSON.stringify(p),
      diff: JSON.stringify(diff),
      actor: 'system',
      reason: 'default persona',
      request_id: `migration:${MIGRATION}`,
    })
    .execute();
  await db
    .insertInto('audit_events')
    .values({
      request_id: `migration:${MIGRATION}`,
      actor: 'system',
      action: 'persona.update',
      target_type: 'persona',
      target_key: 'default',
      status: 'success',
      details: JSON.stringify({
        revision: 1,
        configRevision: null,
        summary: 'default persona installed',
        reason: 'default persona',
      }),
    })
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Target of the messages' composite key: a message cannot point at another tenant's conversation.
    .addUniqueConstraint('conversations_tenant_id_unique', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('conversations_tenant_user_seq_idx')
    .on('conversations')
    .columns(['tenant_id', 'user_id', 'seq'])
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('conversation_id', 'uuid', (c) => c.notNull())
    .addColumn('tenant_id', 'uuid', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('user', 'assistant')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ok', 'out_of_scope', 'llm_error')`))
    .addColumn('persona_revision', 'integer', (c) => c.notNull())
    .addColumn('latency_ms', 'integer', (c) => c.check(sql`latency_ms >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'messages_conversation_fk',
      ['tenant_id', 'conversation_id'],
      'conversations',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('messages_tenant_conversation_seq_idx')
    .on('messages')
    .columns(['tenant_id', 'conversation_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('messages').execute();
  await db.schema.dropTable('conversations').execute();
  await db
    .deleteFrom('audit_events')
    .where('target_type', '=', 'persona')
    .where('request_id', '=', `migration:${MIGRATION}`)
    .execute();
  await db.deleteFrom('revisions').where('entity_type', '=', 'persona').execute();
  await db.schema.dropTable('personas').execute();
}
