// What an executed GraphQL operation is, for logs, metrics and rate limits: type, name, root fields, module.
import { type ExecutionArgs, Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { MODULE_GATES } from '../modules/module-catalog.js';

export interface OperationShape {
  type: 'query' | 'mutation' | 'subscription';
  /** The client's operation name, clipped (it is client text). */
  name: string | undefined;
  /** Root field names in document order (fragments on the root are not followed). */
  fields: readonly string[];
  /** The module an executeModule* operation runs (a known module name only). */
  module: string | undefined;
}

const NAME_MAX = 100;
const MODULE_FIELDS = new Set(['executeModule', 'executeModuleForUser']);
const cache = new WeakMap<object, OperationShape>();

/** Described once per execution: every plugin of the operation receives the same args object. */
export function operationShape(
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>,
): OperationShape {
  const cached = cache.get(args);
  if (cached) return cached;
  const shape = describe(args);
  cache.set(args, shape);
  return shape;
}

function describe(
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>,
): OperationShape {
  const operation = args.document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
  );
  const fields: string[] = [];
  let module: string | undefined;
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    const name = selection.name.value;
    if (!fields.includes(name)) fields.push(name);
    if (MODULE_FIELDS.has(name) && module === undefined) {
      const arg = selection.arguments?.find((a) => a.name.value === 'module');
      module = arg ? knownModule(argumentValue(arg.value, args.variableValues)) : undefined;
    }
  }
  const name = args.operationName ?? operation?.name?.value;
  return {
    type: operation?.operation ?? 'query',
    name: name === undefined ? undefined : name.slice(0, NAME_MAX),
    fields,
    module,
  };
}

function argumentValue(node: ValueNode, variables: ExecutionArgs['variableValues']): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  if (node.kind === Kind.ENUM || node.kind === Kind.STRING) return node.value;
  return undefined;
}

// Client input becomes a metric label only when it names a real module (labels must stay bounded).
function knownModule(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.toLowerCase();
  return Object.hasOwn(MODULE_GATES, name) ? name : undefined;
}
