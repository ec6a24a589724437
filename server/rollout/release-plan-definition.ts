// Release plans as a kind of versioned configuration for the one writer: keyed by flag key, global, validated
// against the flag they roll out. Advances, rollbacks, pauses and resumes are revisions of the same entity.
import type { FlagTx } from '../flags/flag-definition.js';
import type { EntityDefinition } from '../revisions/versioned-entity.js';
import {
  canonicalPlanContent,
  type PlanContent,
  planConfigIssues,
  type ReleasePlan,
} from './release-plan.js';
import type { ReleasePlanRows } from './release-plan-store.js';

export interface ReleasePlanTx extends FlagTx {
  releasePlans: ReleasePlanRows;
}

export const releasePlanDefinition: EntityDefinition<ReleasePlan, PlanContent, ReleasePlanTx> = {
  type: 'releasePlan',
  name: (key) => `The release plan of flag ${key}`,
  rows: (tx) => tx.releasePlans,
  canonical: (_key, content) => canonicalPlanContent(content),
  isRetired: (plan) => plan.archivedAt !== null,
  async validate(tx, key, content) {
    const flag = await tx.flags.find(key);
    if (!flag || flag.archivedAt !== null) return [{ path: 'flagKey', message: `no flag ${key}` }];
    return planConfigIssues(
      content,
      flag.variants.map((v) => v.key),
    );
  },
};
