// The one JSON line per HTTP request (and per WebSocket operation): operation, status, error code, request
// id, latency, role and tenant; never an email, a token or variables. The same figures feed /metrics.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.js';
import type { Logger } from '../platform/logger.js';
import { refusalCode } from './http-routes.js';
import type { AugurMetrics } from './prometheus.js';
import { rateRole } from './rate-limit-policy.js';
import type { OperationShape } from './request-log-operation.js';

/** What the GraphQL plugins learn about an HTTP request while it runs, read when it finishes. */
export interface OperationRecord {
  shape: OperationShape | undefined;
  code: string | undefined;
  role: string | undefined;
  tenantId: string | undefined;
}

const records = new WeakMap<IncomingMessage, OperationRecord>();

/** The request's record, made on first use. */
export function recordOf(req: IncomingMessage): OperationRecord {
  let record = records.get(req);
  if (!record) {
    record = { shape: undefined, code: undefined, role: undefined, tenantId: undefined };
    records.set(req, record);
  }
  return record;
}

/** Who called, as the log and the metrics name it. */
export function callerOf(record: OperationRecord, viewer: Viewer | undefined): void {
  record.role = rateRole(viewer);
  record.tenantId = viewer?.tenantId;
}

/** The first error's code of a GraphQL result, if any. */
export function firstCode(result: unknown): string | undefined {
  const errors = (result as { errors?: readonly { extensions?: { code?: unknown } }[] } | undefined)?.errors;
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : errors?.length ? 'INTERNAL' : undefined;
}

const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);
const isApiKey = (req: IncomingMessage) => req.headers.authorization?.startsWith('Bearer ak_') ?? false;

export interface RequestLog {
  /** Call at the start of every HTTP request: logs (and measures /graphql) when the response finishes. */
  track(req: IncomingMessage, res: ServerResponse, requestId: string, path: string): void;
  /** A WebSocket operation finished (or its subscription started). */
  socketOperation(entry: { requestId: string; record: OperationRecord; seconds: number }): void;
}

export function createRequestLog(logger: Logger, metrics: AugurMetrics, graphqlPath: string): RequestLog {
  // A request line holds ids, names and numbers only (no key that redaction looks for), so it skips the
  // redaction pass (a walk of every key per line). The parent's level decides what is written.
  const lines = logger.child({}, { redact: [], level: 'trace' });
  return {
    track(req, res, requestId, path) {
      const started = performance.now();
      res.on('finish', () => {
        const seconds = (performance.now() - started) / 1000;
        const status = res.statusCode;
        const record = records.get(req);
        const code = record?.code ?? (status >= 400 ? refusalCode(status) : undefined);
        const shape = record?.shape;
        if (path === graphqlPath) {
          metrics.operationDone({
            operation: shape?.fields[0] ?? 'none',
            type: shape?.type ?? 'none',
            transport: 'http',
            code,
            httpStatus: status,
            seconds,
            module: shape?.module,
            apiKey: isApiKey(req),
          });
        }
        const level = QUIET_PATHS.has(path) ? 'debug' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        lines[level](
          {
            requestId,
            method: req.method,
            path,
            status,
            ms: Math.round(seconds * 1000),
            operation: shape?.name,
            fields: shape?.fields.join(','),
            type: shape?.type,
            code,
            role: record?.role,
            tenantId: record?.tenantId,
          },
          'request',
        );
      });
    },
    socketOperation({ requestId, record, seconds }) {
      const shape = record.shape;
      metrics.operationDone({
        operation: shape?.fields[0] ?? 'none',
        type: shape?.type ?? 'none',
        transport: 'ws',
        code: record.code,
        httpStatus: undefined,
        seconds,
        module: shape?.module,
        apiKey: record.role === 'apiKey',
      });
      if (!logger.isLevelEnabled('info')) return;
      lines.info(
        {
          requestId,
          transport: 'ws',
          ms: Math.round(seconds * 1000),
          operation: shape?.name,
          fields: shape?.fields.join(','),
          type: shape?.type,
          code: record.code,
          role: record.role,
          tenantId: record.tenantId,
        },
        'request',
      );
    },
  };
}
