// Release plans' rows (table release_plans): the versioned rows the writer changes and the live plans' read.
import type { Db } from '../platform/db.js';
import { type JsonContentRows, PgJsonContentRows, type RowMeta } from '../revisions/json-content-rows.js';
import type { PlanContent, ReleasePlan } from './release-plan.js';

export type ReleasePlanRows = JsonContentRows<ReleasePlan, PlanContent>;

export const toPlan = (flagKey: string, content: PlanContent, meta: RowMeta): ReleasePlan => ({
  ...content,
  flagKey,
  ...meta,
});

export class PgReleasePlanStore extends PgJsonContentRows<ReleasePlan, PlanContent> {
  constructor(db: Db) {
    super(db, { table: 'release_plans', keyColumn: 'flag_key', toEntity: toPlan });
  }
}
