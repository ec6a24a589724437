// The audit trail for ops and support: filters applied on submit, a table of events, and "Load more" by cursor.
import { type FormEvent, useId, useState } from 'react';
import { formatDateTime } from '../../app/format';
import { graphql, type ResultOf, type VariablesOf } from '../../app/graphql';
import { usePagedQuery } from '../../app/use-paged-query';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditTargetType } from './audit-actions';
import './audit.css';

export const AuditEventsQuery = graphql(`
  query AuditEvents(
    $actor: String
    $action: String
    $targetType: String
    $targetKey: String
    $since: DateTime
    $until: DateTime
    $first: Int
    $after: String
  ) {
    auditEvents(
      actor: $actor
      action: $action
      targetType: $targetType
      targetKey: $targetKey
      since: $since
      until: $until
      first: $first
      after: $after
    ) {
      items {
        id
        action
        actor
        actorLabel
        status
        targetType
        targetKey
        requestId
        createdAt
        details
      }
      nextCursor
    }
  }
`);

type AuditEvent = ResultOf<typeof AuditEventsQuery>['auditEvents']['items'][number];
type AuditFilters = Omit<VariablesOf<typeof AuditEventsQuery>, 'first' | 'after'>;

/** What the form holds: text as typed, dates as yyyy-mm-dd. */
interface FilterForm {
  actor: string;
  action: string;
  targetType: string;
  targetKey: string;
  since: string;
  until: string;
}

const blankForm: FilterForm = { actor: '', action: '', targetType: '', targetKey: '', since: '', until: '' };

const orUndefined = (value: string) => value.trim() || undefined;

/** Local midnight of a yyyy-mm-dd date, as an ISO instant; `days` moves it (until is exclusive on the server). */
function dayStart(date: string, days = 0): string | undefined {
  if (!date) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  return new Date(year, month - 1, day + days).toISOString();
}

function toFilters(form: FilterForm): AuditFilters {
  return {
    actor: orUndefined(form.actor),
    action: orUndefined(form.action),
    targetType: orUndefined(form.targetType),
    targetKey: orUndefined(form.targetKey),
    since: dayStart(form.since),
    // The server's `until` excludes its instant: the day after makes the chosen day inclusive.
    until: dayStart(form.until, 1),
  };
}

export interface AuditLogProps {
  /** True when the log is the whole page: its heading is then the page's h1. */
  pageHeading?: boolean;
  /** Presets the target-key filter, so a flag page can show its own trail. */
  initialTargetKey?: string;
  /** Presets the target-type filter alongside it (a segment and a flag may share a key). */
  initialTargetType?: AuditTargetType;
}

export function AuditLog({ initialTargetKey, initialTargetType, pageHeading = false }: AuditLogProps) {
  const initialForm: FilterForm = {
    ...blankForm,
    targetKey: initialTargetKey ?? '',
    targetType: initialTargetType ?? '',
  };
  const [form, setForm] = useState<FilterForm>(initialForm);
  const [applied, setApplied] = useState(() => ({ filters: toFilters(initialForm), generation: 0 }));
  const [dateError, setDateError] = useState<string | null>(null);
  // Another flag's page reuses this component: its preset replaces the filters (set during render, as
  // React advises for state that follows a prop).
  const preset = `${initialTargetType ?? ''}:${initialTargetKey ?? ''}`;
  const [presetShown, setPresetShown] = useState(preset);
  if (presetShown !== preset) {
    setPresetShown(preset);
    setForm(initialForm);
    setDateError(null);
    setApplied((current) => ({ filters: toFilters(initialForm), generation: current.generation + 1 }));
  }
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
    setApplied((current) => ({ filters: toFilters(next), generation: current.generation + 1 }));
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
    <section className="card audit" aria-labelledby={ids.title}>
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
                  {action}
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
                  {type}
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
      <AuditResults key={applied.generation} filters={applied.filters} />
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

function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const captionId = useId();
  return (
    // The wrapper scrolls sideways on narrow screens; it is focusable so keyboards can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="audit-table">
        <caption id={captionId}>Audit events</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Status</th>
            <th scope="col">Request ID</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <AuditRow key={event.id} event={event} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function AuditRow({ event }: { event: AuditEvent }) {
  const failed = event.status !== 'success';
  const hasDetails =
    event.details !== null &&
    event.details !== undefined &&
    !(typeof event.details === 'object' && Object.keys(event.details).length === 0);
  return (
    <tr data-audit-id={event.id}>
      <th scope="row" className="audit-time">
        <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
      </th>
      <td>
        {/* The raw actor stays at hand (hover, or copy into the filter) behind the readable label. */}
        <code title={event.actor}>{event.actorLabel}</code>
      </td>
      <td>
        <code>{event.action}</code>
      </td>
      <td>
        <span className="muted">{event.targetType}</span> <code>{event.targetKey}</code>
      </td>
      <td>
        <span className={failed ? 'badge badge-off' : 'badge'}>{failed ? 'Failed' : 'Success'}</span>
      </td>
      <td>
        <code className="request-id">{event.requestId}</code>
      </td>
      <td>
        {hasDetails ? (
          <details className="audit-details">
            <summary>
              Show
              <span className="visually-hidden">
                {' '}
                details of {event.action} on {event.targetKey}
              </span>
            </summary>
            <pre>{JSON.stringify(event.details, null, 2)}</pre>
          </details>
        ) : (
          <span className="muted">None</span>
        )}
      </td>
    </tr>
  );
}
