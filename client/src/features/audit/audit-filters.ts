// The audit filters as the form holds them, as the URL carries them, and as the query sends them.
import type { VariablesOf } from '../../app/graphql';
import { isAuditAction, isAuditTargetType } from './audit-actions';
import type { AuditEventsQuery } from './audit-query';

export type AuditFilters = Omit<VariablesOf<typeof AuditEventsQuery>, 'first' | 'after'>;

/** What the form holds: text as typed, dates as yyyy-mm-dd. The URL's query string uses the same names. */
export interface FilterForm {
  actor: string;
  action: string;
  targetType: string;
  targetKey: string;
  since: string;
  until: string;
}

export const FILTER_FIELDS = ['actor', 'action', 'targetType', 'targetKey', 'since', 'until'] as const;

export const blankForm: FilterForm = {
  actor: '',
  action: '',
  targetType: '',
  targetKey: '',
  since: '',
  until: '',
};

/** The form a URL describes; a field the URL leaves out takes the page's preset (a flag's own trail). */
export function formFromUrl(params: URLSearchParams, preset: Partial<FilterForm>): FilterForm {
  const form = { ...blankForm };
  for (const field of FILTER_FIELDS) form[field] = params.get(field) ?? preset[field] ?? '';
  return form;
}

/** The query string for a form: only what differs from the preset, an emptied preset kept as `key=`. */
export function urlFromForm(form: FilterForm, preset: Partial<FilterForm>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of FILTER_FIELDS) {
    const value = form[field].trim();
    if (value !== (preset[field] ?? '')) params[field] = value;
  }
  return params;
}

const orUndefined = (value: string) => value.trim() || undefined;

/** A value of one of the schema's closed lists, or undefined for anything else. */
function closed<V extends string>(value: string, is: (v: string) => v is V): V | undefined {
  const trimmed = value.trim();
  return is(trimmed) ? trimmed : undefined;
}

/** Local midnight of a yyyy-mm-dd date, as an ISO instant; `days` moves it (until is exclusive on the server). */
function dayStart(date: string, days = 0): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return new Date(year, month - 1, day + days).toISOString();
}

export function toFilters(form: FilterForm): AuditFilters {
  return {
    actor: orUndefined(form.actor),
    // A value the schema does not have (an old link) filters nothing rather than failing the query.
    action: closed(form.action, isAuditAction),
    targetType: closed(form.targetType, isAuditTargetType),
    targetKey: orUndefined(form.targetKey),
    since: dayStart(form.since),
    // The server's `until` excludes its instant: the day after makes the chosen day inclusive.
    until: dayStart(form.until, 1),
  };
}
