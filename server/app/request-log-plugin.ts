// Tells the request log what each GraphQL operation was (shape, caller, error code): over HTTP into the
// request's record, read when the response finishes; over WebSocket it logs the operation itself.
import type { IncomingMessage } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import { callerOf, firstCode, type OperationRecord, type RequestLog, recordOf } from './request-log.js';
import { operationShape } from './request-log-operation.js';

interface LoggedContext {
  requestId?: string;
  viewer?: Viewer | undefined;
  req?: IncomingMessage;
}

export function useRequestLog(log: RequestLog): Plugin {
  /** Fills the record at the start; returns what to call with the result. */
  const start = (args: ExecutionArgs) => {
    const context = args.contextValue as LoggedContext;
    const started = performance.now();
    const record: OperationRecord = context.req
      ? recordOf(context.req)
      : { shape: undefined, code: undefined, role: undefined, tenantId: undefined };
    record.shape = operationShape(args);
    callerOf(record, context.viewer);
    return (result: unknown) => {
      record.code = isStream(result) ? undefined : firstCode(result);
      if (context.req) return;
      const seconds = (performance.now() - started) / 1000;
      log.socketOperation({ requestId: context.requestId ?? '', record, seconds });
    };
  };
  return {
    onExecute: ({ args }) => {
      const done = start(args);
      return { onExecuteDone: ({ result }) => done(result) };
    },
    onSubscribe: ({ args }) => {
      const done = start(args);
      return { onSubscribeResult: ({ result }) => done(result) };
    },
    // Errors raised before execution (parse, validation, credentials) reach the client only through here.
    onResultProcess: ({ result, serverContext }) => {
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      if (!req || Array.isArray(result) || isStream(result)) return;
      const code = firstCode(result);
      if (code !== undefined) recordOf(req).code = code;
    },
  };
}

const isStream = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && Symbol.asyncIterator in result;
