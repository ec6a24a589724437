// The ops console's flag editor: the whole definition as a form, saved with updateFlag against the loaded revision.
import './flag-editor.css';
import { type FormEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { hasErrorCode } from '../../app/errors';
import { graphql } from '../../app/graphql';
import { ErrorNotice } from '../shell/ErrorNotice';
import { StatusMessage } from '../shell/StatusMessage';
import {
  addPrerequisite,
  addRule,
  addVariant,
  type FlagForm,
  FlagFormFragment,
  fieldErrors,
  formProblems,
  moveItem,
  type PrerequisiteRow,
  removeVariant,
  sentTargetIndexes,
  shownPaths,
  toForm,
  toInput,
  type VariantRow,
} from './flag-form';
import {
  EditButton,
  EditorContext,
  type EditorContextValue,
  FieldError,
  SelectField,
  TextField,
  useEditor,
  useGroupMessage,
} from './form-controls';
import { RuleEditor, type Segment } from './RuleEditor';
import { ServeEditor, variantOptions } from './ServeEditor';

export const FlagEditorQuery = graphql(
  `
  query FlagEditor($key: String!) {
    flag(key: $key) {
      key
      ...FlagForm_flag
    }
    segments {
      key
      description
    }
    flags(first: 200) {
      items {
        key
      }
      nextCursor
    }
  }
`,
  [FlagFormFragment],
);

export const UpdateFlagMutation = graphql(
  `
  mutation UpdateFlag($key: String!, $expectedRevision: Int!, $input: FlagInput!, $reason: String) {
    updateFlag(key: $key, expectedRevision: $expectedRevision, input: $input, reason: $reason) {
      key
      ...FlagForm_flag
    }
  }
`,
  [FlagFormFragment],
);

/** Loads flag `flagKey` into an editable form; read-only (no Save) unless `canEdit`. */
export function FlagEditor(props: { flagKey: string; canEdit: boolean; onSaved?(revision: number): void }) {
  return <Editor key={props.flagKey} {...props} />;
}

function Editor({
  flagKey,
  canEdit,
  onSaved,
}: {
  flagKey: string;
  canEdit: boolean;
  onSaved?(revision: number): void;
}) {
  // The editor always starts from the revision in force, never from a cached one.
  const [query, refetch] = useQuery({
    query: FlagEditorQuery,
    variables: { key: flagKey },
    requestPolicy: 'network-only',
  });
  const [mutation, updateFlag] = useMutation(UpdateFlagMutation);
  const [form, setForm] = useState<FlagForm | null>(null);
  const [reason, setReason] = useState('');
  const [saveError, setSaveError] = useState<CombinedError | null>(null);
  const [localErrors, setLocalErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [saved, setSaved] = useState<number | null>(null);
  const [reloading, setReloading] = useState(false);
  // Query results are taken into the form only when asked for (first load, "Reload latest"): a refetch
  // elsewhere never overwrites edits, and expectedRevision stays the revision the edits started from.
  const adopt = useRef(true);
  const data = query.data;
  // urql may first replay another subscriber's last (stale) result: only a settled answer is adopted.
  const settled = !query.fetching && !query.stale;

  useEffect(() => {
    if (!adopt.current || !data || !settled) return;
    adopt.current = false;
    // null when the flag is gone (archived elsewhere): the editor then says so.
    setForm(data.flag ? toForm(data.flag) : null);
    setSaveError(null);
    setLocalErrors(new Map());
    setReloading(false);
  }, [data, settled]);

  const baseId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | 'problem' | null>(null);
  const focusLater = useCallback((id: string) => {
    pendingFocus.current = id;
  }, []);
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target === 'problem') {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? summaryRef.current)?.focus();
    } else {
      document.getElementById(target)?.focus();
    }
  });

  const messages = useMemo(() => {
    const all = new Map(fieldErrors(saveError));
    for (const [path, message] of localErrors) all.set(path, message);
    return all;
  }, [saveError, localErrors]);

  const context = useMemo<EditorContextValue>(
    () => ({ messages, baseId, readOnly: !canEdit, focusLater }),
    [messages, baseId, canEdit, focusLater],
  );

  /** Applies an edit; adding, removing or moving rows shifts field paths, so old messages go. */
  const update = useCallback((edit: (f: FlagForm) => FlagForm, structural = false) => {
    setForm((f) => (f ? edit(f) : f));
    if (structural) {
      setSaveError(null);
      setLocalErrors(new Map());
    }
  }, []);

  if (!form) {
    if (query.error && !data) {
      return (
        <ErrorNotice
          title="Could not load the flag"
          error={query.error}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      );
    }
    if (data && !data.flag) {
      return (
        <p className="notice notice-info">
          There is no flag <code>{flagKey}</code>.
        </p>
      );
    }
    return <StatusMessage>Loading the flag…</StatusMessage>;
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.fetching) return;
    const problems = formProblems(form);
    if (!reason.trim())
      problems.set('reason', 'Say why you are making this change: it goes into the history.');
    setSaved(null);
    setSaveError(null);
    setLocalErrors(problems);
    if (problems.size > 0) {
      focusLater('problem');
      return;
    }
    const outcome = await updateFlag({
      key: flagKey,
      expectedRevision: form.revision,
      input: toInput(form),
      reason: reason.trim(),
    });
    const flag = outcome.data?.updateFlag;
    if (flag) {
      setForm(toForm(flag));
      setReason('');
      setSaved(flag.revision);
      onSaved?.(flag.revision);
    } else if (outcome.error) {
      setSaveError(outcome.error);
      focusLater('problem');
    }
  };

  const reloadLatest = () => {
    adopt.current = true;
    setReloading(true);
    setSaved(null);
    refetch({ requestPolicy: 'network-only' });
  };

  const segments: Segment[] = data?.segments ?? [];
  // Keys only: the server's query cost limit would refuse 200 flags with their variants.
  const otherFlags = (data?.flags.items ?? []).map((f) => f.key).filter((key) => key !== form.key);
  const moreFlags = Boolean(data?.flags.nextCursor);
  const shown = shownPaths(form);
  const unmatched = [...messages].filter(([path]) => !shown.has(path) && path !== 'reason');
  const conflict = saveError !== null && hasErrorCode(saveError, 'CONFLICT');

  return (
    <EditorContext.Provider value={context}>
      <section className="card flag-editor" aria-labelledby={`${baseId}-title`}>
        <div className="section-head">
          <h2 id={`${baseId}-title`}>Definition</h2>
          <p className="hint">
            <span className="badge badge-muted">{form.type}</span> Revision {form.revision}
          </p>
        </div>
        {!canEdit && (
          <p className="notice notice-info">Read only: you can look at this flag but not change it.</p>
        )}
        <div ref={summaryRef} tabIndex={-1} className="flag-editor-summary">
          {saveError && (
            <ErrorNotice
              title={
                conflict
                  ? 'Someone saved this flag first: nothing was changed'
                  : 'The flag was not saved: nothing was changed'
              }
              error={saveError}
            />
          )}
          {conflict && (
            <div className="flag-editor-conflict">
              <p>
                Your edits are still below. Reload the latest version to see what changed (your edits here are
                replaced), then make them again.
              </p>
              <button type="button" className="button button-secondary" onClick={reloadLatest}>
                Reload latest
              </button>
            </div>
          )}
          {!saveError && localErrors.size > 0 && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">Fix the marked fields: nothing was sent.</p>
            </div>
          )}
          {unmatched.length > 0 && <p className="hint">Besides the problems marked under their fields:</p>}
          {unmatched.length > 0 && (
            <ul className="flag-editor-unmatched">
              {unmatched.map(([path, message]) => (
                <li key={path}>
                  <code>{path || 'flag'}</code>: {message}
                </li>
              ))}
            </ul>
          )}
          {reloading && <StatusMessage>Loading the latest version…</StatusMessage>}
          {reloading && query.error && (
            <ErrorNotice title="Could not reload the flag" error={query.error} onRetry={reloadLatest} />
          )}
        </div>
        <form ref={formRef} className="flag-editor-form" noValidate onSubmit={submit}>
          <fieldset className="flag-editor-body" disabled={!canEdit}>
            <legend className="visually-hidden">{`Definition of ${form.key}`}</legend>
            <TextField
              label="Description"
              value={form.description}
              onChange={(description) => update((f) => ({ ...f, description }))}
              paths={['description']}
            />
            <Variants form={form} update={update} />
            <Targeting form={form} update={update} />
            <Rules form={form} update={update} segments={segments} />
            <ServeEditor
              legend="Default serve"
              form={form}
              serve={form.fallthrough}
              path="fallthrough"
              onChange={(fallthrough, structural) => update((f) => ({ ...f, fallthrough }), structural)}
            />
            <Prerequisites form={form} update={update} flags={otherFlags} partial={moreFlags} />
          </fieldset>
          {canEdit && (
            <div className="flag-editor-save">
              <TextField
                className="flag-editor-reason"
                label="Reason for this change"
                hint="Kept in the flag's history and the audit log."
                value={reason}
                onChange={setReason}
                paths={['reason']}
                required
              />
              <div className="flag-editor-actions">
                <button type="submit" className="button button-primary" disabled={mutation.fetching}>
                  Save flag
                </button>
                {mutation.fetching && <span className="hint">Saving…</span>}
              </div>
            </div>
          )}
          <div role="status" className="flag-editor-saved">
            {saved !== null && <p>Saved as revision {saved}</p>}
          </div>
        </form>
      </section>
    </EditorContext.Provider>
  );
}

