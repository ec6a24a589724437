// `npm run schema:print` writes the API contract (schema/schema.graphql) and the client's typings of it
// (client/src/graphql-env.d.ts, read by gql.tada); `npm run schema:check` fails when either is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { outputIntrospectionFile } from '@gql.tada/internal';
import { introspectionFromSchema, printSchema } from 'graphql';
import { buildSchema } from './schema.js';

const schema = buildSchema();
const artifacts = [
  {
    file: fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)),
    text: `${printSchema(schema)}\n`,
  },
  {
    file: fileURLToPath(new URL('../../client/src/graphql-env.d.ts', import.meta.url)),
    text: outputIntrospectionFile(introspectionFromSchema(schema), { fileType: '.d.ts' }),
  },
];

if (process.argv.includes('--write')) {
  for (const { file, text } of artifacts) {
    await writeFile(file, text);
    console.log(`wrote ${file}`);
  }
} else {
  const stale = [];
  for (const { file, text } of artifacts) {
    if ((await readFile(file, 'utf8').catch(() => '')) !== text) stale.push(file);
  }
  if (stale.length > 0) {
    console.error(`stale: ${stale.join(', ')}: run \`npm run schema:print\` and commit the result`);
    process.exit(1);
  }
  console.log('schema/schema.graphql and client/src/graphql-env.d.ts are up to date');
}
