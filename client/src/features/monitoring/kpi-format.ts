// How the monitoring pages write figures: counts, rates as percentages, latencies, and changes between windows.

const counts = new Intl.NumberFormat('en');
/** U+2212: read as "minus", and as wide as the plus sign. */
const MINUS = '\u2212';

export const NO_DATA = 'No data yet';

export function formatCount(n: number): string {
  return counts.format(n);
}

/** A share in [0, 1] as a percentage: two decimals near 0 % and 100 %, where one would hide the difference. */
export function formatRate(share: number): string {
  const percent = share * 100;
  const fine = percent !== 0 && percent !== 100 && (percent < 1 || percent > 99);
  return `${percent.toFixed(fine ? 2 : 1)}%`;
}

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export type FigureKind = 'count' | 'rate' | 'ms';

export function formatFigure(kind: FigureKind, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA;
  if (kind === 'count') return formatCount(value);
  return kind === 'rate' ? formatRate(value) : formatMs(value);
}

const signed = (negative: boolean, text: string) => `${negative ? MINUS : '+'}${text}`;

/**
 * The change from `previous` to `current` in words, or null when it rounds to nothing: rates in percentage
 * points, counts and latencies as a difference and, when the previous figure is not 0, as a percentage.
 */
export function formatChange(kind: FigureKind, current: number, previous: number): string | null {
  const diff = current - previous;
  const negative = diff < 0;
  if (kind === 'rate') {
    const points = Math.abs(diff) * 100;
    // Decided on the rounded figure: 0.03 − 0.02 is 0.00999…, which is 1.0 pp, not 1.00.
    const text = points.toFixed(Number(points.toFixed(2)) < 1 ? 2 : 1);
    return Number(text) === 0 ? null : `${signed(negative, text)} pp`;
  }
  const magnitude = kind === 'count' ? formatCount(Math.abs(diff)) : formatMs(Math.abs(diff));
  if (diff === 0 || (kind === 'ms' && /^0\.0 ms$/.test(magnitude))) return null;
  if (previous === 0) return signed(negative, magnitude);
  const relative = Math.round((Math.abs(diff) / Math.abs(previous)) * 100);
  return `${signed(negative, magnitude)} (${signed(negative, `${relative}%`)})`;
}
