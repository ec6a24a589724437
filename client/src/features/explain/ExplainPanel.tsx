// "Why does this user get this?": evaluates one flag for an account (by email) or a typed context, with every step.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { type CombinedError, useQuery } from 'urql';
import type { Plan, Role } from '../../app/areas';
import { fieldIssues, hasErrorCode } from '../../app/errors';
import { graphql, type ResultOf, type VariablesOf } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import { TenantPicker } from '../tenants/TenantPicker';
import './explain.css';

export const ExplainQuery = graphql(`
  query ExplainFlag(
    $flagKey: String!
    $userEmail: String
    $context: EvaluationContextInput!
    $tenantId: ID
  ) {
    explain(flagKey: $flagKey, userEmail: $userEmail, context: $context, tenantId: $tenantId) {
      result {
        key
        enabled
        variant
        reason
        ruleId
        revision
        payload
      }
      trace {
        step
        outcome
        detail
        ruleId
      }
    }
  }
`);

type Explanation = ResultOf<typeof ExplainQuery>['explain'];
type ExplainVariables = VariablesOf<typeof ExplainQuery>;
type StepName = ReturnType<typeof graphql.scalar<'ExplainStepName'>>;
type Outcome = ReturnType<typeof graphql.scalar<'ExplainOutcome'>>;

// The engine's plan and role values are the API's enum values in lower case (`premium`, not `PREMIUM`);
// keyed by the enums, a new plan or role fails the typecheck until it has a label here.
const PLAN_LABELS: Record<Plan, string> = { FREE: 'Free', PREMIUM: 'Premium' };
const ROLE_LABELS: Record<Role, string> = {
  USER: 'User',
  TENANT_ADMIN: 'Tenant admin',
  SUPPORT: 'Support',
  OPS: 'Ops',
  PLATFORM: 'Platform',
};
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value: value.toLowerCase(), label }));

/** The context fields, in form order, with their labels; the names are the server's input fields. */
const CONTEXT_FIELDS = [
  { name: 'userId', label: 'User ID', identity: true },
  { name: 'plan', label: 'Plan', identity: true, options: options(PLAN_LABELS) },
  { name: 'role', label: 'Role', identity: true, options: options(ROLE_LABELS) },
  { name: 'country', label: 'Country', identity: false },
  { name: 'appVersion', label: 'App version', identity: false },
  { name: 'sessionId', label: 'Session ID', identity: false },
] as const;

type ContextField = (typeof CONTEXT_FIELDS)[number]['name'];
type FieldName = ContextField | 'flagKey' | 'userEmail' | 'attributes';
type FieldErrors = Partial<Record<FieldName, string>>;

const FIELD_NAMES: readonly string[] = [
  'flagKey',
  'userEmail',
  'attributes',
  ...CONTEXT_FIELDS.map((f) => f.name),
];

const STEP_LABELS: Record<StepName, string> = {
  FLAG: 'Flag exists',
  KILL_SWITCH: 'On / Off',
  ENV_GATE: 'Environment gate',
  ENTITLEMENT: 'Tenant entitlement',
  GUARD: 'Guard',
  PREREQUISITES: 'Prerequisites',
  INDIVIDUAL_TARGETING: 'Individual targeting',
  RULE: 'Rule',
  FALLTHROUGH: 'Default serve',
};

const OUTCOME_LABELS: Record<Outcome, string> = {
  PASSED: 'Continued',
  DECIDED: 'Decided',
  SKIPPED: 'Not reached',
};

/** Parses the attributes box: empty is no attributes; anything else must be a JSON object. */
export function parseAttributes(
  text: string,
): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Attributes must be a JSON object, such as {"beta": true}.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** The server's VALIDATION_FAILED field list, keyed by our field names ("context.attributes.x" → attributes). */
function serverFieldErrors(error: CombinedError | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of fieldIssues(error)) {
    const name = issue.path.replace(/^context\./, '').split('.')[0] ?? '';
    if (FIELD_NAMES.includes(name)) errors[name as FieldName] ??= issue.message;
  }
  return errors;
}

