// Whether telemetry suggests the flag is no longer needed: the "possibly stale" marker with its evidence.
import { formatDateTime } from '../../app/format';
import type { ResultOf } from '../../app/graphql';
import { formatCount } from '../monitoring/kpi-format';
import type { FlagStalenessQuery } from './flag-metrics-queries';
import { variantLabel } from './flag-metrics-series';

type Staleness = NonNullable<ResultOf<typeof FlagStalenessQuery>['flag']>['staleness'];

const REASON = {
  NO_EXPOSURE: 'No exposure for 30 days',
  SINGLE_VARIANT: 'One value served to every exposure for 14 days',
} as const;

export function StaleMarker({ staleness }: { staleness: Staleness }) {
  return (
    <section
      className="card"
      aria-labelledby="flag-staleness"
      data-stale={staleness.possiblyStale ? 'possibly' : 'no'}
    >
      <div className="section-head">
        <h2 id="flag-staleness">Staleness</h2>
        {staleness.possiblyStale ? (
          <span className="badge badge-off">Possibly stale</span>
        ) : (
          <span className="badge badge-muted">In use</span>
        )}
      </div>
      {staleness.reason && <p>{REASON[staleness.reason]}.</p>}
      <p>{staleness.evidence}</p>
      <dl className="summary">
        <dt>Last exposure</dt>
        <dd>
          {staleness.lastExposureAt ? (
            <time dateTime={staleness.lastExposureAt}>{formatDateTime(staleness.lastExposureAt)}</time>
          ) : (
            'Never exposed'
          )}
        </dd>
        <dt>Exposures, last 14 days</dt>
        <dd>{formatCount(staleness.exposuresLast14Days)}</dd>
        {staleness.servedValue !== null && (
          <>
            <dt>Only value served</dt>
            <dd>{variantLabel(staleness.servedValue)}</dd>
          </>
        )}
        <dt>Monitored since</dt>
        <dd>
          {staleness.monitoredSince ? (
            <time dateTime={staleness.monitoredSince}>{formatDateTime(staleness.monitoredSince)}</time>
          ) : (
            'Metrics have not run yet'
          )}
        </dd>
      </dl>
    </section>
  );
}
