// Reads the auth scopes Pothos records on the schema, and builds a call for any root field with placeholder args.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { AuthScopes } from '../../server/platform/builder.js';

export type ScopeMap = Partial<Record<keyof AuthScopes, boolean>>;

export function fieldScopes(field: GraphQLField<unknown, unknown>): ScopeMap | undefined {
  return (field.extensions as { pothosOptions?: { authScopes?: ScopeMap } }).pothosOptions?.authScopes;
}

export function typeScopes(schema: GraphQLSchema, name: string): ScopeMap | undefined {
  const type = schema.getType(name);
  return (type?.extensions as { pothosOptions?: { authScopes?: ScopeMap } } | undefined)?.pothosOptions
    ?.authScopes;
}

export interface RootField {
  operation: 'query' | 'mutation' | 'subscription';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([operation, type]) =>
    type ? Object.values(type.getFields()).map((field) => ({ operation, name: field.name, field })) : [],
  );
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function placeholder(type: GraphQLInputType): string {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return `[${placeholder(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{${required.map((f) => `${f.name}: ${placeholder(f.type)}`).join(', ')}}`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return '1';
    if (type.name === 'Boolean') return 'true';
    if (type.name === 'ID') return JSON.stringify(PLACEHOLDER_ID);
    if (type.name === 'DateTime') return JSON.stringify('2026-01-01T00:00:00Z');
    if (type.name === 'JSON') return '{}';
    return JSON.stringify('placeholder');
  }
  return 'null';
}

/**
 * A document calling the field with placeholder values for its required arguments; `ids` gives ID
 * arguments by name (tenantId, userId...; `field.arg` first) real values, passed even when optional.
 */
export function callDocument(
  { operation, name, field }: RootField,
  ids: Record<string, string> = {},
): string {
  const idFor = (a: GraphQLArgument) => ids[`${name}.${a.name}`] ?? ids[a.name];
  const args = field.args.filter(
    (a: GraphQLArgument) =>
      isNonNullType(a.type) || (idFor(a) !== undefined && getNamedType(a.type).name === 'ID'),
  );
  const value = (a: GraphQLArgument) => {
    const id = idFor(a);
    return id !== undefined && getNamedType(a.type).name === 'ID' ? JSON.stringify(id) : placeholder(a.type);
  };
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${value(a)}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const selection = isLeafType(named)
    ? ''
    : ` { ${Object.keys(ids).length > 0 && isObjectType(named) ? fieldsOf(named, 2) : '__typename'} }`;
  return `${operation} { ${name}${argText}${selection} }`;
}

export function objectTypeNames(schema: GraphQLSchema): string[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && !t.name.startsWith('__') && !roots.has(t.name))
    .map((t) => t.name);
}

/** Every argument-free field of an object type, nested object types `depth` levels down (what could leak). */
function fieldsOf(type: GraphQLObjectType, depth: number): string {
  const parts = ['__typename'];
  for (const child of Object.values(type.getFields())) {
    if (child.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(child.type);
    if (isLeafType(named)) parts.push(child.name);
    else if (isObjectType(named) && depth > 1) parts.push(`${child.name} { ${fieldsOf(named, depth - 1)} }`);
  }
  return parts.join(' ');
}
