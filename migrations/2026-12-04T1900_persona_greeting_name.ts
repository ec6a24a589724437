// The default persona's greeting says {name} instead of "Selene", so renaming the persona renames its greeting.
import { type Kysely, sql } from 'kysely';

const MIGRATION = '2026-12-04T1900_persona_greeting_name';

// Literal copies on purpose: migrations import nothing from server/ and must keep meaning what they meant.
const OLD_GREETING =
  'Welcome, traveller of the stars. I am Selene; ask, and I will read what the sky holds for you.';
const NEW_GREETING =
  'Welcome, traveller of the stars. I am {name}; ask, and I will read what the sky holds for you.';

/**
 * Only an untouched install changes: a persona someone has already edited keeps its greeting. The change is
 * revision 2 with its revision and audit rows, like any other; history is not rewritten.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const row = await db
    .selectFrom('personas')
    .select(['name', 'tone', 'reply_length', 'allowed_topics', 'greeting', 'revision'])
    .where('key', '=', 'default')
    .executeTakeFirst();
  if (row?.revision !== 1 || row.greeting !== OLD_GREETING) return;

  const content = {
    name: row.name,
    tone: row.tone,
    replyLength: row.reply_length,
    allowedTopics:
      typeof row.allowed_topics === 'string' ? JSON.parse(row.allowed_topics) : row.allowed_topics,
    greeting: NEW_GREETING,
  };
  const reason = 'greeting names the persona with {name}';
  await db
    .updateTable('personas')
    .set({ greeting: NEW_GREETING, revision: 2, updated_at: sql`now()` })
    .where('key', '=', 'default')
    .execute();
  await db
    .insertInto('revisions')
    .values({
      entity_type: 'persona',
      entity_key: 'default',
      revision: 2,
      config_revision: null,
      action: 'persona.update',
      content: JSON.stringify(content),
      diff: JSON.stringify([{ path: 'greeting', change: 'CHANGE', from: OLD_GREETING, to: NEW_GREETING }]),
      actor: 'system',
      reason,
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
      details: JSON.stringify({ revision: 2, configRevision: null, summary: 'greeting changed', reason }),
    })
    .execute();
}

/** Leaves the data as it is: revision 2 is history now, and a later revision may have built on it. */
export async function down(): Promise<void> {}
