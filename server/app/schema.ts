// Assembles the GraphQL schema: importing each slice's schema file registers its types and fields.
import type { GraphQLSchema } from 'graphql';
import '../alerts/alert-schema.js';
import '../api-keys/api-key-schema.js';
import '../audit/audit-schema.js';
import '../auth/account-admin-schema.js';
import '../auth/auth-schema.js';
import '../chat/chat-schema.js';
import '../flags/evaluation-schema.js';
import '../flags/flag-schema.js';
import '../metrics/metrics-schema.js';
import '../guard/guard-schema.js';
import '../import/import-schema.js';
import '../modules/module-reference-schema.js';
import '../modules/module-schema.js';
import '../personas/persona-schema.js';
import '../propagation/propagation-schema.js';
import '../realtime/realtime-schema.js';
import '../rollout/rollout-schema.js';
import '../segments/segment-schema.js';
import '../tenants/tenant-schema.js';
import '../tenants/tenant-settings-schema.js';
import { builder } from '../platform/builder.js';

let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}
