// The release-plan section of the flag page: status, the steps with the one in force, each arm's samples and
// error rate, the sequential test's statistic against its boundary and its verdict, the treatment-vs-control
// chart, and (ops) pause / resume / abort with a reason and the plan editor.
import { type FormEvent, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDateTime } from '../../app/format';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ArmChart, type ArmPoint } from './ArmChart';
import { ReleasePlanEditor } from './ReleasePlanEditor';

export const FlagReleasePlanQuery = graphql(`
  query FlagReleasePlan($key: String!) {
    flag(key: $key) {
      key
      variants {
        key
      }
    }
    releasePlan(flagKey: $key) {
      flagKey
      treatment
      control
      steps {
        percent
        minDurationSeconds
        minSamples
      }
      alpha
      p95Tolerance
      status
      currentStep
      currentPercent
      stepSince
      revision
      progress {
        verdict
        lambda
        boundary
        difference
        stepControlSamples
        stepTreatmentSamples
        control {
          samples
          errors
          errorRate
          p95LatencyMs
        }
        treatment {
          samples
          errors
          errorRate
          p95LatencyMs
        }
      }
    }
    releasePlanRevisions(key: $key, first: 50) {
      revision
      action
      createdAt
      content
    }
  }
`);

export const PauseReleasePlanMutation = graphql(`
  mutation PauseReleasePlan($key: String!, $reason: String!) {
    pauseReleasePlan(flagKey: $key, reason: $reason) {
      flagKey
      status
      revision
    }
  }
`);
export const ResumeReleasePlanMutation = graphql(`
  mutation ResumeReleasePlan($key: String!, $reason: String!) {
    resumeReleasePlan(flagKey: $key, reason: $reason) {
      flagKey
      status
      revision
    }
  }
`);
export const AbortReleasePlanMutation = graphql(`
  mutation AbortReleasePlan($key: String!, $reason: String!) {
    abortReleasePlan(flagKey: $key, reason: $reason) {
      flagKey
      status
      revision
    }
  }
`);

const STATUS_LABEL = {
  RUNNING: 'Running',
  PAUSED: 'Paused',
  COMPLETED: 'Completed',
  ROLLED_BACK: 'Rolled back (regression)',
  ABORTED: 'Aborted',
} as const;

const VERDICT_WORDS = {
  NO_DATA: 'no outcomes in an arm yet',
  CONTINUE: 'no regression so far; the step is not done yet',
  HEALTHY: 'healthy: the step may advance',
  ERROR_REGRESSION: 'significant error-rate regression',
  LATENCY_REGRESSION: 'p95 latency above the tolerance',
} as const;

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

interface StoredStatistics {
  control: { samples: number; errorRate: number };
  treatment: { samples: number; errorRate: number };
}

const ACTION_LABEL: Record<string, string> = {
  'releasePlan.advance': 'advanced',
  'releasePlan.complete': 'completed',
  'releasePlan.regression': 'rolled back',
};

/** Each transition's statistics (kept in its revision), oldest first, then the figures now. */
function pointsOf(
  revisions: readonly { action: string; createdAt: string; content: unknown }[],
  now: StoredStatistics,
): ArmPoint[] {
  const points: ArmPoint[] = [];
  for (const r of [...revisions].reverse()) {
    const last = (r.content as { state?: { last?: StoredStatistics | null } } | null)?.state?.last;
    const label = ACTION_LABEL[r.action];
    if (last && label)
      points.push({ at: r.createdAt, label, control: last.control, treatment: last.treatment });
  }
  points.push({ at: new Date().toISOString(), label: 'now', control: now.control, treatment: now.treatment });
  return points;
}

