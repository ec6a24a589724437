// The astrologer persona: a form over personaConfig (optimistic revision, required reason), then its history.
import { type FormEvent, useCallback, useId, useRef, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { type FieldIssue, fieldIssues, hasErrorCode } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { graphql, type ResultOf } from '../../app/graphql';
import { noAnswer } from '../history/no-answer';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { PersonaHistory } from './PersonaHistory';
import {
  charCount,
  checkDraft,
  type Field,
  type FieldErrors,
  firstInvalid,
  groupIssues,
  LIMITS,
  NO_ERRORS,
} from './persona-fields';
import './personas.css';

export const PersonaEditorFragment = graphql(`
  fragment PersonaEditor_persona on PersonaConfig {
    name
    greeting
    tone
    replyLength
    allowedTopics
    revision
    updatedAt
  }
`);

export const PersonaEditorQuery = graphql(
  `
  query PersonaEditor {
    personaConfig {
      ...PersonaEditor_persona
    }
    personaTopics
  }
`,
  [PersonaEditorFragment],
);

export const UpdatePersonaConfigMutation = graphql(
  `
  mutation UpdatePersonaConfig($expectedRevision: Int!, $input: PersonaInput!, $reason: String) {
    updatePersonaConfig(expectedRevision: $expectedRevision, input: $input, reason: $reason) {
      ...PersonaEditor_persona
    }
  }
`,
  [PersonaEditorFragment],
);

type Persona = ResultOf<typeof PersonaEditorFragment>;
type Draft = Pick<Persona, 'name' | 'greeting' | 'tone' | 'replyLength' | 'allowedTopics'>;

// Records over the schema's enums: a new tone or length fails the type check until it has a label here.
const TONES: Record<Persona['tone'], string> = {
  WARM: 'Warm',
  PLAYFUL: 'Playful',
  FORMAL: 'Formal',
  MYSTICAL: 'Mystical',
};
const REPLY_LENGTHS: Record<Persona['replyLength'], string> = {
  SHORT: 'Short: a sentence or two',
  MEDIUM: 'Medium: a paragraph',
  LONG: 'Long: several paragraphs',
};
const LABELS: Record<Field, string> = {
  name: 'Name',
  greeting: 'Greeting',
  tone: 'Tone',
  replyLength: 'Reply length',
  allowedTopics: 'Allowed topics',
  reason: 'Reason for the change',
};

const isTone = (value: string): value is Persona['tone'] => value in TONES;
const isReplyLength = (value: string): value is Persona['replyLength'] => value in REPLY_LENGTHS;
const topicLabel = (topic: string) => topic.charAt(0).toUpperCase() + topic.slice(1);

const toDraft = (p: Persona): Draft => ({
  name: p.name,
  greeting: p.greeting,
  tone: p.tone,
  replyLength: p.replyLength,
  allowedTopics: [...p.allowedTopics],
});

/** `canEdit` false (support) shows the same form read-only, without a save button or rollbacks. */
export function PersonaEditor({ canEdit }: { canEdit: boolean }) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: PersonaEditorQuery });
  const [outcome, setOutcome] = useState('');
  const titleId = useId();
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const persona = data?.personaConfig;

  const saved = (revision: number, changed: boolean) => {
    setOutcome(
      changed
        ? `Saved: now revision ${revision}`
        : `Nothing to save: revision ${revision} already has these settings.`,
    );
    reload();
  };

  return (
    <>
      <section className="card persona" aria-labelledby={titleId}>
        <div className="section-head">
          <h2 id={titleId}>Persona</h2>
          {persona && (
            <p className="hint">
              Revision {persona.revision}, updated{' '}
              <time dateTime={persona.updatedAt}>{formatDateTime(persona.updatedAt)}</time>
            </p>
          )}
        </div>
        <p className="persona-outcome" role="status">
          {outcome}
        </p>
        {fetching && !data && <StatusMessage>Loading the persona…</StatusMessage>}
        {error && !data && <ErrorNotice title="Could not load the persona" error={error} onRetry={reload} />}
        {data && (
          <PersonaForm
            persona={data.personaConfig}
            topics={data.personaTopics}
            canEdit={canEdit}
            onSaved={saved}
            onReload={() => {
              setOutcome('');
              reload();
            }}
          />
        )}
      </section>
      {persona && (
        <PersonaHistory
          canEdit={canEdit}
          refreshKey={persona.revision}
          onRolledBack={() => {
            setOutcome('');
            reload();
          }}
        />
      )}
    </>
  );
}