type Update = (edit: (f: FlagForm) => FlagForm, structural?: boolean) => void;

function Variants({ form, update }: { form: FlagForm; update: Update }) {
  const { baseId, focusLater } = useEditor();
  const message = useGroupMessage(['variants']);
  const fixed = form.type === 'BOOLEAN';
  const setVariant = (uid: string, patch: Partial<VariantRow>) =>
    update((f) => ({ ...f, variants: f.variants.map((v) => (v.uid === uid ? { ...v, ...patch } : v)) }));

  return (
    <fieldset className="flag-editor-group" aria-describedby={message.id}>
      <legend>Variants</legend>
      {fixed && <p className="hint">A BOOLEAN flag has exactly the variants on and off.</p>}
      {form.variants.map((v, i) => (
        <fieldset key={v.uid} className="flag-editor-group flag-editor-variant">
          <legend>{`Variant ${i + 1}${v.key ? `: ${v.key}` : ''}`}</legend>
          <TextField
            id={`${baseId}-${v.uid}-key`}
            label="Key"
            hint={fixed ? undefined : 'snake_case, e.g. concise'}
            value={v.key}
            readOnly={fixed}
            onChange={(key) => setVariant(v.uid, { key })}
            paths={[`variants.${i}.key`]}
            spellCheck={false}
          />
          <TextField
            label="Payload (JSON)"
            hint={'Optional, e.g. {"style": "short"}; blank for none.'}
            multiline
            rows={3}
            className="flag-editor-json"
            value={v.payload}
            onChange={(payload) => setVariant(v.uid, { payload })}
            paths={[`variants.${i}.payload`]}
            spellCheck={false}
          />
          {!fixed && (
            <div className="flag-editor-actions">
              <EditButton
                danger
                onClick={() => {
                  focusLater(`${baseId}-add-variant`);
                  update((f) => removeVariant(f, v.uid), true);
                }}
              >
                Remove variant<span className="visually-hidden"> {v.key || i + 1}</span>
              </EditButton>
            </div>
          )}
        </fieldset>
      ))}
      <FieldError id={message.id ?? ''} message={message.message} />
      {!fixed && (
        <div className="flag-editor-actions">
          <EditButton
            id={`${baseId}-add-variant`}
            onClick={() => {
              const next = addVariant(form);
              const added = next.variants.at(-1);
              if (added) focusLater(`${baseId}-${added.uid}-key`);
              update(() => next, true);
            }}
          >
            Add variant
          </EditButton>
        </div>
      )}
      <SelectField
        label="Off variant"
        hint="Served while the flag is off."
        value={form.offVariant}
        onChange={(offVariant) => update((f) => ({ ...f, offVariant }))}
        options={variantOptions(form, form.offVariant)}
        paths={['offVariant']}
      />
    </fieldset>
  );
}

