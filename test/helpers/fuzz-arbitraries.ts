// fast-check arbitraries for hostile requests: schema-shaped GraphQL operations with hostile values, and garbage.
import fc from 'fast-check';
import {
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Strings that have broken servers: NUL, lone surrogates, huge, numeric-looking, injection-looking. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.uuid() },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\uD800',
      '\uDFFF\uD800',
      '😀'.repeat(300),
      'x'.repeat(5000),
      'not-a-uuid',
      '00000000-0000-4000-8000-000000000000',
      '-1',
      '1e309',
      'NaN',
      'null',
      '__proto__',
      'constructor',
      "' OR 1=1 --",
      '%00',
      '\\u0000',
      'ak_000000000000_AAAA',
      'tarot_enabled',
      '2026-01-01T00:00:00Z',
      '<script>alert(1)</script>',
    ),
  },
);

const hostileUnit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uD800', '"', '\\') },
);

/** Arrays nested deeper than any sane input. */
const deeplyNested = fc.integer({ min: 20, max: 2000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
});

/** Any JSON value, sometimes with hostile strings or absurd nesting. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3, stringUnit: hostileUnit }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 53), 1e308, -0, 0.5, true, null) },
  { weight: 1, arbitrary: deeplyNested },
);

const scalarValue = (name: string): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -2, max: 300 }),
        fc.integer(),
        fc.constantFrom(2 ** 31, 2 ** 53, 0.5),
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString()),
        fc.constantFrom('2026-01-01', '2026-13-45T99:99:99Z', '0000-00-00', '+275760-09-13T00:00:00Z'),
        hostileString,
      );
    case 'JSON':
      return hostileJson;
    default:
      return hostileString;
  }
};

/** A value for a GraphQL input type: mostly well-typed with hostile leaves, sometimes any JSON at all. */
export function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const typed = typedValue(type, depth);
  return fc.oneof({ weight: 9, arbitrary: typed }, { weight: 1, arbitrary: hostileJson });
}

function typedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType, depth);
  if (depth > 5) return fc.constant(null);
  if (isListType(type)) return fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 });
  if (isEnumType(type)) {
    return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), hostileString);
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(model, { requiredKeys });
  }
  return scalarValue(getNamedType(type).name);
}

/** A selection set for a field's type: `__typename` and some of its argument-free leaf fields. */
function selectionFor(type: GraphQLOutputType): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant('');
  if (!isObjectType(named)) return fc.constant(' { __typename }');
  const leaves = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)) && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
  const nested = Object.values(named.getFields())
    .filter((f) => f.args.length === 0 && !isLeafType(getNamedType(f.type)))
    .map((f) => `${f.name} { __typename }`);
  return fc
    .tuple(fc.subarray(leaves), fc.subarray(nested, { maxLength: Math.min(2, nested.length) }))
    .map(([l, n]) => ` { __typename ${[...l, ...n].join(' ')} }`);
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** A query or mutation on one root field, every argument passed as a variable with a hostile value. */
export function operationFor(schema: GraphQLSchema): fc.Arbitrary<Operation> {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  const calls = roots.flatMap(([kind, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field })),
  );
  return fc.constantFrom(...calls).chain(({ kind, field }) => {
    const args = field.args.map((arg, i) =>
      fc
        .option(valueFor(arg.type), { freq: isNonNullType(arg.type) ? 20 : 3 })
        .map((value) => ({ name: arg.name, variable: `v${i}`, type: String(arg.type), value })),
    );
    return fc.tuple(fc.tuple(...args), selectionFor(field.type)).map(([values, selection]) => {
      const declared = values.map((v) => `$${v.variable}: ${v.type}`).join(', ');
      const passed = values.map((v) => `${v.name}: $${v.variable}`).join(', ');
      const variables = Object.fromEntries(
        values.filter((v) => v.value !== null).map((v) => [v.variable, v.value]),
      );
      return {
        query: `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
        variables,
      };
    });
  });
}

/** Documents that are not valid GraphQL: random text, and valid operations with characters spliced in. */
export function brokenDocument(schema: GraphQLSchema): fc.Arbitrary<string> {
  const spliced = fc
    .tuple(operationFor(schema), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }))
    .map(([op, at, text]) => {
      const i = at % (op.query.length + 1);
      return op.query.slice(0, i) + text + op.query.slice(i + 1);
    });
  return fc.oneof(
    fc.string({ maxLength: 100 }),
    spliced,
    fc.constantFrom(
      '{',
      '{ __typename',
      `{ ${'a { '.repeat(300)}`,
      '#'.repeat(1000),
      'subscription { }',
      '{ me { id } } { me { id } }',
    ),
  );
}

/** A printable header value (fetch refuses control characters and non-Latin-1 text in headers). */
export const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});
