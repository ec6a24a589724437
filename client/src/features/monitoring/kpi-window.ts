// The windows the monitoring pages offer, how the URL names them, and the window before one of them.
import type { graphql } from '../../app/graphql';

export type KpiWindow = ReturnType<typeof graphql.scalar<'KpiWindow'>>;

export const WINDOWS: readonly { value: KpiWindow; label: string; previous: string }[] = [
  { value: 'H1', label: 'Last hour', previous: 'the previous hour' },
  { value: 'H24', label: 'Last 24 hours', previous: 'the previous 24 hours' },
  { value: 'D7', label: 'Last 7 days', previous: 'the previous 7 days' },
];

/** The window a URL parameter names, the last hour for anything else. */
export function windowFromParam(value: string | null): KpiWindow {
  return WINDOWS.find((w) => w.value === value)?.value ?? 'H1';
}

export function previousLabel(window: KpiWindow): string {
  return WINDOWS.find((w) => w.value === window)?.previous ?? 'the previous window';
}

/** The window of the same length that ends where [from, to) starts (the server's instants, not ours). */
export function previousWindow(from: string, to: string): { from: string; to: string } {
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  return { from: new Date(start - span).toISOString(), to: new Date(start).toISOString() };
}
