// Every topic of Augur's bus and its payload, each declared by the slice that publishes it.
import type { Alert } from '../alerts/alert.js';
import type { AccountChanged } from '../auth/account-changed.js';
import type { GuardTripped } from '../guard/guard-notifier.js';
import type { Bus } from '../platform/bus.js';
import type { ConfigChanged } from '../revisions/config-changed.js';

export type AugurTopics = {
  'config.changed': ConfigChanged;
  'account.changed': AccountChanged;
  'guard.tripped': GuardTripped;
  'alert.changed': Alert;
};

export type AugurBus = Bus<AugurTopics>;
