// graphql-jit for the hot snapshot queries (evaluateFlags, myFlags): each document is compiled once into a
// function that reads the leaves inline; every other operation, and any document jit cannot compile, runs on
// graphql-js as before.
import { makeExecute, type Plugin } from '@envelop/core';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Root query fields whose documents are compiled. */
export const SNAPSHOT_FIELDS: ReadonlySet<string> = new Set(['evaluateFlags', 'myFlags']);

/** The operation when it is a query whose root selections are only snapshot fields (no fragments). */
export function snapshotOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== 'query') return undefined;
  const only = operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && (SNAPSHOT_FIELDS.has(s.name.value) || s.name.value === '__typename'),
  );
  return only ? operation : undefined;
}

type Compiled = CompiledQuery<unknown, unknown> | null;

/**
 * jit's errors carry `locations` but no source positions; the error mapping downstream rebuilds errors from
 * nodes or positions, so each is remade as a graphql-js error pointing at the same place in the document.
 */
function asGraphqlError(error: GraphQLError, document: DocumentNode): GraphQLError {
  const source = document.loc?.source;
  const lines = source?.body.split('\n');
  const positions =
    source && lines
      ? (error.locations ?? []).map(
          ({ line, column }) =>
            lines.slice(0, line - 1).reduce((offset, text) => offset + text.length + 1, 0) + column - 1,
        )
      : undefined;
  return new GraphQLError(error.message, {
    ...(source && positions?.length ? { source, positions } : {}),
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

export function useSnapshotJit(options: {
  onCompileError: (errors: readonly GraphQLError[]) => void;
}): Plugin {
  // Documents come from yoga's parse cache, so the same text is the same object; by operation name inside.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (schema: GraphQLSchema, document: DocumentNode, operationName?: string | null) => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    let entry = byName.get(operationName ?? '');
    if (entry === undefined) {
      entry = null;
      if (snapshotOperation(document, operationName)) {
        const result = compileQuery(schema, document, operationName ?? undefined);
        if (isCompiledQuery(result)) entry = result as CompiledQuery<unknown, unknown>;
        else options.onCompileError(result.errors ?? []);
      }
      byName.set(operationName ?? '', entry);
    }
    return entry;
  };
  const execute = makeExecute(async (args) => {
    const query = compiledFor(args.schema, args.document, args.operationName) as CompiledQuery<
      unknown,
      unknown
    >;
    const result = await query.query(args.rootValue, args.contextValue, args.variableValues);
    if (!result.errors) return result;
    return { ...result, errors: result.errors.map((e) => asGraphqlError(e as GraphQLError, args.document)) };
  });
  return {
    onExecute({ args, setExecuteFn }) {
      if (compiledFor(args.schema, args.document, args.operationName)) setExecuteFn(execute);
    },
  };
}
