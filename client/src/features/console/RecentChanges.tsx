// The newest audit events in a line each: when, who, what, and a link to what was changed.
import { Link } from 'wouter';
import { formatDateTime } from '../../app/format';
import { actionLabel } from '../history/diff-format';
import type { RecentEvent } from './home-query';

const TARGET_WORDS: Partial<Record<RecentEvent['targetType'], string>> = {
  FLAG: 'flag',
  SEGMENT: 'segment',
  PERSONA: 'persona',
  USER: 'account',
};

function targetHref(event: RecentEvent): string | undefined {
  const key = encodeURIComponent(event.targetKey);
  if (event.targetType === 'FLAG') return `/console/flags/${key}/history`;
  if (event.targetType === 'SEGMENT') return `/console/segments/${key}/history`;
  if (event.targetType === 'PERSONA') return '/console/persona';
  return undefined;
}

export function RecentChanges({ events }: { events: readonly RecentEvent[] }) {
  if (events.length === 0) return <p className="hint">Nothing has been changed yet.</p>;
  return (
    <ol className="home-recent">
      {events.map((event) => {
        const href = targetHref(event);
        const target = `${TARGET_WORDS[event.targetType] ?? event.targetType} ${event.targetKey}`;
        return (
          <li key={event.id} data-audit-id={event.id}>
            <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>{' '}
            <span>
              {event.actorLabel}: {actionLabel(event.action)}{' '}
              {href ? <Link href={href}>{target}</Link> : target}
            </span>
            {event.status !== 'success' && <span className="badge badge-muted">{event.status}</span>}
          </li>
        );
      })}
    </ol>
  );
}
