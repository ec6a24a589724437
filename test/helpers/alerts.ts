// Helpers for the alert tests: a moved clock, metric events written at chosen times, the alert documents,
// and a local webhook receiver (node:http on 127.0.0.1) that answers as scripted and keeps what it got.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  chatReplyEvent,
  type MetricEvent,
  operationEvent,
  quotaEvent,
} from '../../server/metrics/metric-event.js';
import type { TestServer } from './test-server.js';

export const ALERT_FIELDS = `id rule ruleRevision state severity kind service operation tenantId comparison value threshold
  windowSeconds samples sampleRequestIds context pendingSince firedAt resolvedAt
  deliveries { id event url state nextAttemptAt attempts { attempt ok statusCode error durationMs at } }`;

export const ALERTS = `query ($rule: String, $state: AlertState, $first: Int, $after: String) {
  alerts(rule: $rule, state: $state, first: $first, after: $after) { items { ${ALERT_FIELDS} } nextCursor }
}`;
export const ACTIVE_ALERTS = `query { activeAlerts { ${ALERT_FIELDS} } }`;

export const RULE_FIELDS = `key description kpi operation tenantId comparison threshold windowSeconds minSamples forSeconds
  severity webhookUrl hasWebhookSecret enabled revision archivedAt`;
export const CREATE_RULE = `mutation ($key: String!, $input: AlertRuleInput!, $reason: String = "alert tests") {
  createAlertRule(key: $key, input: $input, reason: $reason) { ${RULE_FIELDS} }
}`;
export const UPDATE_RULE = `mutation ($key: String!, $rev: Int!, $input: AlertRuleInput!, $reason: String = "alert tests") {
  updateAlertRule(key: $key, expectedRevision: $rev, input: $input, reason: $reason) { ${RULE_FIELDS} }
}`;

export interface AlertView {
  id: string;
  rule: string;
  state: 'PENDING' | 'FIRING' | 'RESOLVED';
  severity: string;
  kind: string;
  service: string;
  operation: string | null;
  tenantId: string | null;
  comparison: string;
  value: number | null;
  threshold: number;
  windowSeconds: number;
  samples: number;
  sampleRequestIds: string[];
  context: Record<string, unknown>;
  firedAt: string | null;
  resolvedAt: string | null;
  deliveries: {
    id: string;
    event: string;
    state: string;
    nextAttemptAt: string | null;
    attempts: { attempt: number; ok: boolean; statusCode: number | null; error: string | null }[];
  }[];
}

/** A clock tests move by hand; shared by the metric recorder, the rollups and the alert evaluator. */
export class MovedClock {
  constructor(public at: Date) {}
  now = () => this.at;
  advance(seconds: number): Date {
    this.at = new Date(+this.at + seconds * 1000);
    return this.at;
  }
}

/** A future day of this run's own, so other test files' real-clock traffic never falls in its windows. */
export function ownEpoch(): Date {
  return new Date(Date.UTC(2032, 0, 1 + Math.floor(Math.random() * 3000), 10, 0, 20));
}

/** Writes events at `at` through the recorder and flushes them to the database. */
export async function recordAt(server: TestServer, at: Date, events: MetricEvent[]): Promise<void> {
  server.app.services.metrics.recordAll(events.map((e) => ({ ...e, at })));
  await server.app.services.metrics.flush();
}

export function operations(
  tenantId: string,
  operation: string,
  n: number,
  options: { failing?: number; code?: string; latencyMs?: number } = {},
): { events: MetricEvent[]; failingIds: string[] } {
  const failingIds: string[] = [];
  const events = Array.from({ length: n }, (_, i) => {
    const failing = i < (options.failing ?? 0);
    const requestId = `req-${randomUUID()}`;
    if (failing) failingIds.push(requestId);
    return operationEvent({
      operation,
      type: operation === 'evaluateFlags' ? 'query' : 'mutation',
      code: failing ? (options.code ?? 'INTERNAL') : undefined,
      latencyMs: options.latencyMs ?? 12,
      role: 'user',
      plan: 'free',
      apiKey: false,
      tenantId,
      requestId,
    });
  });
  return { events, failingIds };
}

export function chatReplies(
  tenantId: string,
  n: number,
  status: { llmErrors?: number; outOfScope?: number } = {},
) {
  return Array.from({ length: n }, (_, i) =>
    chatReplyEvent({
      tenantId,
      status:
        i < (status.llmErrors ?? 0)
          ? 'llm_error'
          : i < (status.llmErrors ?? 0) + (status.outOfScope ?? 0)
            ? 'out_of_scope'
            : 'ok',
      latencyMs: 30,
    }),
  );
}

export function quotaDecisions(tenantId: string, module: string, consumed: number, blocked: number) {
  const ids: string[] = [];
  const events = [
    ...Array.from({ length: consumed }, () =>
      quotaEvent({ tenantId, module, plan: 'free', decision: 'consumed', requestId: `req-${randomUUID()}` }),
    ),
    ...Array.from({ length: blocked }, () => {
      const requestId = `req-${randomUUID()}`;
      ids.push(requestId);
      return quotaEvent({ tenantId, module, plan: 'free', decision: 'blocked', requestId });
    }),
  ];
  return { events, blockedIds: ids };
}

export function apiKeyFailures(tenantId: string, n: number): MetricEvent[] {
  return Array.from({ length: n }, () => ({
    kind: 'api_key_auth_failure' as const,
    tenantId,
    dims: { reason: 'unknown', tenant: tenantId },
    error: true,
  }));
}

export async function readAlerts(server: TestServer, token: string, rule: string): Promise<AlertView[]> {
  const { data, errors } = await server.gql<{ alerts: { items: AlertView[] } }>(ALERTS, {
    token,
    variables: { rule, first: 50 },
  });
  if (errors || !data) throw new Error(JSON.stringify(errors));
  return data.alerts.items;
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver: `answer` decides each request's status (or 'hang' to never answer). */
export async function startReceiver(answer: (n: number) => number | 'hang'): Promise<{
  url: string;
  received: Received[];
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = answer(received.length);
      if (status === 'hang') return;
      res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
