// API keys carry scopes: `evaluate` (evaluate flags for the key's tenant) and `modules` (run modules for one
// of its users). Existing keys keep what they could do before: evaluate.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('api_keys')
    .addColumn('scopes', sql`text[]`, (c) =>
      c
        .notNull()
        .defaultTo(sql`'{evaluate}'`)
        .check(sql`cardinality(scopes) > 0 and scopes <@ array['evaluate', 'modules']::text[]`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('api_keys').dropColumn('scopes').execute();
}
