// The audit events as a table that fits 1280 px: time, actor, action, target, status, reason, request id;
// each row's details open in place, in a row of their own beneath it.
import { Fragment, useId, useState } from 'react';
import { formatDateTime } from '../../app/format';
import { CopyButton } from '../shell/CopyButton';
import { ACTION_LABELS, TARGET_LABELS } from './audit-actions';
import type { AuditEvent } from './audit-query';

const COLUMNS = ['Time', 'Actor', 'Action', 'Target', 'Status', 'Reason', 'Request ID'] as const;

const detailsOf = (event: AuditEvent): Record<string, unknown> =>
  event.details !== null && typeof event.details === 'object'
    ? (event.details as Record<string, unknown>)
    : {};
const reasonOf = (event: AuditEvent) => {
  const reason = detailsOf(event).reason;
  return typeof reason === 'string' && reason !== '' ? reason : undefined;
};

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const captionId = useId();
  return (
    // On a phone the wrapper scrolls sideways; it is focusable so keyboards can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="audit-table">
        <caption id={captionId}>Audit events</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={`audit-col-${column.toLowerCase().replace(' ', '-')}`}>
                {column}
              </th>
            ))}
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
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const failed = event.status !== 'success';
  const reason = reasonOf(event);
  const details = detailsOf(event);
  return (
    <Fragment>
      <tr data-audit-id={event.id} className={open ? 'audit-row-open' : undefined}>
        <th scope="row" className="audit-time">
          <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
        </th>
        <td className="audit-wrap">
          {/* The raw actor stays at hand (hover, or copy into the filter) behind the readable label. */}
          <code title={event.actor}>{event.actorLabel}</code>
        </td>
        <td>
          <span data-action={event.action}>{ACTION_LABELS[event.action]}</span>
        </td>
        <td className="audit-wrap">
          <span className="muted">{TARGET_LABELS[event.targetType]}</span> <code>{event.targetKey}</code>
        </td>
        <td>
          <span className={failed ? 'badge badge-off' : 'badge badge-ready'}>
            {failed ? 'Failed' : 'Success'}
          </span>
        </td>
        <td className="audit-reason">{reason ?? <span className="muted">None given</span>}</td>
        <td className="audit-request">
          <code className="request-id" title={event.requestId}>
            {event.requestId.slice(0, 8)}
          </code>
          <CopyButton value={event.requestId} label={`Copy the request ID ${event.requestId}`} />
          <button
            type="button"
            className="button-link"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((now) => !now)}
          >
            {open ? 'Hide' : 'Details'}
            <span className="visually-hidden">
              {' '}
              of {ACTION_LABELS[event.action]} on {event.targetKey}
            </span>
          </button>
        </td>
      </tr>
      {open && (
        <tr className="audit-detail-row" id={detailsId}>
          <td colSpan={COLUMNS.length}>
            <dl className="audit-detail-list">
              <div>
                <dt>Request ID</dt>
                <dd>
                  <code>{event.requestId}</code>
                </dd>
              </div>
              <div>
                <dt>Actor</dt>
                <dd>
                  <code>{event.actor}</code>
                </dd>
              </div>
              {typeof details.summary === 'string' && (
                <div>
                  <dt>Change</dt>
                  <dd>{details.summary}</dd>
                </div>
              )}
            </dl>
            {/* Focusable so keyboard users can scroll a long value (it scrolls inside its box). */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
            <pre className="audit-detail-json" tabIndex={0}>
              {JSON.stringify(event.details, null, 2)}
            </pre>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