function Targeting({ form, update }: { form: FlagForm; update: Update }) {
  const message = useGroupMessage(['targets']);
  const sent = sentTargetIndexes(form.variants);
  return (
    <fieldset className="flag-editor-group" aria-describedby={message.id}>
      <legend>Individual targeting</legend>
      <p className="hint">
        These users get the variant whatever the rules say. One id per line, or comma-separated.
      </p>
      {form.variants.map((v, i) => {
        const k = sent[i];
        return (
          <TextField
            key={v.uid}
            label={`User ids served ${v.key || `variant ${i + 1}`}`}
            multiline
            rows={2}
            value={v.userIds}
            onChange={(userIds) =>
              update((f) => ({
                ...f,
                variants: f.variants.map((x) => (x.uid === v.uid ? { ...x, userIds } : x)),
              }))
            }
            paths={k === undefined ? [] : [`targets.${k}.userIds`, `targets.${k}.variant`, `targets.${k}`]}
            spellCheck={false}
          />
        );
      })}
      <FieldError id={message.id ?? ''} message={message.message} />
    </fieldset>
  );
}

function Rules({ form, update, segments }: { form: FlagForm; update: Update; segments: readonly Segment[] }) {
  const { baseId, focusLater } = useEditor();
  const message = useGroupMessage(['rules']);
  return (
    <fieldset className="flag-editor-group" aria-describedby={message.id}>
      <legend>Rules</legend>
      <p className="hint">Checked in order; the first rule that matches decides.</p>
      {form.rules.length === 0 && <p className="muted">No rules: everyone gets the default serve.</p>}
      {form.rules.map((rule, i) => (
        <RuleEditor
          key={rule.uid}
          form={form}
          rule={rule}
          index={i}
          count={form.rules.length}
          segments={segments}
          onChange={update}
          onMove={(delta) => {
            const to = i + delta;
            const last = form.rules.length - 1;
            focusLater(`${baseId}-${rule.uid}-${(delta < 0 && to > 0) || to === last ? 'up' : 'down'}`);
            update((f) => ({ ...f, rules: moveItem(f.rules, i, delta) }), true);
          }}
          onRemove={() => {
            focusLater(`${baseId}-add-rule`);
            update((f) => ({ ...f, rules: f.rules.filter((r) => r.uid !== rule.uid) }), true);
          }}
        />
      ))}
      <FieldError id={message.id ?? ''} message={message.message} />
      <div className="flag-editor-actions">
        <EditButton
          id={`${baseId}-add-rule`}
          onClick={() => {
            const next = addRule(form);
            const added = next.rules.at(-1);
            if (added) focusLater(`${baseId}-${added.uid}-id`);
            update(() => next, true);
          }}
        >
          Add rule
        </EditButton>
      </div>
    </fieldset>
  );
}

