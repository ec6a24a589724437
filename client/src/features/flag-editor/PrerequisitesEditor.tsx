// The flags this one depends on, each with the variant it must serve; picked from the other flags' keys.

import {
  EditButton,
  FieldError,
  SelectField,
  TextField,
  useFormContext,
  useGroupMessage,
} from '../forms/form-controls';
import { AddRowButton } from './AddRowButton';
import { addPrerequisite, type FlagForm, type PrerequisiteRow, type UpdateForm } from './flag-form';

export function PrerequisitesEditor({
  form,
  update,
  flags,
  partial,
}: {
  form: FlagForm;
  update: UpdateForm;
  /** Keys of the flags this one may depend on. */
  flags: readonly string[];
  /** True when there are more flags than listed. */
  partial: boolean;
}) {
  const { baseId, focusLater } = useFormContext();
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
      <AddRowButton
        name="prerequisite"
        form={form}
        update={update}
        add={addPrerequisite}
        rows={(f) => f.prerequisites}
        focus="flag"
      >
        Add prerequisite
      </AddRowButton>
    </fieldset>
  );
}
