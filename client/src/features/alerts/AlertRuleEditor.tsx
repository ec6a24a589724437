// An alert rule's editor (ops): every field of the rule, saved on the loaded revision with a reason
// (createAlertRule for a new one), the server's field messages beside their fields.
import '../flag-editor/flag-editor.css';
import '../editor/editor.css';
import { useId, useMemo, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../app/graphql';
import { EditorSummary } from '../editor/EditorSummary';
import { editorProblems } from '../editor/editor-problems';
import { SaveBar } from '../editor/SaveBar';
import { focusFirstProblem, useEditorFocus } from '../editor/use-editor-focus';
import { useValidatedEditor } from '../editor/use-validated-editor';
import {
  CheckboxField,
  FormContext,
  type FormContextValue,
  SelectField,
  TextField,
} from '../forms/form-controls';
import { describeChanges } from '../history/change-sentences';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import {
  ALERT_RULE_PATHS,
  type AlertRuleForm,
  AlertRuleFormFragment,
  alertRuleFieldLabel,
  alertRuleProblems,
  KPI_LABELS,
  type LoadedAlertRule,
  SEVERITY_LABELS,
  toAlertRuleForm,
  toAlertRuleInput,
} from './alert-rule-form';

export const AlertRuleEditorQuery = graphql(
  `
  query AlertRuleEditor($key: String!) {
    alertRule(key: $key) {
      key
      archivedAt
      ...AlertRuleForm_rule
    }
  }
`,
  [AlertRuleFormFragment],
);

export const CreateAlertRuleMutation = graphql(
  `
  mutation CreateAlertRule($key: String!, $input: AlertRuleInput!, $reason: String) {
    createAlertRule(key: $key, input: $input, reason: $reason) {
      key
      ...AlertRuleForm_rule
    }
  }
`,
  [AlertRuleFormFragment],
);

export const UpdateAlertRuleMutation = graphql(
  `
  mutation UpdateAlertRule($key: String!, $expectedRevision: Int!, $input: AlertRuleInput!, $reason: String) {
    updateAlertRule(key: $key, expectedRevision: $expectedRevision, input: $input, reason: $reason) {
      key
      ...AlertRuleForm_rule
    }
  }
`,
  [AlertRuleFormFragment],
);

const NEW_RULE: LoadedAlertRule = {
  key: '',
  revision: 0,
  description: '',
  kpi: 'ERROR_RATE_5XX',
  operation: null,
  tenantId: null,
  comparison: 'ABOVE',
  threshold: 0.05,
  windowSeconds: 300,
  minSamples: 20,
  forSeconds: 300,
  severity: 'WARNING',
  webhookUrl: null,
  hasWebhookSecret: false,
  enabled: true,
};

const FORM_ORDER = ['key', 'input'];
const KPI_OPTIONS = Object.entries(KPI_LABELS).map(([value, label]) => ({ value, label }));
const SEVERITY_OPTIONS = Object.entries(SEVERITY_LABELS).map(([value, label]) => ({ value, label }));
const COMPARISON_OPTIONS = [
  { value: 'ABOVE', label: 'the value is above the threshold' },
  { value: 'BELOW', label: 'the value is below the threshold' },
];

/** `ruleKey` null: a new rule. */
export function AlertRuleEditor(props: {
  ruleKey: string | null;
  onSaved(key: string, revision: number): void;
}) {
  return <Editor key={props.ruleKey ?? '(new)'} {...props} />;
}

function Editor({
  ruleKey,
  onSaved,
}: {
  ruleKey: string | null;
  onSaved(key: string, revision: number): void;
}) {
  const [query, refetch] = useQuery({
    query: AlertRuleEditorQuery,
    variables: { key: ruleKey ?? '' },
    pause: ruleKey === null,
    requestPolicy: 'network-only',
  });
  const [, createRule] = useMutation(CreateAlertRuleMutation);
  const [, updateRule] = useMutation(UpdateAlertRuleMutation);
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useEditorFocus(formRef, summaryRef);
  const savedKey = useRef(ruleKey ?? '');
  const settled = !query.fetching && !query.stale;
  const live = query.data?.alertRule && !query.data.alertRule.archivedAt ? query.data.alertRule : null;
  const editor = useValidatedEditor({
    loaded: ruleKey === null ? NEW_RULE : query.data && settled ? live : undefined,
    toForm: toAlertRuleForm,
    toInput: toAlertRuleInput,
    revisionOf: (f: AlertRuleForm) => f.revision,
    problems: alertRuleProblems,
    save: async (f, input, reason) => {
      savedKey.current = f.key.trim();
      if (f.revision === 0) {
        const outcome = await createRule({ key: f.key.trim(), input, reason });
        return { saved: outcome.data?.createAlertRule, error: outcome.error };
      }
      const outcome = await updateRule({ key: f.key, expectedRevision: f.revision, input, reason });
      return { saved: outcome.data?.updateAlertRule, error: outcome.error };
    },
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    onSaved: (revision) => onSaved(savedKey.current, revision),
    focusLater,
  });
  const { form, messages, saveError, saved, update } = editor;
  const context = useMemo<FormContextValue>(
    () => ({ messages, baseId, readOnly: false, focusLater }),
    [messages, baseId, focusLater],
  );

  if (!form) {
    if (query.error && !query.data) {
      return (
        <ErrorNotice
          title="Could not load the alert rule"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    }
    if (query.data && !live) {
      return (
        <p className="notice notice-info">
          There is no alert rule <code>{ruleKey}</code>
          {query.data.alertRule?.archivedAt ? ': it was archived.' : '.'}
        </p>
      );
    }
    return <StatusMessage>Loading the alert rule…</StatusMessage>;
  }

  const creating = form.revision === 0;
  const problems = editorProblems(messages, ALERT_RULE_PATHS, alertRuleFieldLabel, FORM_ORDER);
  const changes = editor.baseline ? describeChanges(editor.baseline, toAlertRuleInput(form)) : undefined;
  const set =
    <K extends keyof AlertRuleForm>(field: K) =>
    (value: AlertRuleForm[K]) =>
      update((f) => ({ ...f, [field]: value }));

  return (
    <FormContext.Provider value={context}>
      <section className="card flag-editor" aria-labelledby={`${baseId}-title`}>
        <div className="section-head">
          <h2 id={`${baseId}-title`}>{creating ? 'New alert rule' : `Rule ${form.key}`}</h2>
          {!creating && <p className="hint">Revision {form.revision}</p>}
        </div>
        <EditorSummary
          ref={summaryRef}
          noun="alert rule"
          saveError={saveError}
          localProblems={editor.localErrors.size > 0}
          unmatched={problems.unmatched.filter((issue) => issue.path !== 'reason')}
          onReloadLatest={editor.reloadLatest}
          reloading={editor.reloading}
          reloadError={query.error}
          labelOf={alertRuleFieldLabel}
        />
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={editor.submit}>
          <fieldset className="flag-editor-body">
            <legend className="visually-hidden">
              {creating ? 'New alert rule' : `Alert rule ${form.key}`}
            </legend>
            {creating && (
              <TextField
                label="Key"
                hint="snake_case: a-z, 0-9, _"
                value={form.key}
                onChange={set('key')}
                paths={['key']}
                spellCheck={false}
              />
            )}
            <TextField
              label="Description"
              value={form.description}
              onChange={set('description')}
              paths={['input.description']}
            />
            <SelectField
              label="KPI"
              value={form.kpi}
              onChange={(kpi) => update((f) => ({ ...f, kpi: kpi as AlertRuleForm['kpi'] }))}
              options={KPI_OPTIONS}
              paths={['input.kpi']}
            />
            <TextField
              label="Operation"
              hint="A GraphQL root field (e.g. evaluateFlags), or a module for quota saturation; empty: all of them."
              value={form.operation}
              onChange={set('operation')}
              paths={['input.operation']}
              spellCheck={false}
            />
            <TextField
              label="Tenant"
              hint="A tenant id to watch one tenant; empty: every tenant."
              value={form.tenantId}
              onChange={set('tenantId')}
              paths={['input.tenantId']}
              spellCheck={false}
            />
            <SelectField
              label="Fires when"
              value={form.comparison}
              onChange={(c) => update((f) => ({ ...f, comparison: c as AlertRuleForm['comparison'] }))}
              options={COMPARISON_OPTIONS}
              paths={['input.comparison']}
            />
            <TextField
              label="Threshold"
              hint="A share from 0 to 1 for rates, milliseconds for latency, a count for failures."
              value={form.threshold}
              onChange={set('threshold')}
              inputMode="decimal"
              paths={['input.threshold']}
            />
            <TextField
              label="Window (seconds)"
              value={form.windowSeconds}
              onChange={set('windowSeconds')}
              inputMode="decimal"
              paths={['input.windowSeconds']}
            />
            <TextField
              label="Minimum samples"
              hint="Below this many samples in the window, the rule says nothing."
              value={form.minSamples}
              onChange={set('minSamples')}
              inputMode="decimal"
              paths={['input.minSamples']}
            />
            <TextField
              label="For (seconds)"
              hint="How long the breach must last before the alert fires (0: at once)."
              value={form.forSeconds}
              onChange={set('forSeconds')}
              inputMode="decimal"
              paths={['input.forSeconds']}
            />
            <SelectField
              label="Severity"
              value={form.severity}
              onChange={(s) => update((f) => ({ ...f, severity: s as AlertRuleForm['severity'] }))}
              options={SEVERITY_OPTIONS}
              paths={['input.severity']}
            />
            <TextField
              label="Webhook URL"
              hint="http or https; each firing and resolution is POSTed there as JSON (docs/alerts.md)."
              value={form.webhookUrl}
              onChange={set('webhookUrl')}
              paths={['input.webhookUrl']}
              spellCheck={false}
            />
            <TextField
              label={form.hasWebhookSecret ? 'New webhook secret' : 'Webhook secret'}
              hint={
                form.hasWebhookSecret
                  ? 'Deliveries are signed. Leave empty to keep the secret; it is never shown.'
                  : 'Optional, 16 characters or more: deliveries are then signed (X-Augur-Signature).'
              }
              value={form.webhookSecret}
              onChange={set('webhookSecret')}
              paths={['input.webhookSecret']}
              spellCheck={false}
            />
            {form.hasWebhookSecret && (
              <CheckboxField
                label="Remove the webhook secret"
                checked={form.removeSecret}
                onChange={set('removeSecret')}
              />
            )}
            <CheckboxField label="Enabled" checked={form.enabled} onChange={set('enabled')} />
          </fieldset>
          <SaveBar
            changes={changes}
            problem={problems.first}
            onShowProblem={() =>
              problems.first?.unmatched
                ? summaryRef.current?.focus()
                : focusFirstProblem(formRef.current, summaryRef.current)
            }
            reason={editor.reason}
            onReason={editor.setReason}
            reasonHint="Kept in the rule's history and the audit log."
            saveLabel={creating ? 'Create rule' : 'Save rule'}
            saving={editor.saving}
          />
          <div role="status" className="flag-editor-saved">
            {saved?.changed && <p>Saved as revision {saved.revision}</p>}
            {saved && !saved.changed && <p>Nothing changed: revision {saved.revision} is still in force.</p>}
          </div>
        </form>
      </section>
    </FormContext.Provider>
  );
}