type Failure = { kind: 'invalid'; issues: FieldIssue[] } | { kind: 'refused'; error: CombinedError };

interface PersonaFormProps {
  persona: Persona;
  topics: readonly string[];
  canEdit: boolean;
  onSaved(revision: number, changed: boolean): void;
  onReload(): void;
}

function PersonaForm({ persona, topics, canEdit, onSaved, onReload }: PersonaFormProps) {
  const [, update] = useMutation(UpdatePersonaConfigMutation);
  const [base, setBase] = useState(persona.revision);
  const [draft, setDraft] = useState(() => toDraft(persona));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<Failure>();
  const [sending, setSending] = useState(false);
  const controls = useRef<Partial<Record<Field, HTMLElement | null>>>({});
  const id = useId();
  const ids = (field: Field) => ({
    control: `${id}-${field}`,
    hint: `${id}-${field}-hint`,
    error: `${id}-${field}-error`,
  });

  // A new revision in force (saved, rolled back, reloaded) replaces the draft; the reason typed stays.
  if (base !== persona.revision) {
    setBase(persona.revision);
    setDraft(toDraft(persona));
    setErrors(NO_ERRORS);
    setFailure(undefined);
  }

  // Topics the vocabulary no longer has stay visible (and removable) rather than silently dropped.
  const vocabulary = [...topics, ...persona.allowedTopics.filter((t) => !topics.includes(t))];

  const edit = (field: Field, change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    if (errors.byField[field]) setErrors((e) => ({ ...e, byField: { ...e.byField, [field]: undefined } }));
  };

  const toggleTopic = (topic: string, checked: boolean) => {
    const chosen = new Set(draft.allowedTopics);
    if (checked) chosen.add(topic);
    else chosen.delete(topic);
    edit('allowedTopics', { allowedTopics: vocabulary.filter((t) => chosen.has(t)) });
  };

  const describedBy = (field: Field, withHint: boolean) => {
    const invalid = errors.byField[field] !== undefined;
    const refs = [withHint ? ids(field).hint : undefined, invalid ? ids(field).error : undefined];
    return {
      'aria-invalid': invalid || undefined,
      'aria-describedby': refs.filter(Boolean).join(' ') || undefined,
    };
  };

  const showIssues = (issues: FieldIssue[]) => {
    const grouped = groupIssues(issues, (path) => {
      const [head, index] = path.split('.');
      return head === 'allowedTopics' && index !== undefined ? draft.allowedTopics[Number(index)] : undefined;
    });
    setErrors(grouped);
    const first = firstInvalid(grouped);
    // After the render that ties the message to the field, so it is read with the field.
    if (first) setTimeout(() => controls.current[first]?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canEdit || sending) return;
    const issues = checkDraft(draft, reason);
    if (issues.length > 0) {
      setFailure({ kind: 'invalid', issues });
      showIssues(issues);
      return;
    }
    setSending(true);
    setFailure(undefined);
    setErrors(NO_ERRORS);
    const result = await update({
      expectedRevision: persona.revision,
      input: { ...draft, name: draft.name.trim(), greeting: draft.greeting.trim() },
      reason: reason.trim(),
    });
    setSending(false);
    if (!result.data) {
      const error = result.error ?? noAnswer();
      setFailure({ kind: 'refused', error });
      const refused = fieldIssues(error);
      if (refused.length > 0) showIssues(refused);
      return;
    }
    const revision = result.data.updatePersonaConfig.revision;
    setReason('');
    onSaved(revision, revision !== persona.revision);
  };

  const fieldError = (field: Field) => {
    const message = errors.byField[field];
    return message === undefined ? null : (
      <p id={ids(field).error} className="field-error">
        {message}
      </p>
    );
  };

  const conflict = failure?.kind === 'refused' && hasErrorCode(failure.error, 'CONFLICT');
  const readOnly = !canEdit;

  return (
    <form className="persona-form" onSubmit={submit} noValidate>
      {readOnly && <p className="hint">Read-only: your role can look at the persona but not change it.</p>}
      <div className="field">
        <label htmlFor={ids('name').control}>Name</label>
        <input
          ref={(el) => {
            controls.current.name = el;
          }}
          id={ids('name').control}
          type="text"
          autoComplete="off"
          disabled={readOnly}
          value={draft.name}
          onChange={(e) => edit('name', { name: e.target.value })}
          {...describedBy('name', true)}
        />
        <p id={ids('name').hint} className="hint">
          1 to {LIMITS.nameMax} characters.
        </p>
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor={ids('greeting').control}>Greeting</label>
        <textarea
          ref={(el) => {
            controls.current.greeting = el;
          }}
          id={ids('greeting').control}
          rows={3}
          disabled={readOnly}
          value={draft.greeting}
          onChange={(e) => edit('greeting', { greeting: e.target.value })}
          {...describedBy('greeting', true)}
        />
        <p id={ids('greeting').hint} className="hint">
          Opens the first reply of a conversation; write <code>{'{name}'}</code> where the persona's name
          goes, so a rename changes it too. {charCount(draft.greeting.trim())} of {LIMITS.greetingMax}{' '}
          characters.
        </p>
        {fieldError('greeting')}
      </div>
      <div className="persona-selects">
        <div className="field">
          <label htmlFor={ids('tone').control}>Tone</label>
          <select
            ref={(el) => {
              controls.current.tone = el;
            }}
            id={ids('tone').control}
            disabled={readOnly}
            value={draft.tone}
            onChange={(e) => isTone(e.target.value) && edit('tone', { tone: e.target.value })}
            {...describedBy('tone', false)}
          >
            {Object.entries(TONES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {fieldError('tone')}
        </div>
        <div className="field">
          <label htmlFor={ids('replyLength').control}>Reply length</label>
          <select
            ref={(el) => {
              controls.current.replyLength = el;
            }}
            id={ids('replyLength').control}
            disabled={readOnly}
            value={draft.replyLength}
            onChange={(e) =>
              isReplyLength(e.target.value) && edit('replyLength', { replyLength: e.target.value })
            }
            {...describedBy('replyLength', false)}
          >
            {Object.entries(REPLY_LENGTHS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {fieldError('replyLength')}
        </div>
      </div>
      <fieldset
        className="persona-topics"
        aria-describedby={[
          ids('allowedTopics').hint,
          errors.byField.allowedTopics && ids('allowedTopics').error,
        ]
          .filter(Boolean)
          .join(' ')}
      >
        <legend>Allowed topics</legend>
        <p id={ids('allowedTopics').hint} className="hint">
          Choose {LIMITS.topicsMin} to {LIMITS.topicsMax}; messages on any other topic are answered as out of
          scope. {draft.allowedTopics.length} chosen.
        </p>
        <div className="topic-options">
          {vocabulary.map((topic, i) => (
            <label key={topic} className="topic-option">
              <input
                ref={
                  i === 0
                    ? (el) => {
                        controls.current.allowedTopics = el;
                      }
                    : undefined
                }
                type="checkbox"
                name="allowedTopics"
                value={topic}
                disabled={readOnly}
                checked={draft.allowedTopics.includes(topic)}
                onChange={(e) => toggleTopic(topic, e.target.checked)}
                aria-invalid={errors.byField.allowedTopics !== undefined || undefined}
              />
              {topicLabel(topic)}
            </label>
          ))}
        </div>
        {fieldError('allowedTopics')}
      </fieldset>
      {canEdit && (
        <div className="field">
          <label htmlFor={ids('reason').control}>Reason for the change</label>
          <input
            ref={(el) => {
              controls.current.reason = el;
            }}
            id={ids('reason').control}
            type="text"
            autoComplete="off"
            required
            maxLength={LIMITS.reasonMax}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              if (errors.byField.reason) {
                setErrors((prev) => ({ ...prev, byField: { ...prev.byField, reason: undefined } }));
              }
            }}
            {...describedBy('reason', true)}
          />
          <p id={ids('reason').hint} className="hint">
            Required; it is kept with the revision and in the audit log.
          </p>
          {fieldError('reason')}
        </div>
      )}
      {failure?.kind === 'invalid' && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">The persona was not saved</p>
          <ul className="persona-issues">
            {failure.issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {LABELS[issue.path as Field] ?? issue.path}: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failure?.kind === 'refused' && (
        <ErrorNotice
          title={conflict ? 'The persona changed since you loaded it' : 'The persona was not saved'}
          error={failure.error}
        />
      )}
      {errors.other.length > 0 && (
        <ul className="persona-issues">
          {errors.other.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path || 'input'}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {conflict && (
        <div className="confirm-actions">
          <p className="hint">Reloading shows the persona in force; the changes made here are replaced.</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            Reload latest
          </button>
        </div>
      )}
      {canEdit && (
        <div className="confirm-actions">
          <button type="submit" className="button button-primary">
            {sending ? 'Saving…' : 'Save persona'}
          </button>
        </div>
      )}
    </form>
  );
}
