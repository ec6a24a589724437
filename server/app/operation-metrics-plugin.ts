// An envelop plugin that turns every executed GraphQL query and mutation into one metric event.
import type { Plugin } from '@envelop/core';
import { type DocumentNode, type GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { operationEvent } from '../metrics/metric-event.js';
import { toClientError } from '../platform/errors.js';
import type { Context } from './context.js';

const MAX_ROOT_FIELDS = 3;

function selectedOperation(document: DocumentNode, name: string | null | undefined) {
  let only: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (name ? d.name?.value === name : !only) only = d;
  }
  return only;
}

/**
 * The operation's label is its root fields (schema names, so the label set is bounded), not the client's
 * operation name, which any caller could vary without end.
 */
function label(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'unknown';
  const fields: string[] = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind === Kind.FIELD && !s.name.value.startsWith('__')) fields.push(s.name.value);
  }
  if (fields.length === 0) return '__introspection';
  const unique = [...new Set(fields)].sort();
  return unique.length > MAX_ROOT_FIELDS
    ? `${unique.slice(0, MAX_ROOT_FIELDS).join(',')},+${unique.length - MAX_ROOT_FIELDS}`
    : unique.join(',');
}

interface Described {
  operation: string;
  type: string;
}
// Documents come from yoga's parse cache (the same text is the same object): described once each.
const described = new WeakMap<DocumentNode, Map<string, Described>>();

function describe(document: DocumentNode, name: string | null | undefined): Described {
  let byName = described.get(document);
  if (!byName) {
    byName = new Map();
    described.set(document, byName);
  }
  let entry = byName.get(name ?? '');
  if (!entry) {
    const operation = selectedOperation(document, name);
    entry = { operation: label(operation), type: operation?.operation ?? 'unknown' };
    byName.set(name ?? '', entry);
  }
  return entry;
}

/** The first error's code as the client sees it (the same mapping as useAugurErrors). */
function codeOf(errors: readonly GraphQLError[] | undefined): string | undefined {
  const first = errors?.[0];
  if (!first) return undefined;
  const code = first.extensions?.code;
  return typeof code === 'string' ? code : String(toClientError(first, '').extensions.code);
}

export function useOperationMetrics(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      const recorder = ctx.services?.metrics;
      if (!recorder?.enabled) return;
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          const latencyMs = performance.now() - started;
          const { operation, type } = describe(args.document, args.operationName);
          const viewer = ctx.viewer;
          // An incremental (deferred) result is counted once, as it starts, without an error code.
          const errors = Symbol.asyncIterator in result ? undefined : result.errors;
          recorder.record(
            operationEvent({
              operation,
              type,
              code: codeOf(errors),
              latencyMs,
              role: viewer ? (viewer.kind === 'account' ? viewer.role : 'apiKey') : 'anonymous',
              plan: viewer?.kind === 'account' ? viewer.plan : '',
              apiKey: viewer?.kind === 'apiKey',
              tenantId: viewer?.tenantId ?? null,
              requestId: ctx.requestId,
            }),
          );
        },
      };
    },
  };
}
