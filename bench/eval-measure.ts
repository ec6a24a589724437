// Measures one engine: load time for 1,000 flags, ns per single-flag evaluation, µs per 50-flag snapshot.
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Engine, Loaded } from './eval-engines.js';
import { type BaseContext, expectation, flagKey, makeContexts } from './eval-workload.js';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export const RUNS = 5;
export const CONTEXTS = 1_000_000;
const WARMUP_CONTEXTS = 200_000;
const CHECKED_CONTEXTS = 200_000;
const SNAPSHOT_FLAGS = 50;
const SNAPSHOTS = 10_000;
const CHECKED_SNAPSHOTS = 1_000;
export const COMPILE_FLAGS = 1_000;

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export interface Figures {
  singleNs: number | null;
  snapshotUs: number | null;
  compileMs: number | null;
  checks: string[];
  error?: string;
}

/** Times `runs` passes after a warm-up pass, each after a full GC; returns the median in ms. */
function timed(warmUp: () => number, pass: () => number): number {
  let sink = warmUp();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    gc();
    const started = performance.now();
    sink += pass();
    times.push(performance.now() - started);
  }
  if (sink < 0) throw new Error('unreachable'); // keeps the results alive
  return median(times);
}

function checkSingle<C>(loaded: Loaded<C>, base: BaseContext[], contexts: C[]): string {
  const key = flagKey(0);
  let mustOn = 0;
  let mustOff = 0;
  let wrong = 0;
  let split = 0;
  let splitOn = 0;
  for (let i = 0; i < CHECKED_CONTEXTS; i++) {
    const on = loaded.isOn(key, contexts[i] as C);
    const expected = expectation(0, base[i] as BaseContext);
    if (expected === 'split') {
      split++;
      if (on) splitOn++;
    } else {
      if (expected === 'on') mustOn++;
      else mustOff++;
      if (on !== (expected === 'on')) wrong++;
    }
  }
  const share = splitOn / split;
  const verdict = wrong === 0 && share > 0.45 && share < 0.55 ? 'ok' : 'FAILED';
  return (
    `single ${verdict}: ${wrong} wrong of ${mustOn} must-on and ${mustOff} must-off contexts; ` +
    `${(share * 100).toFixed(1)}% of ${split} rule-matching contexts on`
  );
}

function checkSnapshot<C>(loaded: Loaded<C>, keys: string[], base: BaseContext[], contexts: C[]): string {
  let wrong = 0;
  let mismatched = 0;
  let split = 0;
  let splitOn = 0;
  for (let i = 0; i < CHECKED_SNAPSHOTS; i++) {
    const context = contexts[i] as C;
    let on = 0;
    keys.forEach((key, flag) => {
      const isOn = loaded.isOn(key, context);
      if (isOn) on++;
      const expected = expectation(flag, base[i] as BaseContext);
      if (expected === 'split') {
        split++;
        if (isOn) splitOn++;
      } else if (isOn !== (expected === 'on')) {
        wrong++;
      }
    });
    if (loaded.snapshot(keys, context) !== on) mismatched++;
  }
  const share = splitOn / split;
  const verdict = wrong === 0 && mismatched === 0 && share > 0.45 && share < 0.55 ? 'ok' : 'FAILED';
  return (
    `snapshot ${verdict}: ${wrong} wrong flag results, ${mismatched} snapshots disagreeing with ` +
    `per-flag calls; ${(share * 100).toFixed(1)}% of ${split} rule-matching flag results on`
  );
}

export async function measure<C>(engine: Engine<C>): Promise<Figures> {
  const figures: Figures = { singleNs: null, snapshotUs: null, compileMs: null, checks: [] };
  const base = makeContexts(CONTEXTS, 1, 1);
  const snapshotBase = makeContexts(SNAPSHOTS, SNAPSHOT_FLAGS, 2);

  // (c) Loading 1,000 flags from the engine's own JSON text, JSON.parse included for every engine.
  const text = engine.config(COMPILE_FLAGS);
  const loads: number[] = [];
  for (let r = 0; r < RUNS + 2; r++) {
    gc();
    const started = performance.now();
    const loaded = await engine.load(text);
    const elapsed = performance.now() - started;
    loaded.close();
    if (r >= 2) loads.push(elapsed); // the first two are warm-up
  }
  figures.compileMs = median(loads);

  // (a) One flag over 1,000,000 precomputed contexts (in the engine's own context shape).
  {
    const loaded = await engine.load(engine.config(1));
    const contexts = base.map((b) => loaded.context(b));
    figures.checks.push(checkSingle(loaded, base, contexts));
    const key = flagKey(0);
    const pass = (count: number) => () => {
      let on = 0;
      for (let i = 0; i < count; i++) if (loaded.isOn(key, contexts[i] as C)) on++;
      return on;
    };
    figures.singleNs = (timed(pass(WARMUP_CONTEXTS), pass(CONTEXTS)) * 1e6) / CONTEXTS;
    loaded.close();
  }
  gc();

  // (b) Snapshots of 50 such flags, one context each.
  {
    const loaded = await engine.load(engine.config(SNAPSHOT_FLAGS));
    const keys = Array.from({ length: SNAPSHOT_FLAGS }, (_, i) => flagKey(i));
    const contexts = snapshotBase.map((b) => loaded.context(b));
    figures.checks.push(checkSnapshot(loaded, keys, snapshotBase, contexts));
    const pass = (count: number) => () => {
      let on = 0;
      for (let i = 0; i < count; i++) on += loaded.snapshot(keys, contexts[i] as C);
      return on;
    };
    figures.snapshotUs = (timed(pass(SNAPSHOTS / 5), pass(SNAPSHOTS)) * 1e3) / SNAPSHOTS;
    loaded.close();
  }
  return figures;
}
