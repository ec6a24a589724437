// A freshly initialised, empty PGlite cluster kept as a tarball, so a new data dir skips initdb (see bench:startup).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function pgliteVersion(): string {
  const manifest = path.join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Keyed by PGlite's version: a cluster made by another version must not be loaded. */
export function templatePath(): string {
  return path.join(ROOT, 'node_modules', '.cache', 'augur', `pglite-initdb-${pgliteVersion()}.tar`);
}

/** The template's bytes, or undefined when it has not been made (startup then runs initdb itself). */
export async function readTemplate(): Promise<Blob | undefined> {
  const file = templatePath();
  if (!existsSync(file)) return undefined;
  return new Blob([await readFile(file)]);
}

/** Runs initdb once in memory and stores the result; done at `npm install` time. */
export async function writeTemplate(): Promise<string> {
  const file = templatePath();
  const pglite = new PGlite();
  await pglite.waitReady;
  const dump = await pglite.dumpDataDir('none');
  await pglite.close();
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, file);
  return file;
}
