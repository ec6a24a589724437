// Augur's Prometheus metrics (prom-client, one Registry per app): GraphQL requests, module runs, chat
// replies, exposures, quota, rate limits, sockets, fan-out, readiness, the metric pipeline, Node's defaults.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ErrorCode } from '../platform/errors.js';
import type { RateLevel } from './rate-limit-policy.js';
import type { SocketStats } from './socket-limits.js';

/**
 * Figures the metric-event pipeline exposes (server/metrics); wired by the composition root when it
 * exists. Until then both metrics read "unknown" (NaN lag, no dropped events).
 */
export interface MetricPipelineStats {
  /** Seconds between now and the newest minute rolled up; undefined when unknown. */
  rollupLagSeconds(): number | undefined;
  /** Events dropped since start (buffer full, database unavailable). */
  eventsDropped(): number;
}

/** What the metrics read when scraped (cheap reads of counters the app keeps anyway). */
export interface MetricSources {
  openSockets(): number;
  subscriptions(): number;
  socketStats(): SocketStats;
  rateLimited(): ReadonlyMap<RateLevel, number>;
  ready(): Promise<boolean>;
  /** Flag streams with read receipts and those on the latest revision (docs/propagation.md). */
  propagation?(): { clients: number; onLatest: number } | undefined;
}

export interface OperationDone {
  /** The first root field (schema-bounded, unlike client operation names), or `none` before execution. */
  operation: string;
  type: string;
  transport: 'http' | 'ws';
  /** The first error's code, or undefined when the operation succeeded. */
  code: string | undefined;
  httpStatus: number | undefined;
  seconds: number;
  module: string | undefined;
  /** The credential was an API key (`Bearer ak_...`). */
  apiKey: boolean;
}

const SERVER_CODES = new Set<string>(['INTERNAL', 'UNAVAILABLE', 'AUDIT_UNAVAILABLE'] satisfies ErrorCode[]);
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** 2xx, 4xx or 5xx for an operation: its error code decides (GraphQL errors often travel with HTTP 200). */
export function statusClass(code: string | undefined, httpStatus: number | undefined): string {
  if ((httpStatus ?? 0) >= 500 || (code !== undefined && SERVER_CODES.has(code))) return '5xx';
  if (code !== undefined || (httpStatus ?? 0) >= 400) return '4xx';
  return '2xx';
}

/** Sets a counter to totals kept elsewhere (prom-client counters otherwise only go up by inc). */
function setTotals(counter: Counter<string>, totals: Iterable<[Record<string, string>, number]>): void {
  counter.reset();
  for (const [labels, n] of totals) counter.inc(labels, n);
}

export class AugurMetrics {
  readonly registry = new Registry();
  /** Wire the pipeline's figures when it exists (see MetricPipelineStats). */
  pipeline: MetricPipelineStats | undefined;

  private readonly requests: Histogram<'operation' | 'type' | 'status' | 'code' | 'transport'>;
  private readonly moduleRuns: Counter<'module' | 'code'>;
  private readonly exposures: Counter<'flag' | 'outcome'>;
  private readonly quota: Counter<'module' | 'decision'>;
  private readonly chatReplies: Counter<'status'>;
  private readonly chatLatency: Histogram<'status'>;
  private readonly apiKeyAuthFailures: Counter<string>;
  private readonly fanOutLatency: Histogram<string>;
  private readonly propagationDelay: Histogram<string>;

