// A tenant's settings (quotas, API rate limit) in the validated editor: saved on the version loaded, with the
// conflict offer when someone saved first; entitlements are changed in the matrix, never here.
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
import { FormContext, type FormContextValue, TextField } from '../forms/form-controls';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import {
  describeSettingsChanges,
  SETTINGS,
  type SettingsForm,
  settingsFieldLabel,
  settingsProblems,
  toSettingsForm,
  toSettingsPatch,
} from './settings-form';

export const TenantSettingsQuery = graphql(`
  query TenantSettings($tenantId: ID!) {
    tenantSettings(tenantId: $tenantId) {
      tenantId
      version
      settings
    }
  }
`);

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($tenantId: ID!, $expectedVersion: Int, $patch: JSON!, $reason: String) {
    updateTenantSettings(tenantId: $tenantId, expectedVersion: $expectedVersion, patch: $patch, reason: $reason) {
      tenantId
      version
      settings
    }
  }
`);

const PATHS = SETTINGS.map((s) => `patch.${s.key}`);

export function TenantSettingsEditor(props: { tenantId: string; onSaved?(version: number): void }) {
  return <Editor key={props.tenantId} {...props} />;
}

function Editor({ tenantId, onSaved }: { tenantId: string; onSaved?(version: number): void }) {
  const [query, refetch] = useQuery({
    query: TenantSettingsQuery,
    variables: { tenantId },
    requestPolicy: 'network-only',
  });
  const [, update] = useMutation(UpdateTenantSettingsMutation);
  const data = query.data;
  const settled = !query.fetching && !query.stale;
  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusLater = useEditorFocus(formRef, summaryRef);
  const editor = useValidatedEditor({
    loaded: data && settled ? data.tenantSettings : undefined,
    toForm: toSettingsForm,
    toInput: toSettingsPatch,
    revisionOf: (f: SettingsForm) => f.version,
    problems: settingsProblems,
    save: async (f, patch, reason) => {
      const outcome = await update({ tenantId, expectedVersion: f.version, patch, reason });
      return { saved: outcome.data?.updateTenantSettings, error: outcome.error };
    },
    refetch: () => refetch({ requestPolicy: 'network-only' }),
    onSaved,
    focusLater,
  });
  const { form, messages, saveError, saved } = editor;
  const context = useMemo<FormContextValue>(
    () => ({ messages, baseId, readOnly: false, focusLater }),
    [messages, baseId, focusLater],
  );

  if (!form) {
    if (query.error && !data) {
      return (
        <ErrorNotice
          title="Could not load the tenant settings"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    }
    return <StatusMessage>Loading the tenant settings…</StatusMessage>;
  }

  const problems = editorProblems(messages, PATHS, settingsFieldLabel, ['patch']);
  const patch = toSettingsPatch(form);
  const changes = editor.baseline ? describeSettingsChanges(editor.baseline, patch) : undefined;
  const showProblem = () =>
    problems.first?.unmatched
      ? summaryRef.current?.focus()
      : focusFirstProblem(formRef.current, summaryRef.current);
  const unknown = Object.entries(form.unknown);

  return (
    <FormContext.Provider value={context}>
      <section className="card flag-editor tenant-settings" aria-labelledby={`${baseId}-title`}>
        <div className="section-head">
          <h2 id={`${baseId}-title`}>Settings</h2>
          <p className="hint" data-version={form.version}>
            Version {form.version}
          </p>
        </div>
        <EditorSummary
          ref={summaryRef}
          noun="configuration"
          saveError={saveError}
          localProblems={editor.localErrors.size > 0}
          unmatched={problems.unmatched.filter((issue) => issue.path !== 'reason')}
          onReloadLatest={editor.reloadLatest}
          reloading={editor.reloading}
          reloadError={query.error}
          labelOf={settingsFieldLabel}
        />
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={editor.submit}>
          <fieldset className="flag-editor-body">
            <legend className="visually-hidden">Tenant settings</legend>
            {SETTINGS.map((spec) => (
              <TextField
                key={spec.key}
                label={spec.label}
                hint={spec.hint}
                inputMode="decimal"
                value={form.values[spec.key] ?? ''}
                onChange={(text) =>
                  editor.update((f) => ({ ...f, values: { ...f.values, [spec.key]: text } }))
                }
                paths={[`patch.${spec.key}`]}
                spellCheck={false}
              />
            ))}
            {unknown.length > 0 && (
              <p className="hint">
                Also set, not editable here:{' '}
                {unknown.map(([key, value]) => `${key} = ${JSON.stringify(value)}`).join(', ')}
              </p>
            )}
          </fieldset>
          <SaveBar
            changes={changes}
            problem={problems.first}
            onShowProblem={showProblem}
            reason={editor.reason}
            onReason={editor.setReason}
            reasonHint="Kept in the tenant's settings history and the audit log."
            saveLabel="Save settings"
            saving={editor.saving}
          />
          <div role="status" className="flag-editor-saved">
            {saved?.changed && <p>Saved as version {saved.revision}</p>}
            {saved && !saved.changed && <p>Nothing changed: version {saved.revision} is still in force.</p>}
          </div>
        </form>
      </section>
    </FormContext.Provider>
  );
}
