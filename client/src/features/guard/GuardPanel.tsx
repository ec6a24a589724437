// The guard section of the flag page: breaker state, the live error rate against the threshold, samples, the
// last trip with its figures, and (ops) re-enable with a reason. Nothing is shown for a flag without a guard.
import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../app/format';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';

export const FlagGuardQuery = graphql(`
  query FlagGuard($key: String!) {
    guard(flagKey: $key) {
      flagKey
      status
      since
      metric
      threshold
      windowSeconds
      minSamples
      action
      halfOpen
      probeShare
      revision
      lastTrip {
        at
        rolledBackTo
        figures {
          samples
          errors
          errorRate
          p95LatencyMs
        }
      }
      window {
        samples
        errors
        errorRate
        p95LatencyMs
      }
    }
  }
`);

export const ReenableGuardMutation = graphql(`
  mutation ReenableGuard($key: String!, $reason: String!) {
    reenableGuard(flagKey: $key, reason: $reason) {
      flagKey
      status
      since
      revision
    }
  }
`);

const STATUS_LABEL = { CLOSED: 'Closed', OPEN: 'Open (tripped)', HALF_OPEN: 'Half-open (probing)' } as const;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function GuardPanel({ flagKey, canEdit }: { flagKey: string; canEdit: boolean }) {
  const [{ data, error }, refetch] = useQuery({ query: FlagGuardQuery, variables: { key: flagKey } });
  const [result, reenable] = useMutation(ReenableGuardMutation);
  const [reason, setReason] = useState('');
  const ids = { title: useId(), reason: useId() };
  const guard = data?.guard;
  if (error && !data) return <ErrorNotice title="Could not load the guard" error={error} />;
  if (!guard) return null;
  const limit =
    guard.metric === 'ERROR_RATE'
      ? `error rate above ${percent(guard.threshold)}`
      : `p95 above ${guard.threshold} ms`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) return;
    const outcome = await reenable({ key: flagKey, reason: reason.trim() });
    if (outcome.data) {
      setReason('');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <section className="card guard-panel" aria-labelledby={ids.title} data-guard-status={guard.status}>
      <div className="section-head">
        <h2 id={ids.title}>Guard</h2>
        <span className={guard.status === 'CLOSED' ? 'badge' : 'badge badge-off'}>
          {STATUS_LABEL[guard.status]}
        </span>
      </div>
      <p className="hint">
        Trips on {limit} over {guard.windowSeconds} s after {guard.minSamples} samples, then{' '}
        {guard.action === 'OFF' ? 'holds the flag off' : 'rolls the flag back'};{' '}
        {guard.halfOpen === 'AUTO'
          ? `probes ${percent(guard.probeShare)} of tenants after the cool-down`
          : 're-enabled by hand'}
        .
      </p>
      <p>
        Now: error rate <strong>{percent(guard.window.errorRate)}</strong> ({guard.window.errors} of{' '}
        {guard.window.samples} samples)
        {guard.window.p95LatencyMs !== null && `, p95 ${guard.window.p95LatencyMs} ms`} ·{' '}
        {guard.status.toLowerCase().replace('_', '-')} since{' '}
        <time dateTime={guard.since}>{formatDateTime(guard.since)}</time>
      </p>
      {guard.lastTrip && (
        <p className="muted">
          Last tripped <time dateTime={guard.lastTrip.at}>{formatDateTime(guard.lastTrip.at)}</time>: error
          rate {percent(guard.lastTrip.figures.errorRate)} ({guard.lastTrip.figures.errors} of{' '}
          {guard.lastTrip.figures.samples})
          {guard.lastTrip.rolledBackTo !== null && `, rolled back to revision ${guard.lastTrip.rolledBackTo}`}
          .
        </p>
      )}
      {canEdit && guard.status !== 'CLOSED' && (
        <form className="confirm" onSubmit={submit} aria-label={`Re-enable the guard of ${flagKey}`}>
          <label htmlFor={ids.reason}>Why is it safe again?</label>
          <input
            id={ids.reason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
            required
          />
          <button
            type="submit"
            className="button button-secondary"
            disabled={result.fetching || !reason.trim()}
          >
            Re-enable
          </button>
          {result.error && <ErrorNotice title="Could not re-enable the guard" error={result.error} />}
        </form>
      )}
    </section>
  );
}
