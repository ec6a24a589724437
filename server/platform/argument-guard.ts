// A Pothos plugin run before any argument rule: the field's scopes first, then one rule for all input text.
import SchemaBuilder, {
  BasePlugin,
  isThenable,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import { type AuthFailure, ForbiddenError, RequestCache } from '@pothos/plugin-scope-auth';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { type FieldIssue, validationFailed } from './errors.js';

/** Deeper than this, an argument (a JSON value, in practice) is refused rather than walked. */
export const MAX_INPUT_DEPTH = 32;
const MAX_ISSUES = 20;

const showKey = (key: string) => key.replaceAll('\u0000', '\\u0000');

/**
 * Issues for every NUL character (which no PostgreSQL text or jsonb value can hold) in any string or object
 * key of the arguments, with the argument path (`input.targets.0.userIds.1`); iterative, so depth is safe.
 */
export function inputIssues(args: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  // Paths are built only for an issue (the hot path, a clean evaluation context, builds none).
  const stack: InputNode[] = [];
  for (const key of Object.keys(args)) stack.push({ parent: undefined, key, value: args[key], depth: 1 });
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const node = stack.pop() as InputNode;
    const { value, depth } = node;
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        issues.push({ path: pathOf(node), message: 'must not contain NUL characters' });
      continue;
    }
    if (value === null || typeof value !== 'object' || value instanceof Date) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      issues.push({ path: pathOf(node), message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` });
      continue;
    }
    const keys = Array.isArray(value) ? undefined : Object.keys(value);
    const length = keys ? keys.length : (value as unknown[]).length;
    for (let i = length - 1; i >= 0; i--) {
      const key = keys ? (keys[i] as string) : String(i);
      const child: InputNode = {
        parent: node,
        key,
        value: keys ? (value as Record<string, unknown>)[key] : (value as unknown[])[i],
        depth: depth + 1,
      };
      if (keys && key.includes('\u0000'))
        issues.push({ path: pathOf(child), message: 'must not contain NUL characters' });
      stack.push(child);
    }
  }
  return issues;
}

interface InputNode {
  parent: InputNode | undefined;
  key: string;
  value: unknown;
  depth: number;
}

function pathOf(node: InputNode): string {
  const keys: string[] = [];
  for (let n: InputNode | undefined = node; n; n = n.parent) keys.push(n.parent ? showKey(n.key) : n.key);
  return keys.reverse().join('.');
}

type FieldScopes<Types extends SchemaTypes> =
  | Parameters<RequestCache<Types>['evaluateScopeMap']>[0]
  | ((parent: unknown, args: object, context: Types['Context'], info: GraphQLResolveInfo) => unknown);

/**
 * Pothos runs argument mappers (the validation plugin's rules) before scope-auth's checks, so a caller
 * without access would read a field's rules in its validation errors. This wraps outside the mappers:
 * the field's own authScopes are evaluated with scope-auth's request cache (scope-auth checks them again,
 * from that cache), then the text rule; only then do the field's argument rules run.
 */
export class ArgumentGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    if (!resolver || Object.keys(fieldConfig.args).length === 0) return resolver;
    const scopes = (fieldConfig.pothosOptions as { authScopes?: FieldScopes<Types> }).authScopes;
    const refuse = (
      parent: unknown,
      context: Types['Context'],
      info: GraphQLResolveInfo,
      failure: AuthFailure,
    ) => {
      const message = `Not authorized to resolve ${info.parentType}.${info.fieldName}`;
      const error = this.builder.options.scopeAuth?.unauthorizedError?.(parent ?? {}, context, info, {
        message,
        failure,
      });
      throw typeof error === 'string' || error === undefined
        ? new ForbiddenError(error ?? message, failure)
        : error;
    };
    const checkText = (args: object) => {
      const issues = inputIssues(args as Record<string, unknown>);
      if (issues.length > 0) throw validationFailed(issues);
    };
    return (parent, args, context, info) => {
      if (scopes === undefined) {
        checkText(args);
        return resolver(parent, args, context, info);
      }
      const cache = RequestCache.fromContext(context, this.builder);
      const map = typeof scopes === 'function' ? scopes(parent, args, context, info) : scopes;
      const evaluate = (resolved: unknown) =>
        cache.evaluateScopeMap(resolved as Parameters<typeof cache.evaluateScopeMap>[0], info);
      const failure = isThenable(map) ? Promise.resolve(map).then(evaluate) : evaluate(map);
      const proceed = (result: AuthFailure | null) => {
        if (result) refuse(parent, context, info, result);
        checkText(args);
        return resolver(parent, args, context, info);
      };
      return isThenable(failure) ? Promise.resolve(failure).then(proceed) : proceed(failure);
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      argumentGuard: ArgumentGuardPlugin<Types>;
    }
  }
}

export const argumentGuardPlugin = 'argumentGuard';
SchemaBuilder.registerPlugin(argumentGuardPlugin, ArgumentGuardPlugin);
