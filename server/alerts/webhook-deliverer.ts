// Webhook deliveries: due rows claimed by one instance (SKIP LOCKED and a lease), POSTed as signed JSON
// with a timeout, each attempt recorded; failures retried with exponential backoff up to a bound.
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { safeError } from '../platform/scrub.js';
import { PgAlertRuleStore } from './alert-rule-store.js';
import { type ClaimedDelivery, PgAlertStore } from './alert-store.js';
import { SIGNATURE_HEADER, signature, type WebhookSecrets } from './webhook-secret.js';

export interface WebhookOptions {
  clock: () => Date;
  evaluator: string;
  /** A receiver slower than this counts as a failed attempt. */
  timeoutMs: number;
  /** Attempts in all, the first included; then the delivery is FAILED. */
  maxAttempts: number;
  /** The wait after the first failure; doubled after each next one, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How often each instance looks for due deliveries (retries). */
  pollMs: number;
  logger?: Logger | undefined;
}

export const WEBHOOK_DEFAULTS: Omit<WebhookOptions, 'clock' | 'evaluator'> = {
  timeoutMs: 5000,
  maxAttempts: 6,
  baseDelayMs: 5000,
  maxDelayMs: 300_000,
  pollMs: 1000,
};

/** The wait before attempt `attempt + 1` after `attempt` failures. */
export function backoffMs(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}

export class WebhookDeliverer {
  private running: Promise<number> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly secrets: WebhookSecrets,
    private readonly options: WebhookOptions,
  ) {}

  /** Runs now (or once more after the run in progress); resolves with the attempts made. */
  kick(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let made = 0;
      do {
        this.again = false;
        made += await this.runOnce();
      } while (this.again);
      return made;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async runOnce(): Promise<number> {
    const o = this.options;
    const now = o.clock();
    // Longer than any one attempt: a claim another instance made is never taken while it may still be sending.
    const leaseUntil = new Date(+now + o.timeoutMs * 2 + 1000);
    const claimed = await this.db
      .transaction()
      .execute((trx) => new PgAlertStore(trx, o.evaluator).claimDue(now, leaseUntil, 20));
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length;
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const o = this.options;
    const body = JSON.stringify({ ...d.payload, deliveryId: d.id, attempt: d.attempts + 1 });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': 'augur-alerts/1',
      'x-augur-delivery': d.id,
      'x-augur-event': d.event,
    };
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      if (d.secretRef) {
        const ciphertext = await new PgAlertRuleStore(this.db).get(d.ruleKey, d.secretRef);
        const secret = ciphertext && this.secrets.decrypt(ciphertext);
        if (!secret)
          throw new Error('webhook secret unreadable (server secret changed?): re-enter it on the rule');
        headers[SIGNATURE_HEADER] = signature(secret, Math.floor(+o.clock() / 1000), body);
      }
      const response = await fetch(d.url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(o.timeoutMs),
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (err) {
      const e = safeError(err);
      // fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND...) in its cause.
      const cause = err instanceof Error && err.cause ? safeError(err.cause) : undefined;
      error =
        e.name === 'TimeoutError'
          ? `no answer within ${o.timeoutMs} ms`
          : `${e.message}${cause ? `: ${cause.code ?? cause.message}` : ''}`.slice(0, 300);
    }
    const attempt = d.attempts + 1;
    const ok = error === null;
    const now = o.clock();
    const state = ok ? 'DELIVERED' : attempt >= o.maxAttempts ? 'FAILED' : 'PENDING';
    const nextAttemptAt =
      state === 'PENDING' ? new Date(+now + backoffMs(attempt, o.baseDelayMs, o.maxDelayMs)) : now;
    try {
      await this.db
        .transaction()
        .execute((trx) =>
          new PgAlertStore(trx, o.evaluator).recordAttempt(
            d.id,
            { attempt, ok, statusCode, error, durationMs: Math.round(performance.now() - started), at: now },
            { state, nextAttemptAt },
          ),
        );
    } catch (err) {
      o.logger?.warn({ err: safeError(err), delivery: d.id }, 'could not record a webhook attempt');
    }
    if (!ok)
      o.logger?.warn({ delivery: d.id, rule: d.ruleKey, attempt, state, error }, 'webhook delivery failed');
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.kick().catch((err: unknown) =>
        this.options.logger?.warn({ err: safeError(err) }, 'webhook deliveries did not run'),
      );
    }, this.options.pollMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
