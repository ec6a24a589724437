// One module in the panel: locked with its reason, ready with a draw form, used up for today (with when it
// resets and what a larger plan gives), drawing, revealing the faces one by one, completed, or failed.

import { type FormEvent, useId, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { DrawResult, DrawResultFragment, type DrawResultRun } from './DrawResult';
import type { ModuleName } from './module-gates';
import { lockedReason } from './module-reasons';
import { resetWords, useNow } from './reset-time';
import '../readings/readings.css';

export const ExecuteModuleMutation = graphql(
  `
  mutation ExecuteModule($module: ModuleName!, $conversationId: ID!, $spread: String!, $question: String!) {
    executeModule(
      module: $module
      conversationId: $conversationId
      spread: $spread
      question: $question
      reinject: true
    ) {
      id
      ...DrawResult_run
      quotaLeft
      resetsAt
      message {
        id
        text
      }
    }
  }
`,
  [DrawResultFragment],
);

export interface ModuleCardProps {
  module: ModuleName;
  title: string;
  locked: boolean;
  /** Not meant for this user at all: the card shows nothing, unless a draw of this page is under way or done. */
  outsideAudience?: boolean;
  reason: string;
  /** Null while the server cannot read the quota (its database is down). */
  quotaLeft: number | null;
  quotaLimit: number;
  /** When today's quota starts again (ISO). */
  resetsAt: string;
  /** The next plan up and its allowance, offered when the quota is used up; null on the largest plan. */
  largerPlan: { plan: string; quotaLimit: number } | null;
  spreads: { id: string; name: string; positions: string[] }[];
  conversationId: string | null;
  /** Called after a run, so the thread can show the reinjected result. */
  onCompleted(): void;
}

type Run =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; run: DrawResultRun; revealed: boolean }
  | { kind: 'failed'; error: CombinedError };

export function ModuleCard(props: ModuleCardProps) {
  const [, execute] = useMutation(ExecuteModuleMutation);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const [spread, setSpread] = useState(props.spreads[0]?.id ?? '');
  const [question, setQuestion] = useState('');
  // What this card learnt from its own runs, newer than the loaded availability.
  const [quota, setQuota] = useState<{ left: number; resetsAt: string } | null>(null);
  const ids = { title: useId(), spread: useId(), question: useId(), state: useId() };
  // Once the loaded availability is of a later quota day (it was reloaded at the reset), it wins.
  const own = quota && quota.resetsAt >= props.resetsAt ? quota : null;
  const left = own?.left ?? props.quotaLeft;
  const resetsAt = own?.resetsAt ?? props.resetsAt;
  const exhausted = left === 0;

  // A run already sent when the module is locked still finishes and shows its result.
  const state: ModuleState =
    run.kind === 'running' ? 'in-progress' : props.locked ? 'module-locked' : stateOf(run, exhausted);
  const canRun = !props.locked && run.kind !== 'running' && props.conversationId !== null && !exhausted;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canRun || !props.conversationId) return;
    setRun({ kind: 'running' });
    const outcome = await execute({
      module: props.module,
      conversationId: props.conversationId,
      spread,
      question: question.trim() || 'What should I know?',
    });
    if (outcome.data) {
      const done = outcome.data.executeModule;
      setQuota({ left: done.quotaLeft, resetsAt: done.resetsAt });
      // A single card is face up at once; more turn one by one (DrawResult says when the last has).
      setRun({ kind: 'done', run: done, revealed: done.items.length <= 1 });
      props.onCompleted();
    } else if (outcome.error) {
      const refusal = outcome.error.graphQLErrors[0]?.extensions;
      if (refusal?.code === 'QUOTA_EXCEEDED') {
        // Used up elsewhere (another tab): the card says so as its own state, with the server's reset time.
        setQuota({ left: 0, resetsAt: typeof refusal.resetsAt === 'string' ? refusal.resetsAt : resetsAt });
        setRun({ kind: 'idle' });
      } else {
        setRun({ kind: 'failed', error: outcome.error });
      }
    }
  };

  if (props.outsideAudience && (run.kind === 'idle' || run.kind === 'failed')) return null;
  return (
    <section
      className="card module"
      data-module={props.module}
      data-state={state}
      aria-labelledby={ids.title}
    >
      <div className="module-head">
        <h3 id={ids.title}>{props.title}</h3>
        <span
          className={`badge ${STATE_BADGES[state].tone}`}
          data-icon={STATE_BADGES[state].icon}
          id={ids.state}
          role="status"
        >
          {STATE_BADGES[state].label}
        </span>
      </div>
      {props.locked ? (
        <p className="notice notice-info">{lockedReason(props.reason)}</p>
      ) : exhausted ? (
        <Exhausted
          title={props.title}
          limit={props.quotaLimit}
          resetsAt={resetsAt}
          largerPlan={props.largerPlan}
        />
      ) : (
        <form className="module-form" onSubmit={submit} aria-describedby={ids.state}>
          <div className="field">
            <label htmlFor={ids.spread}>Spread</label>
            <select id={ids.spread} value={spread} onChange={(e) => setSpread(e.target.value)}>
              {props.spreads.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.positions.length})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.question}>Your question</label>
            <input
              id={ids.question}
              type="text"
              maxLength={500}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          </div>
          <p className="hint">
            {props.conversationId === null
              ? 'Open or start a conversation to draw.'
              : left === null
                ? `Draws left today are unknown right now (up to ${props.quotaLimit}).`
                : `${left} of ${props.quotaLimit} draws left today.`}
          </p>
          <button type="submit" className="button button-primary" disabled={!canRun}>
            {run.kind === 'running' ? 'Drawing…' : `Draw ${props.title.toLowerCase()}`}
          </button>
        </form>
      )}
      {run.kind === 'failed' && <ErrorNotice title={`${props.title} draw failed`} error={run.error} />}
      {run.kind === 'done' && (
        <DrawResult
          key={run.run.id}
          run={run.run}
          label={`${props.title} result`}
          onRevealed={() => setRun((r) => (r.kind === 'done' ? { ...r, revealed: true } : r))}
        />
      )}
    </section>
  );
}

