// Postinstall step: prepares the PGlite template so the first `npm start` skips initdb. Never fails the install.
import { existsSync } from 'node:fs';
import { templatePath, writeTemplate } from './pglite-template.js';

try {
  if (existsSync(templatePath())) console.log('augur: embedded database template is ready');
  else console.log(`augur: prepared the embedded database template (${await writeTemplate()})`);
} catch (error) {
  console.log(
    `augur: skipped the embedded database template (${(error as Error).message}); first start runs initdb`,
  );
}
