// Another tenant's data for the cross-tenant matrix: seeded rows with recognisable secrets, and a snapshot of
// every row that belongs to the tenant, so a test can say that nothing leaked and nothing changed.
import { randomUUID } from 'node:crypto';
import type { TestServer, TestTenant } from './test-server.js';

export interface VictimData {
  /** ID arguments by name, pointing at the victim's rows. */
  ids: Record<string, string>;
  /** Strings that must never appear in an answer to another tenant's caller. */
  secrets: string[];
}

export async function seedVictim(server: TestServer, victim: TestTenant): Promise<VictimData> {
  const { chat, apiKeys } = server.app.services;
  const user = victim.accounts.user;
  const title = `secret-title-${randomUUID()}`;
  const conversation = await chat.createConversation(
    { userId: user.id, tenantId: victim.id, role: 'user' },
    title,
  );
  const key = await apiKeys.create(victim.id, `secret-key-${randomUUID()}`, null);
  const ids = {
    tenantId: victim.id,
    userId: user.id,
    id: key.apiKey.id,
    'conversation.id': conversation.id,
    conversationId: conversation.id,
  };
  const secrets = [
    title,
    key.apiKey.name,
    key.apiKey.prefix,
    user.id,
    user.email,
    victim.accounts.premium.id,
    victim.accounts.tenantAdmin.id,
    victim.accounts.tenantAdmin.email,
    conversation.id,
  ];
  return { ids, secrets };
}

const TENANT_TABLES = [
  'users',
  'api_keys',
  'conversations',
  'messages',
  'quota_usage',
  'module_runs',
  'audit_events',
] as const;

/** Every row of the tenant's own tables, and its tenants row, as JSON. */
export async function snapshotTenant(server: TestServer, tenantId: string): Promise<string> {
  const db = server.app.database.db;
  const parts: unknown[] = [await db.selectFrom('tenants').selectAll().where('id', '=', tenantId).execute()];
  for (const table of TENANT_TABLES) {
    const rows = await db.selectFrom(table).selectAll().where('tenant_id', '=', tenantId).execute();
    parts.push(rows.map((row) => JSON.stringify(row)).sort());
  }
  return JSON.stringify(parts);
}
