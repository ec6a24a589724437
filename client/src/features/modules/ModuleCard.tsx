// One module in the panel: locked with its reason, ready with a draw form, in progress, completed or failed.

import { type FormEvent, useId, useState } from 'react';
import { type CombinedError, useMutation } from 'urql';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { DrawResult, DrawResultFragment, type DrawResultRun } from './DrawResult';
import type { ModuleName } from './module-gates';
import { lockedReason } from './module-reasons';

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
  spreads: { id: string; name: string; positions: string[] }[];
  conversationId: string | null;
  /** Called after a run, so the thread can show the reinjected result. */
  onCompleted(): void;
}

type Run =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; run: DrawResultRun }
  | { kind: 'failed'; error: CombinedError };

export function ModuleCard(props: ModuleCardProps) {
  const [, execute] = useMutation(ExecuteModuleMutation);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const [spread, setSpread] = useState(props.spreads[0]?.id ?? '');
  const [question, setQuestion] = useState('');
  const [quotaLeft, setQuotaLeft] = useState<number | null>(null);
  const ids = { title: useId(), spread: useId(), question: useId(), state: useId() };
  const left = quotaLeft ?? props.quotaLeft;

  // A run already sent when the module is locked still finishes and shows its result.
  const state = run.kind === 'running' ? 'in-progress' : props.locked ? 'module-locked' : stateOf(run);
  const canRun =
    !props.locked && run.kind !== 'running' && props.conversationId !== null && (left === null || left > 0);

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
      setQuotaLeft(outcome.data.executeModule.quotaLeft);
      setRun({ kind: 'done', run: outcome.data.executeModule });
      props.onCompleted();
    } else if (outcome.error) {
      setRun({ kind: 'failed', error: outcome.error });
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
      {run.kind === 'done' && <DrawResult run={run.run} label={`${props.title} result`} />}
    </section>
  );
}

function stateOf(run: Run): ModuleState {
  if (run.kind === 'done') return 'completed';
  if (run.kind === 'failed') return 'error';
  return 'module-ready';
}

type ModuleState = 'module-locked' | 'module-ready' | 'in-progress' | 'completed' | 'error';

/** Each state's word, colour and icon: no two states share a colour and an icon. */
const STATE_BADGES: Record<ModuleState, { label: string; tone: string; icon: string }> = {
  'module-locked': { label: 'Locked', tone: 'badge-muted', icon: '⊘' },
  'module-ready': { label: 'Ready', tone: 'badge-ready', icon: '●' },
  'in-progress': { label: 'Drawing…', tone: '', icon: '↻' },
  completed: { label: 'Completed', tone: 'badge-ready', icon: '✓' },
  error: { label: 'Error', tone: 'badge-error', icon: '⚠' },
};
