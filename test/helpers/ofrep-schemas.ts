// JSON schemas written from the definitions of OFREP's OpenAPI document (open-feature/protocol,
// service/openapi.yaml, ADR-0008 for eventStreams and the SSE event), and an ajv check against them.
import { Ajv, type SchemaObject } from 'ajv';
import { expect } from 'vitest';

const key = { type: 'string' };
const errorDetails = { type: 'string' };
const metadata = {
  type: 'object',
  additionalProperties: { anyOf: [{ type: 'boolean' }, { type: 'string' }, { type: 'number' }] },
};
const typed = (type: string) => ({ type: 'object', required: ['value'], properties: { value: { type } } });

/**
 * The document's value alternatives are a oneOf over boolean, string, integer, float and object; a whole
 * number is both an integer and a number there, so oneOf would reject every one. anyOf says what is meant.
 */
const evaluationSuccess = {
  allOf: [
    {
      type: 'object',
      properties: { key, reason: { type: 'string' }, variant: { type: 'string' }, metadata },
    },
    {
      anyOf: [typed('boolean'), typed('string'), typed('integer'), typed('number'), typed('object')],
    },
  ],
};

const evaluationFailure = {
  type: 'object',
  required: ['key', 'errorCode'],
  properties: {
    key,
    errorCode: { enum: ['PARSE_ERROR', 'TARGETING_KEY_MISSING', 'INVALID_CONTEXT', 'GENERAL'] },
    errorDetails,
  },
};

const eventStream = {
  type: 'object',
  required: ['type'],
  anyOf: [
    { type: 'object', required: ['url'] },
    { type: 'object', required: ['endpoint'] },
  ],
  properties: {
    type: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    endpoint: {
      type: 'object',
      required: ['requestUri'],
      properties: { origin: { type: 'string' }, requestUri: { type: 'string' } },
    },
    inactivityDelaySec: { type: 'integer', minimum: 0 },
  },
};

export const OFREP_SCHEMAS = {
  serverEvaluationSuccess: {
    allOf: [evaluationSuccess, { type: 'object', properties: { cacheable: { type: 'boolean' } } }],
  },
  evaluationFailure,
  flagNotFound: {
    type: 'object',
    required: ['key', 'errorCode'],
    properties: { key, errorCode: { enum: ['FLAG_NOT_FOUND'] }, errorDetails },
  },
  bulkEvaluationSuccess: {
    type: 'object',
    required: ['flags'],
    properties: {
      flags: { type: 'array', items: { oneOf: [evaluationSuccess, evaluationFailure] } },
      eventStreams: { type: 'array', items: eventStream },
      metadata,
    },
  },
  bulkEvaluationFailure: {
    type: 'object',
    required: ['errorCode'],
    properties: { errorCode: { type: 'string' }, errorDetails },
  },
  generalErrorResponse: { type: 'object', properties: { errorDetails } },
  sseEvent: {
    type: 'object',
    required: ['type'],
    properties: {
      type: { type: 'string' },
      etag: { type: 'string' },
      lastModified: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string' }] },
    },
  },
} satisfies Record<string, SchemaObject>;

export type OfrepSchemaName = keyof typeof OFREP_SCHEMAS;

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
ajv.addFormat('uri', (text: string) => URL.canParse(text));
const validators = Object.fromEntries(
  Object.entries(OFREP_SCHEMAS).map(([name, schema]) => [name, ajv.compile(schema)]),
) as Record<OfrepSchemaName, ReturnType<typeof ajv.compile>>;

/** Fails the test, listing ajv's errors, unless `body` validates against the named OFREP schema. */
export function expectOfrep(name: OfrepSchemaName, body: unknown): void {
  const validate = validators[name];
  const valid = validate(body);
  expect(valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n')).toEqual([]);
}
