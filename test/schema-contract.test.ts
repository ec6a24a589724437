// schema/schema.graphql and the client's typings of it are committed: both must match what the server prints.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { expect, it } from 'vitest';
import { schemaArtifacts } from '../server/app/schema-artifacts.js';

it.each(schemaArtifacts().map((a) => [relative(process.cwd(), a.file), a] as const))(
  '%s is up to date (npm run schema:print)',
  async (_name, { file, text }) => {
    expect(await readFile(file, 'utf8')).toBe(text);
  },
);
