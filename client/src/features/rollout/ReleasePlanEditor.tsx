// The release-plan form: treatment and control among the flag's variants, the steps' shares, each step's
// minimum duration and samples, the test's alpha and the optional p95 tolerance; creates or updates the plan.
import { type FormEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';

export const CreateReleasePlanMutation = graphql(`
  mutation CreateReleasePlan($key: String!, $input: ReleasePlanInput!, $reason: String!) {
    createReleasePlan(key: $key, input: $input, reason: $reason) {
      flagKey
      revision
    }
  }
`);

export const UpdateReleasePlanMutation = graphql(`
  mutation UpdateReleasePlan($key: String!, $rev: Int!, $input: ReleasePlanInput!, $reason: String!) {
    updateReleasePlan(key: $key, expectedRevision: $rev, input: $input, reason: $reason) {
      flagKey
      revision
    }
  }
`);

export interface EditablePlan {
  treatment: string;
  control: string;
  steps: { percent: number; minDurationSeconds: number; minSamples: number }[];
  alpha: number;
  p95Tolerance: number | null;
  revision: number;
}

/** "1, 5, 25, 50, 100" -> [1, 5, 25, 50, 100]; the server says what is wrong with them. */
export const parsePercents = (text: string) =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);

export function ReleasePlanEditor(props: {
  flagKey: string;
  variants: string[];
  plan: EditablePlan | null;
  onDone: () => void;
}) {
  const { plan, variants } = props;
  const first = plan?.steps[0];
  const [treatment, setTreatment] = useState(plan?.treatment ?? variants[1] ?? variants[0] ?? '');
  const [control, setControl] = useState(plan?.control ?? variants[0] ?? '');
  const [percents, setPercents] = useState(
    plan ? plan.steps.map((s) => s.percent).join(', ') : '1, 5, 25, 50, 100',
  );
  const [minutes, setMinutes] = useState(String(first ? first.minDurationSeconds / 60 : 60));
  const [samples, setSamples] = useState(String(first?.minSamples ?? 200));
  const [alpha, setAlpha] = useState(String(plan?.alpha ?? 0.05));
  const [tolerance, setTolerance] = useState(
    plan?.p95Tolerance === null || !plan ? '' : String(plan.p95Tolerance * 100),
  );
  const [reason, setReason] = useState('');
  const [created, create] = useMutation(CreateReleasePlanMutation);
  const [updated, update] = useMutation(UpdateReleasePlanMutation);
  const id = useId();
  const result = plan ? updated : created;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = {
      treatment,
      control,
      steps: parsePercents(percents).map((percent) => ({
        percent,
        minDurationSeconds: Math.round(Number(minutes) * 60),
        minSamples: Number(samples),
      })),
      alpha: Number(alpha),
      p95Tolerance: tolerance.trim() === '' ? null : Number(tolerance) / 100,
    };
    const outcome = plan
      ? await update({ key: props.flagKey, rev: plan.revision, input, reason: reason.trim() })
      : await create({ key: props.flagKey, input, reason: reason.trim() });
    if (outcome.data) props.onDone();
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <form className="plan-editor" onSubmit={submit} aria-label={`Release plan of ${props.flagKey}`}>
      <label htmlFor={field('treatment')}>Treatment (rolled out)</label>
      <select id={field('treatment')} value={treatment} onChange={(e) => setTreatment(e.target.value)}>
        {variants.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
      <label htmlFor={field('control')}>Control</label>
      <select id={field('control')} value={control} onChange={(e) => setControl(e.target.value)}>
        {variants.map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
      <label htmlFor={field('steps')}>Steps (treatment %, in order)</label>
      <input id={field('steps')} value={percents} onChange={(e) => setPercents(e.target.value)} required />
      <label htmlFor={field('minutes')}>Minimum minutes per step</label>
      <input
        id={field('minutes')}
        type="number"
        min={0}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <label htmlFor={field('samples')}>Minimum outcomes per arm per step</label>
      <input
        id={field('samples')}
        type="number"
        min={1}
        value={samples}
        onChange={(e) => setSamples(e.target.value)}
      />
      <label htmlFor={field('alpha')}>False-alarm rate (alpha)</label>
      <input
        id={field('alpha')}
        type="number"
        step="0.01"
        value={alpha}
        onChange={(e) => setAlpha(e.target.value)}
      />
      <label htmlFor={field('tolerance')}>p95 latency tolerance over control, % (empty: not watched)</label>
      <input
        id={field('tolerance')}
        type="number"
        min={0}
        value={tolerance}
        onChange={(e) => setTolerance(e.target.value)}
      />
      <label htmlFor={field('reason')}>Why?</label>
      <input
        id={field('reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={500}
        required
      />
      <button type="submit" className="button" disabled={result.fetching || !reason.trim()}>
        {plan ? 'Save plan' : 'Start rollout'}
      </button>
      <button type="button" className="button button-secondary" onClick={props.onDone}>
        Cancel
      </button>
      {result.error && <ErrorNotice title="Could not save the release plan" error={result.error} />}
    </form>
  );
}
