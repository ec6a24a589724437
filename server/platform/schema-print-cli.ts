// `npm run schema:print` writes schema/schema.graphql; `npm run schema:check` fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { buildSchema } from './schema.js';

const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
const printed = `${printSchema(buildSchema())}\n`;

if (process.argv.includes('--write')) {
  await writeFile(target, printed);
  console.log(`wrote ${target}`);
} else {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== printed) {
    console.error('schema/schema.graphql is stale: run `npm run schema:print` and commit the result');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
}
