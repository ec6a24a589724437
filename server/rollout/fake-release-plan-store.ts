// Release plans in memory, for service unit tests: the same rows as release-plan-store.ts.
import { FakeJsonContentRows } from '../revisions/fake-json-content-rows.js';
import type { PlanContent, ReleasePlan } from './release-plan.js';
import { toPlan } from './release-plan-store.js';

export class FakeReleasePlanStore extends FakeJsonContentRows<ReleasePlan, PlanContent> {
  constructor(now?: () => Date) {
    super(toPlan, now);
  }
}
