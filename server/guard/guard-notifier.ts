// How a trip is announced beyond the flag itself: one small interface (alerts plug in here later); by
// default a warning log line and the `guard.tripped` bus topic, heard by every instance.
import type { Publisher } from '../platform/bus.js';
import type { Logger } from '../platform/logger.js';
import type { GuardAction, GuardFigures } from './guard.js';

export interface GuardTripped {
  flagKey: string;
  /** The guard revision that recorded the trip. */
  revision: number;
  action: GuardAction;
  /** The flag revision rolled back to (ROLLBACK), or null when the flag is held off. */
  rolledBackTo: number | null;
  figures: GuardFigures;
  at: string;
  /** A reopened probe (HALF_OPEN -> OPEN) rather than a first trip. */
  reopened: boolean;
}

export const GUARD_TRIPPED = 'guard.tripped';
export type GuardTopics = { [GUARD_TRIPPED]: GuardTripped };

export interface GuardNotifier {
  tripped(event: GuardTripped): void;
}

export class BusGuardNotifier implements GuardNotifier {
  constructor(
    private readonly bus: Publisher<GuardTopics>,
    private readonly logger: Logger,
  ) {}

  tripped(event: GuardTripped): void {
    this.logger.warn({ guard: event }, 'guard tripped');
    this.bus.publish(GUARD_TRIPPED, event);
  }
}
