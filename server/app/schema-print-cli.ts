// `npm run schema:print` writes the API contract and the client's typings of it; `npm run schema:check`
// fails when either is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { schemaArtifacts } from './schema-artifacts.js';

const artifacts = schemaArtifacts();
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
