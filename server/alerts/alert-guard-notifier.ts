// Guard trips as alerts: wraps the default notifier (its log line and `guard.tripped` stay) and records
// a CRITICAL alert with the trip's figures; a failure to record it is logged, never thrown into the trip.
import type { GuardNotifier, GuardTripped } from '../guard/guard-notifier.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';

export class AlertingGuardNotifier implements GuardNotifier {
  constructor(
    private readonly inner: GuardNotifier,
    private readonly alerts: () => { guardTripped(event: GuardTripped): Promise<unknown> },
    private readonly logger: Logger,
  ) {}

  tripped(event: GuardTripped): void {
    this.inner.tripped(event);
    this.alerts()
      .guardTripped(event)
      .catch((err: unknown) =>
        this.logger.warn(
          { err: safeError(err), flagKey: event.flagKey },
          'guard trip not recorded as an alert',
        ),
      );
  }
}
