// Guards as a kind of versioned configuration for the one writer: keyed by flag key, global (no tenant),
// validated against the flag they watch. Trips, probes and re-enables are revisions of the same entity.
import type { FlagTx } from '../flags/flag-definition.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import { canonicalGuardContent, type Guard, type GuardContent, guardConfigIssues } from './guard.js';
import type { GuardRows } from './guard-store.js';

export interface GuardTx extends FlagTx {
  guards: GuardRows;
}

export const guardDefinition: EntityDefinition<Guard, GuardContent, GuardTx> = {
  type: 'guard',
  name: (key) => `The guard of flag ${key}`,
  rows: (tx) => tx.guards,
  canonical: (_key, content) => canonicalGuardContent(content),
  isRetired: (guard) => guard.archivedAt !== null,
  async validate(tx, key, content) {
    const flag = await tx.flags.find(key);
    const issues = guardConfigIssues(content);
    if (!flag || flag.archivedAt !== null) issues.push({ path: 'flagKey', message: `no flag ${key}` });
    return issues;
  },
};
