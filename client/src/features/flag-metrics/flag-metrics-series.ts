// Turns the Metrics tab's window into twelve whole-minute slices, and the slices' answers into chart lines:
// the three most exposed variants (the rest summed as "Other") and the gated error rate.
import type { CanvasSeries } from '../monitoring/chart-canvas';
import { type FlagMetricsSlice, SLICES, type SliceResult, type SliceVariables } from './flag-metrics-queries';

const MINUTE = 60_000;
const SHOWN_VARIANTS = 3;

/** The slice boundaries of [from, to) as the query's variables (each slice a whole number of minutes). */
export function sliceVariables(key: string, from: string, to: string): SliceVariables {
  const start = Date.parse(from);
  const step = Math.max(MINUTE, Math.floor((Date.parse(to) - start) / SLICES / MINUTE) * MINUTE);
  const variables: Record<string, string> = { key };
  for (let i = 0; i < SLICES; i++) {
    variables[`f${i}`] = new Date(start + i * step).toISOString();
    variables[`t${i}`] = new Date(start + (i + 1) * step).toISOString();
  }
  return variables as SliceVariables;
}

export function slicesOf(result: SliceResult): FlagMetricsSlice[] {
  return Array.from({ length: SLICES }, (_, i) => result[`s${i}` as keyof SliceResult]);
}

/** A variant's name as the events carry it ('' when the evaluation served none). */
export const variantLabel = (value: string) => value || '(none)';

export function exposureLines(slices: readonly FlagMetricsSlice[]): CanvasSeries[] {
  const totals = new Map<string, number>();
  for (const s of slices)
    for (const v of s.byVariant) totals.set(v.value, (totals.get(v.value) ?? 0) + v.count);
  const ranked = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v]) => v);
  const shown = ranked.slice(0, SHOWN_VARIANTS);
  const count = (s: FlagMetricsSlice, value: string) =>
    s.byVariant.find((v) => v.value === value)?.count ?? 0;
  const lines: CanvasSeries[] = shown.map((value) => ({
    label: variantLabel(value),
    values: slices.map((s) => count(s, value)),
  }));
  if (ranked.length > SHOWN_VARIANTS) {
    lines[SHOWN_VARIANTS - 1] = {
      label: 'Other variants',
      values: slices.map((s) =>
        ranked.slice(SHOWN_VARIANTS - 1).reduce((sum, value) => sum + count(s, value), 0),
      ),
    };
  }
  return lines;
}

export function errorRateLine(slices: readonly FlagMetricsSlice[]): CanvasSeries[] {
  return [{ label: 'Gated error rate', values: slices.map((s) => s.gatedErrorRate) }];
}
