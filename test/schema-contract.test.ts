// schema/schema.graphql is the committed contract: it must match what the server prints.
import { readFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { buildSchema } from '../server/platform/schema.js';

it('schema/schema.graphql is up to date (npm run schema:print)', async () => {
  const committed = await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
  expect(committed).toBe(`${printSchema(buildSchema())}\n`);
});