export function ExplainPanel(props: { flagKey?: string }) {
  const [values, setValues] = useState<Record<ContextField, string>>({
    userId: '',
    plan: '',
    role: '',
    country: '',
    appVersion: '',
    sessionId: '',
  });
  const [flagKey, setFlagKey] = useState(props.flagKey ?? '');
  const [userEmail, setUserEmail] = useState('');
  // '' is the caller's own tenant (the operator's); a customer's id explains inside that tenant.
  const [tenantId, setTenantId] = useState('');
  const [attributes, setAttributes] = useState('');
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [request, setRequest] = useState<ExplainVariables | null>(null);
  const [result, reexecute] = useQuery({
    query: ExplainQuery,
    variables: request ?? { flagKey: '', context: {} },
    pause: request === null,
    requestPolicy: 'network-only',
  });
  const titleId = useId();
  const idPrefix = useId();
  const id = (name: string) => `${idPrefix}-${name}`;

  const key = props.flagKey ?? flagKey;
  // With an email the account decides user, plan and role: those fields are set aside, not sent.
  const byEmail = userEmail.trim() !== '';
  const errors: FieldErrors = {
    ...serverFieldErrors(result.error),
    // Only while the field still holds the email that was not found.
    ...(request?.userEmail &&
    request.userEmail === userEmail.trim() &&
    result.error &&
    hasErrorCode(result.error, 'NOT_FOUND')
      ? {
          userEmail: request.tenantId
            ? 'No account with this email in that tenant.'
            : 'No account with this email in your tenant.',
        }
      : {}),
    ...localErrors,
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (result.fetching) return;
    const found: FieldErrors = {};
    const flag = key.trim();
    if (!flag) found.flagKey = 'Enter the key of the flag to explain.';
    const parsed = parseAttributes(attributes);
    if (!parsed.ok) found.attributes = parsed.message;
    setLocalErrors(found);
    if (!parsed.ok || !flag) {
      // Focus the first field to fix, so keyboard and screen-reader users land on the problem.
      const first = found.flagKey && !props.flagKey ? 'flagKey' : 'attributes';
      document.getElementById(id(first))?.focus();
      return;
    }
    const context: ExplainVariables['context'] = {};
    for (const { name, identity } of CONTEXT_FIELDS) {
      const value = values[name].trim();
      if (value && !(identity && byEmail)) context[name] = value;
    }
    if (parsed.value) context.attributes = parsed.value;
    const email = userEmail.trim();
    const next: ExplainVariables = {
      flagKey: flag,
      ...(email ? { userEmail: email } : {}),
      context,
      ...(tenantId ? { tenantId } : {}),
    };
    // The same question asked again is asked of the server again: flags may have changed since.
    if (request && JSON.stringify(request) === JSON.stringify(next))
      reexecute({ requestPolicy: 'network-only' });
    else setRequest(next);
  };

  /** A labelled field with its error linked by aria-describedby. */
  const field = (
    name: FieldName,
    label: string,
    control: (a11y: ControlA11y) => ReactNode,
    hint?: string,
  ) => {
    const error = errors[name];
    const hintId = hint ? id(`${name}-hint`) : undefined;
    const errorId = error ? id(`${name}-error`) : undefined;
    const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field" key={name}>
        <label htmlFor={id(name)}>{label}</label>
        {control({ id: id(name), 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <section className="card explain" aria-labelledby={titleId}>
      <h2 id={titleId}>Why does this user get this?</h2>
      <form className="explain-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
        {props.flagKey ? (
          <p className="hint">
            Flag <code>{props.flagKey}</code>
          </p>
        ) : (
          field('flagKey', 'Flag key', (a11y) => (
            <input
              {...a11y}
              type="text"
              required
              autoComplete="off"
              value={flagKey}
              onChange={(e) => setFlagKey(e.target.value)}
            />
          ))
        )}
        <TenantPicker
          label="Tenant"
          hint="Whose entitlements apply, and where the user email is looked up."
          value={tenantId}
          onChange={(id) => setTenantId(id)}
          emptyLabel="Your tenant"
        />
        {field(
          'userEmail',
          'User email',
          (a11y) => (
            <input
              {...a11y}
              type="email"
              autoComplete="off"
              maxLength={254}
              value={userEmail}
              onChange={(e) => setUserEmail(e.target.value)}
            />
          ),
          "An account of the tenant above: its own user ID, plan and role are used. Or leave empty and describe the user below, e.g. a third party's user ID.",
        )}
        <div className="explain-grid">
          {CONTEXT_FIELDS.map((spec) => {
            const { name, label } = spec;
            const setAside = spec.identity && byEmail;
            const onChange = (e: { target: { value: string } }) =>
              setValues((current) => ({ ...current, [name]: e.target.value }));
            return field(
              name,
              label,
              (a11y) =>
                'options' in spec ? (
                  <select {...a11y} value={values[name]} onChange={onChange} disabled={setAside}>
                    <option value="">Not set</option>
                    {spec.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...a11y}
                    type="text"
                    autoComplete="off"
                    maxLength={256}
                    value={values[name]}
                    onChange={onChange}
                    disabled={setAside}
                  />
                ),
              setAside ? 'From the account.' : undefined,
            );
          })}
        </div>
        {field(
          'attributes',
          'Attributes (JSON)',
          (a11y) => (
            <textarea
              {...a11y}
              rows={4}
              spellCheck={false}
              value={attributes}
              onChange={(e) => setAttributes(e.target.value)}
            />
          ),
          'A JSON object, such as {"beta": true, "seats": 12}. Leave empty for none.',
        )}
        <div>
          <button type="submit" className="button button-primary">
            Explain
          </button>
        </div>
      </form>
      {result.fetching && <StatusMessage>Evaluating the flag…</StatusMessage>}
      {result.error && !result.fetching && (
        <ErrorNotice title="Could not explain this flag" error={result.error} />
      )}
      {result.data && !result.fetching && !result.error && (
        <ExplanationView explanation={result.data.explain} />
      )}
    </section>
  );
}

interface ControlA11y {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

function ExplanationView({ explanation }: { explanation: Explanation }) {
  const { result, trace } = explanation;
  const titleId = useId();
  const stepsId = useId();
  return (
    <section className="explain-result" aria-labelledby={titleId} data-enabled={result.enabled}>
      <h3 id={titleId}>
        Result for <code>{result.key}</code>
      </h3>
      <p className="explain-verdict">
        <span className={result.enabled ? 'badge' : 'badge badge-off'}>
          {result.enabled ? 'On for this user' : 'Off for this user'}
        </span>{' '}
        {result.variant ? (
          <>
            Serves <code>{result.variant}</code>
          </>
        ) : (
          <span className="muted">Serves no variant</span>
        )}
      </p>
      <dl className="summary">
        <dt>Reason</dt>
        <dd>
          <code>{result.reason}</code>
        </dd>
        <dt>Rule</dt>
        <dd>{result.ruleId ? <code>{result.ruleId}</code> : <span className="muted">None</span>}</dd>
        <dt>Revision</dt>
        <dd>{result.revision ?? <span className="muted">None</span>}</dd>
        {result.payload !== null && result.payload !== undefined && (
          <>
            <dt>Payload</dt>
            <dd>
              <pre className="explain-payload">{JSON.stringify(result.payload, null, 2)}</pre>
            </dd>
          </>
        )}
      </dl>
      <h3 id={stepsId}>Evaluation steps</h3>
      {trace.length === 0 ? (
        <p className="muted">The server reported no steps.</p>
      ) : (
        <ol className="explain-trace" aria-labelledby={stepsId}>
          {trace.map((entry, index) => (
            // Steps have no id of their own; their position in the evaluation order is what identifies them.
            // biome-ignore lint/suspicious/noArrayIndexKey: the trace is an ordered, immutable list.
            <li key={index} className="explain-step" data-outcome={entry.outcome}>
              <p className="explain-step-head">
                <span className="explain-step-name">{STEP_LABELS[entry.step]}</span>{' '}
                <span className={outcomeClass(entry.outcome)}>{OUTCOME_LABELS[entry.outcome]}</span>
                {entry.ruleId && (
                  <>
                    {' '}
                    <span className="hint">
                      rule <code>{entry.ruleId}</code>
                    </span>
                  </>
                )}
              </p>
              <p className="explain-step-detail">{stepDetail(entry.detail)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The server words the switch as "kill switch is on"; the console says the flag is On or Off. */
export function stepDetail(detail: string): string {
  return detail.replace(/\bkill switch is (on|off)\b/i, (_, state: string) =>
    state.toLowerCase() === 'on' ? 'the flag is On' : 'the flag is Off',
  );
}

function outcomeClass(outcome: Outcome): string {
  if (outcome === 'DECIDED') return 'badge';
  if (outcome === 'SKIPPED') return 'badge badge-muted';
  return 'badge badge-passed';
}