  constructor(sources: MetricSources, gates: Readonly<Record<string, string>>) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Histogram({
      name: 'augur_graphql_request_duration_seconds',
      help: 'GraphQL operations by root field, status class (from the error code), code and transport',
      labelNames: ['operation', 'type', 'status', 'code', 'transport'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.moduleRuns = new Counter({
      name: 'augur_module_runs_total',
      help: 'executeModule calls by module and outcome code (OK when it ran)',
      labelNames: ['module', 'code'],
      registers,
    });
    this.exposures = new Counter({
      name: 'augur_flag_exposures_total',
      help: 'Module gate decisions by gate flag: exposed (the gate let the caller through) or blocked',
      labelNames: ['flag', 'outcome'],
      registers,
    });
    this.quota = new Counter({
      name: 'augur_quota_decisions_total',
      help: 'Module quota decisions after the gate passed: allowed or exceeded',
      labelNames: ['module', 'decision'],
      registers,
    });
    this.chatReplies = new Counter({
      name: 'augur_chat_replies_total',
      help: 'Chat replies by status (ok, out_of_scope, llm_error)',
      labelNames: ['status'],
      registers,
    });
    this.chatLatency = new Histogram({
      name: 'augur_chat_reply_duration_seconds',
      help: "The responder's time per chat reply, by status",
      labelNames: ['status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.apiKeyAuthFailures = new Counter({
      name: 'augur_api_key_auth_failures_total',
      help: 'GraphQL requests refused UNAUTHENTICATED that presented an API key',
      registers,
    });
    this.fanOutLatency = new Histogram({
      name: 'augur_fanout_duration_seconds',
      help: 'From a flag change in this process to every affected subscriber sent its update',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    new Counter({
      name: 'augur_rate_limited_total',
      help: 'GraphQL operations refused RATE_LIMITED, by the level that refused them',
      labelNames: ['level'],
      registers,
      collect() {
        setTotals(
          this,
          [...sources.rateLimited()].map(([level, n]) => [{ level }, n]),
        );
      },
    });
    new Gauge({
      name: 'augur_websocket_connections',
      help: 'Open graphql-ws sockets on this instance',
      registers,
      collect() {
        this.set(sources.openSockets());
      },
    });
    new Gauge({
      name: 'augur_subscriptions',
      help: 'Live flag subscriptions (WebSocket and SSE) held by this instance',
      registers,
      collect() {
        this.set(sources.subscriptions());
      },
    });
    new Counter({
      name: 'augur_socket_refusals_total',
      help: 'Sockets and streams refused or dropped by the socket limits, by reason',
      labelNames: ['reason'],
      registers,
      collect() {
        setTotals(
          this,
          Object.entries(sources.socketStats()).map(([reason, n]) => [{ reason }, n]),
        );
      },
    });
    this.propagationDelay = new Histogram({
      name: 'augur_propagation_delay_seconds',
      help: 'Commit of a configuration revision to a client reading its update (graphql-ws pong), per client',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'augur_propagation_clients',
      help: 'Open WebSocket flag streams on this instance, by whether they read every update sent (on_latest)',
      labelNames: ['state'],
      registers,
      collect() {
        const gauge = sources.propagation?.();
        this.set({ state: 'on_latest' }, gauge?.onLatest ?? 0);
        this.set({ state: 'behind' }, gauge ? gauge.clients - gauge.onLatest : 0);
      },
    });
    new Gauge({
      name: 'augur_ready',
      help: '1 when this instance is ready (database answers, migrations applied, Redis answers), else 0',
      registers,
      async collect() {
        this.set((await sources.ready()) ? 1 : 0);
      },
    });
    const metrics = this;
    new Gauge({
      name: 'augur_metric_rollup_lag_seconds',
      help: 'Seconds since the newest rolled-up minute of the metric pipeline (NaN until it reports)',
      registers,
      collect() {
        this.set(metrics.pipeline?.rollupLagSeconds() ?? Number.NaN);
      },
    });
    new Counter({
      name: 'augur_metric_events_dropped_total',
      help: 'Metric events the pipeline dropped (buffer full or database unavailable)',
      registers,
      collect() {
        setTotals(this, [[{}, metrics.pipeline?.eventsDropped() ?? 0]]);
      },
    });
    for (const flag of Object.values(gates)) {
      // Zero series from the start, so rate() and alert rules see them before the first event.
      this.exposures.inc({ flag, outcome: 'exposed' }, 0);
      this.exposures.inc({ flag, outcome: 'blocked' }, 0);
    }
    this.gates = gates;
  }

  private readonly gates: Readonly<Record<string, string>>;

  /** One finished GraphQL operation (HTTP request or WebSocket operation). */
  operationDone(op: OperationDone): void {
    const code = op.code ?? 'OK';
    this.requests.observe(
      {
        operation: op.operation,
        type: op.type,
        status: statusClass(op.code, op.httpStatus),
        code,
        transport: op.transport,
      },
      op.seconds,
    );
    if (op.apiKey && code === 'UNAUTHENTICATED') this.apiKeyAuthFailures.inc();
    if (op.module === undefined) return;
    this.moduleRuns.inc({ module: op.module, code });
    const flag = this.gates[op.module];
    if (flag === undefined) return;
    if (code === 'MODULE_DISABLED') this.exposures.inc({ flag, outcome: 'blocked' });
    if (code === 'OK' || code === 'QUOTA_EXCEEDED') {
      this.exposures.inc({ flag, outcome: 'exposed' });
      this.quota.inc({ module: op.module, decision: code === 'OK' ? 'allowed' : 'exceeded' });
    }
  }

  chatReplied(status: string, latencyMs: number): void {
    this.chatReplies.inc({ status });
    this.chatLatency.observe({ status }, latencyMs / 1000);
  }

  fanOutDone(seconds: number): void {
    this.fanOutLatency.observe(seconds);
  }

  propagationReached(seconds: number): void {
    this.propagationDelay.observe(seconds);
  }

  /** The exposition text and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