/** Used up for today: when it starts again, locally and relatively, and what the next plan up gives. */
function Exhausted(props: {
  title: string;
  limit: number;
  resetsAt: string;
  largerPlan: ModuleCardProps['largerPlan'];
}) {
  const now = useNow();
  const words = resetWords(props.resetsAt, now);
  const draws = (n: number) => `${n} ${n === 1 ? 'draw' : 'draws'}`;
  return (
    <div className="notice notice-exhausted">
      <p>
        You have used all {props.limit} of today's {props.title.toLowerCase()} draws.
      </p>
      <p>
        Draws start again{' '}
        <time dateTime={props.resetsAt} data-reset>
          {words.at}
        </time>{' '}
        (<span data-reset-relative>{words.relative}</span>).
      </p>
      {props.largerPlan && (
        <p data-larger-plan>
          The {planName(props.largerPlan.plan)} plan gives {draws(props.largerPlan.quotaLimit)} a day.
        </p>
      )}
    </div>
  );
}

const planName = (plan: string) => plan.charAt(0) + plan.slice(1).toLowerCase();

function stateOf(run: Run, exhausted: boolean): ModuleState {
  if (run.kind === 'done') return run.revealed ? 'completed' : 'revealing';
  if (run.kind === 'failed') return 'error';
  return exhausted ? 'exhausted' : 'module-ready';
}

type ModuleState =
  | 'module-locked'
  | 'module-ready'
  | 'exhausted'
  | 'in-progress'
  | 'revealing'
  | 'completed'
  | 'error';

/**
 * Each state's word, colour and icon. No two states share both, and the ones a user must tell apart at a
 * glance (drawing and error, ready and used up) differ in both colour and icon.
 */
export const STATE_BADGES: Record<ModuleState, { label: string; tone: string; icon: string }> = {
  'module-locked': { label: 'Locked', tone: 'badge-muted', icon: '⊘' },
  'module-ready': { label: 'Ready', tone: 'badge-ready', icon: '●' },
  exhausted: { label: 'Used up today', tone: 'badge-warn', icon: '◷' },
  'in-progress': { label: 'Drawing…', tone: 'badge-drawing', icon: '↻' },
  revealing: { label: 'Revealing…', tone: 'badge-drawing', icon: '✦' },
  completed: { label: 'Completed', tone: 'badge-ready', icon: '✓' },
  error: { label: 'Error', tone: 'badge-error', icon: '⚠' },
};
