// `npm run bench:startup`: start to a 200 from /ready on a fresh embedded data dir (with and without the
// install-time initdb template) and on an existing one; medians of 5.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { templatePath } from '../server/platform/pglite-template.js';
import { describeError, withDeadline } from './deadline.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = 5;

async function startToReady(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', AUGUR_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d) => {
    stdout += String(d);
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stdout}`);
      const url = /"url":"(http:\/\/[^"]+)"/.exec(stdout)?.[1];
      if (url) {
        const response = await fetch(`${url}/ready`).catch(() => undefined);
        if (response?.status === 200) return performance.now() - started;
      }
      if (performance.now() - started > 60_000) throw new Error('no /ready within 60 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    const exited = new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)));
    child.kill('SIGTERM');
    await withDeadline(exited, 15_000, 'server exit after SIGTERM').catch((error: unknown) => {
      errors.push(describeError(error));
      child.kill('SIGKILL');
    });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** What went wrong in a run (no /ready in time, a server that did not exit): reported, not thrown. */
const errors: string[] = [];
const attempt = async (runs: number[], dataDir: string) => {
  try {
    runs.push(await startToReady(dataDir));
  } catch (error) {
    errors.push(describeError(error));
  }
};

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = await mkdtemp(path.join(tmpdir(), 'augur-bench-'));
  try {
    await attempt(cold, dir);
    await attempt(warm, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`run ${i + 1}: cold ${cold.at(-1)?.toFixed(0)} ms, warm ${warm.at(-1)?.toFixed(0)} ms`);
}
// The same cold start without the template, as on a machine where `npm install` could not prepare it.
const noTemplate: number[] = [];
const template = templatePath();
const aside = `${template}.aside`;
const hadTemplate = existsSync(template);
if (hadTemplate) await rename(template, aside);
try {
  for (let i = 0; i < RUNS; i++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'augur-bench-'));
    try {
      await attempt(noTemplate, dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  if (hadTemplate) await rename(aside, template);
}
console.log(`without template: ${noTemplate.map((ms) => ms.toFixed(0)).join(', ')} ms`);

const round = (ms: number) => Math.round(ms);
console.log(
  JSON.stringify({
    coldStartToReadyMs: round(median(cold)),
    warmStartToReadyMs: round(median(warm)),
    coldWithoutTemplateMs: round(median(noTemplate)),
    templatePresent: hadTemplate,
    coldRunsMs: cold.map(round),
    warmRunsMs: warm.map(round),
    runs: RUNS,
    goalColdMs: 3000,
    meetsGoal: median(cold) < 3000,
    errors,
  }),
);
