// Guards in memory, for service unit tests: the same rows as guard-store.ts.
import { FakeJsonContentRows } from '../revisions/fake-json-content-rows.js';
import type { Guard, GuardContent } from './guard.js';
import { toGuard } from './guard-store.js';

export class FakeGuardStore extends FakeJsonContentRows<Guard, GuardContent> {
  constructor(now?: () => Date) {
    super(toGuard, now);
  }
}
