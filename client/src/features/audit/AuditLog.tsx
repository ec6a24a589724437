// The audit trail for ops and support: filters applied on submit and kept in the URL, the events, "Load more".
import { type FormEvent, useId, useState } from 'react';
import { useSearchParams } from 'wouter';
import { usePagedQuery } from '../../app/use-paged-query';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { AuditTable } from './AuditTable';
import {
  ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditTargetType,
  TARGET_LABELS,
} from './audit-actions';
import {
  type AuditFilters,
  blankForm,
  type FilterForm,
  formFromUrl,
  toFilters,
  urlFromForm,
} from './audit-filters';
import { AuditEventsQuery } from './audit-query';
import './audit.css';

export interface AuditLogProps {
  /** True when the log is the whole page: its heading is then the page's h1. */
  pageHeading?: boolean;
  /** Presets the target-key filter, so a flag page can show its own trail. */
  initialTargetKey?: string;
  /** Presets the target-type filter alongside it (a segment and a flag may share a key). */
  initialTargetType?: AuditTargetType;
}

export function AuditLog({ initialTargetKey, initialTargetType, pageHeading = false }: AuditLogProps) {
  const preset: Partial<FilterForm> = {
    targetKey: initialTargetKey ?? '',
    targetType: initialTargetType ?? '',
  };
  const [params, setParams] = useSearchParams();
  const fromUrl = formFromUrl(params, preset);
  const [form, setForm] = useState<FilterForm>(fromUrl);
  // Applying the same filters again starts from the first page again: the generation says it is new.
  const [generation, setGeneration] = useState(0);
  const [dateError, setDateError] = useState<string | null>(null);
  // The URL (back, forward, a shared link) or another flag's preset replaces what the form shows
  // (set during render, as React advises for state that follows a prop).
  const shown = `${params.toString()}|${preset.targetType}:${preset.targetKey}`;
  const [shownFor, setShownFor] = useState(shown);
  if (shownFor !== shown) {
    setShownFor(shown);
    setForm(fromUrl);
    setDateError(null);
  }
  const applied = toFilters(fromUrl);
  const ids = {
    title: useId(),
    actor: useId(),
    actorHint: useId(),
    action: useId(),
    targetType: useId(),
    targetKey: useId(),
    since: useId(),
    until: useId(),
    untilError: useId(),
    dateHint: useId(),
  };

  const set = (field: keyof FilterForm) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));

  const apply = (next: FilterForm) => {
    if (next.since && next.until && next.until < next.since) {
      setDateError('Until must be on or after Since.');
      return;
    }
    setDateError(null);
    setParams(urlFromForm(next, preset));
    setGeneration((n) => n + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(form);
  };

  const clear = () => {
    setForm(blankForm);
    apply(blankForm);
  };

  return (
    <section className={pageHeading ? 'card audit audit-page' : 'card audit'} aria-labelledby={ids.title}>
      {pageHeading ? <h1 id={ids.title}>Audit log</h1> : <h2 id={ids.title}>Audit log</h2>}
      <form className="audit-filters" onSubmit={submit} aria-label="Audit filters">
        <div className="audit-filter-grid">
          <div className="field">
            <label htmlFor={ids.actor}>Actor</label>
            <input
              id={ids.actor}
              type="text"
              value={form.actor}
              onChange={set('actor')}
              placeholder="ana@example.com"
              aria-describedby={ids.actorHint}
            />
            <p id={ids.actorHint} className="hint">
              An email of your tenant, or <code>user:…</code>, <code>apiKey:…</code> or <code>system</code>.
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.action}>Action</label>
            <select id={ids.action} value={form.action} onChange={set('action')}>
              <option value="">Any action</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {ACTION_LABELS[action]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.targetType}>Target type</label>
            <select id={ids.targetType} value={form.targetType} onChange={set('targetType')}>
              <option value="">Any type</option>
              {AUDIT_TARGET_TYPES.map((type) => (
                <option key={type} value={type}>
                  {TARGET_LABELS[type]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.targetKey}>Target key</label>
            <input id={ids.targetKey} type="text" value={form.targetKey} onChange={set('targetKey')} />
          </div>
          <div className="field">
            <label htmlFor={ids.since}>Since</label>
            <input
              id={ids.since}
              type="date"
              value={form.since}
              onChange={set('since')}
              aria-describedby={ids.dateHint}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.until}>Until</label>
            <input
              id={ids.until}
              type="date"
              value={form.until}
              onChange={set('until')}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? `${ids.untilError} ${ids.dateHint}` : ids.dateHint}
            />
            {dateError && (
              <p id={ids.untilError} className="field-error">
                {dateError}
              </p>
            )}
          </div>
        </div>
        <p id={ids.dateHint} className="hint">
          Dates are in your local time; both days are included.
        </p>
        <div className="audit-actions">
          <button type="submit" className="button button-primary">
            Apply filters
          </button>
          <button type="button" className="button button-secondary" onClick={clear}>
            Clear
          </button>
        </div>
      </form>
      {/* A new generation starts from the first page again, even when the filters did not change. */}
      <AuditResults key={`${shown}#${generation}`} filters={applied} />
    </section>
  );
}

/** The pages loaded so far for one set of filters, shown as one table. */
function AuditResults({ filters }: { filters: AuditFilters }) {
  const audit = usePagedQuery({
    query: AuditEventsQuery,
    variables: filters,
    connection: (data) => data.auditEvents,
    itemKey: (event) => event.id,
    // Opening the log shows what happened since it was last read.
    requestPolicy: 'network-only',
  });
  const { items: events, error } = audit;
  const loadingMore = audit.fetching === 'more';

  return (
    <div className="audit-results">
      {!audit.loaded && !error && <StatusMessage>Loading audit events…</StatusMessage>}
      {audit.loaded && events.length === 0 && <p className="muted">No audit events match these filters.</p>}
      {events.length > 0 && <AuditTable events={events} />}
      {error && <ErrorNotice title="Could not load the audit events" error={error} onRetry={audit.retry} />}
      {events.length > 0 && (
        <p className="hint" role="status">
          Showing {events.length} event{events.length === 1 ? '' : 's'}
          {audit.hasMore || loadingMore ? '' : ', all that match'}.
        </p>
      )}
      {(audit.hasMore || loadingMore) && (
        // aria-disabled rather than disabled, so the focus stays on the button while the next page loads.
        <button
          type="button"
          className="button button-secondary"
          onClick={audit.loadMore}
          aria-disabled={loadingMore || undefined}
        >
          {loadingMore ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