export function ReleasePlanPanel({ flagKey, canEdit }: { flagKey: string; canEdit: boolean }) {
  const [{ data, error }, refetch] = useQuery({ query: FlagReleasePlanQuery, variables: { key: flagKey } });
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  const [paused, pause] = useMutation(PauseReleasePlanMutation);
  const [resumed, resume] = useMutation(ResumeReleasePlanMutation);
  const [aborted, abort] = useMutation(AbortReleasePlanMutation);
  const ids = { title: useId(), reason: useId() };
  if (error && !data) return <ErrorNotice title="Could not load the release plan" error={error} />;
  const plan = data?.releasePlan;
  const variants = data?.flag?.variants.map((v) => v.key) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const done = () => {
    setEditing(false);
    reload();
  };

  if (!plan) {
    if (!canEdit || !data?.flag) return null;
    return (
      <section className="card plan-panel" aria-labelledby={ids.title}>
        <div className="section-head">
          <h2 id={ids.title}>Release plan</h2>
        </div>
        {editing ? (
          <ReleasePlanEditor flagKey={flagKey} variants={variants} plan={null} onDone={done} />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            Plan a guarded rollout
          </button>
        )}
      </section>
    );
  }

  const p = plan.progress;
  const act =
    (run: (vars: { key: string; reason: string }) => Promise<{ data?: unknown }>) =>
    async (event: FormEvent) => {
      event.preventDefault();
      if (!reason.trim()) return;
      const outcome = await run({ key: flagKey, reason: reason.trim() });
      if (outcome.data) {
        setReason('');
        reload();
      }
    };
  const failed = paused.error ?? resumed.error ?? aborted.error;
  const live = plan.status === 'RUNNING' || plan.status === 'PAUSED';
  return (
    <section className="card plan-panel" aria-labelledby={ids.title} data-plan-status={plan.status}>
      <div className="section-head">
        <h2 id={ids.title}>Release plan</h2>
        <span
          className={plan.status === 'ROLLED_BACK' || plan.status === 'ABORTED' ? 'badge badge-off' : 'badge'}
        >
          {STATUS_LABEL[plan.status]}
        </span>
      </div>
      <p className="hint">
        Rolls <strong>{plan.treatment}</strong> out against <strong>{plan.control}</strong> on the
        fallthrough; a sequential test (mSPRT, alpha {plan.alpha}) rolls it back on a significant error-rate
        regression
        {plan.p95Tolerance !== null && ` or a p95 more than ${percent(plan.p95Tolerance)} above control`}.
      </p>
      <ol className="plan-steps" aria-label="Steps">
        {plan.steps.map((s, i) => (
          <li key={`${s.percent}`} aria-current={i === plan.currentStep && live ? 'step' : undefined}>
            {s.percent}% · at least {Math.round(s.minDurationSeconds / 60)} min and {s.minSamples} outcomes
            per arm
            {i === plan.currentStep && live && (
              <>
                {' '}
                (since <time dateTime={plan.stepSince}>{formatDateTime(plan.stepSince)}</time>)
              </>
            )}
          </li>
        ))}
      </ol>
      <p>
        Control: error rate <strong>{percent(p.control.errorRate)}</strong> ({p.control.errors} of{' '}
        {p.control.samples}) · Treatment: error rate <strong>{percent(p.treatment.errorRate)}</strong> (
        {p.treatment.errors} of {p.treatment.samples}) · this step: {p.stepControlSamples} control,{' '}
        {p.stepTreatmentSamples} treatment
      </p>
      <p data-verdict={p.verdict}>
        Test statistic Λ {p.lambda.toPrecision(3)} against {p.boundary.toPrecision(3)}:{' '}
        {VERDICT_WORDS[p.verdict]}.
      </p>
      <ArmChart
        points={pointsOf(data.releasePlanRevisions, p)}
        treatment={plan.treatment}
        control={plan.control}
      />
      {canEdit && !editing && (
        <form
          className="confirm"
          aria-label={`Change the release plan of ${flagKey}`}
          onSubmit={(e) => e.preventDefault()}
        >
          <label htmlFor={ids.reason}>Why?</label>
          <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          {plan.status === 'RUNNING' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={!reason.trim()}
              onClick={act(pause)}
            >
              Pause
            </button>
          )}
          {plan.status !== 'RUNNING' && (
            <button
              type="button"
              className="button button-secondary"
              disabled={!reason.trim()}
              onClick={act(resume)}
            >
              {plan.status === 'PAUSED' ? 'Resume' : 'Restart'}
            </button>
          )}
          {live && (
            <button
              type="button"
              className="button button-danger"
              disabled={!reason.trim()}
              onClick={act(abort)}
            >
              Abort
            </button>
          )}
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            Edit plan
          </button>
          {failed && <ErrorNotice title="Could not change the release plan" error={failed} />}
        </form>
      )}
      {editing && <ReleasePlanEditor flagKey={flagKey} variants={variants} plan={plan} onDone={done} />}
    </section>
  );
}
