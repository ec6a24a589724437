// Every GraphQL document the web client sends is valid against schema/schema.graphql: a drift fails here.
// (The client's closed lists, such as the audit actions, are the schema's enums read through gql.tada.)
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type DefinitionNode,
  Kind,
  NoUnusedFragmentsRule,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { expect, it } from 'vitest';

const clientRoot = fileURLToPath(new URL('../client/src/', import.meta.url));
const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The documents written as graphql(`...`) in the client, with the file each comes from. */
async function clientDocuments() {
  const documents: { file: string; definitions: readonly DefinitionNode[] }[] = [];
  for (const file of await sourceFiles(clientRoot)) {
    const text = await readFile(file, 'utf8');
    for (const match of text.matchAll(/\bgraphql\(\s*`([^`]*)`/g)) {
      documents.push({ file: file.slice(clientRoot.length), definitions: parse(match[1] ?? '').definitions });
    }
  }
  return documents;
}

it('every client document validates against the committed schema', async () => {
  const schema = buildSchema(
    await readFile(fileURLToPath(new URL('../schema/schema.graphql', import.meta.url)), 'utf8'),
  );
  const documents = await clientDocuments();
  expect(documents.length).toBeGreaterThan(10);
  const fragments = documents.flatMap((d) =>
    d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION),
  );
  const problems: string[] = [];
  for (const { file, definitions } of documents) {
    const own = new Set(definitions);
    const document = {
      kind: Kind.DOCUMENT,
      definitions: [...definitions, ...fragments.filter((f) => !own.has(f))],
    } as const;
    for (const error of validate(schema, document, rules)) problems.push(`${file}: ${error.message}`);
  }
  expect(problems).toEqual([]);
});

it('reads the documents from the client sources, fragments included', async () => {
  const names = (await clientDocuments()).flatMap((d) =>
    d.definitions.flatMap((x) => ('name' in x && x.name ? [x.name.value] : [])),
  );
  expect(names).toEqual(expect.arrayContaining(['Viewer', 'Shell_user', 'SetFlagEnabled', 'ExecuteModule']));
});
