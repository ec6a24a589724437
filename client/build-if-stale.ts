// Builds the web client into dist/client when the build is missing or older than its sources (npm start, tests).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const CLIENT_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(CLIENT_DIR);
const CONFIG_FILE = path.join(CLIENT_DIR, 'vite.config.ts');
const BUILT_INDEX = path.join(ROOT, 'dist', 'client', 'index.html');
const LOCKFILE = path.join(ROOT, 'package-lock.json');

/** The newest modification time (ms) of any file under `dir`, skipping node_modules. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** Why a build is needed, or undefined when dist/client is current. */
function staleReason(): string | undefined {
  if (!existsSync(BUILT_INDEX)) return 'no build yet';
  const built = statSync(BUILT_INDEX).mtimeMs;
  if (newestMtime(CLIENT_DIR) > built) return 'client/ changed';
  if (existsSync(LOCKFILE) && statSync(LOCKFILE).mtimeMs > built) return 'package-lock.json changed';
  return undefined;
}

export async function buildClientIfStale(): Promise<'built' | 'current'> {
  const reason = staleReason();
  if (!reason) {
    console.log('augur: web client build is current (dist/client)');
    return 'current';
  }
  // Vite makes a development build whenever NODE_ENV is set to anything else (vitest sets "test"),
  // and that build would then be served as current: always build for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG_FILE, mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  console.log(`augur: built the web client into dist/client (${reason})`);
  return 'built';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildClientIfStale();
}