function Prerequisites({
  form,
  update,
  flags,
  partial,
}: {
  form: FlagForm;
  update: Update;
  /** Keys of the flags this one may depend on. */
  flags: readonly string[];
  /** True when there are more flags than listed. */
  partial: boolean;
}) {
  const { baseId, focusLater } = useEditor();
  const message = useGroupMessage(['prerequisites']);
  const setRow = (uid: string, patch: Partial<PrerequisiteRow>) =>
    update((f) => ({
      ...f,
      prerequisites: f.prerequisites.map((p) => (p.uid === uid ? { ...p, ...patch } : p)),
    }));
  return (
    <fieldset className="flag-editor-group" aria-describedby={message.id}>
      <legend>Prerequisites</legend>
      <p className="hint">
        This flag is served by its rules only while each of these flags serves the variant named.
      </p>
      {form.prerequisites.length === 0 && <p className="muted">No prerequisites.</p>}
      {partial && <p className="hint">Only the first 200 flags are listed.</p>}
      {form.prerequisites.map((p, i) => {
        const options = flags.map((key) => ({ value: key, label: key }));
        if (p.flagKey && !options.some((o) => o.value === p.flagKey)) {
          options.push({ value: p.flagKey, label: p.flagKey });
        }
        return (
          <fieldset key={p.uid} className="flag-editor-group flag-editor-row">
            <legend>{`Prerequisite ${i + 1}`}</legend>
            <SelectField
              id={`${baseId}-${p.uid}-flag`}
              label="Flag"
              placeholder="Choose a flag"
              value={p.flagKey}
              onChange={(flagKey) => setRow(p.uid, { flagKey })}
              options={options}
              paths={[`prerequisites.${i}.flagKey`, `prerequisites.${i}`]}
            />
            <TextField
              label="Variant it must serve"
              hint="e.g. on"
              value={p.variant}
              onChange={(variant) => setRow(p.uid, { variant })}
              paths={[`prerequisites.${i}.variant`]}
              spellCheck={false}
            />
            <div className="flag-editor-actions">
              <EditButton
                danger
                onClick={() => {
                  focusLater(`${baseId}-add-prerequisite`);
                  update(
                    (f) => ({ ...f, prerequisites: f.prerequisites.filter((x) => x.uid !== p.uid) }),
                    true,
                  );
                }}
              >
                Remove prerequisite<span className="visually-hidden"> {i + 1}</span>
              </EditButton>
            </div>
          </fieldset>
        );
      })}
      <FieldError id={message.id ?? ''} message={message.message} />
      <div className="flag-editor-actions">
        <EditButton
          id={`${baseId}-add-prerequisite`}
          onClick={() => {
            const next = addPrerequisite(form);
            const added = next.prerequisites.at(-1);
            if (added) focusLater(`${baseId}-${added.uid}-flag`);
            update(() => next, true);
          }}
        >
          Add prerequisite
        </EditButton>
      </div>
    </fieldset>
  );
}
