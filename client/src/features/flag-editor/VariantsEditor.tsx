// The flag's variants (key and JSON payload; just on and off for BOOLEAN) and the variant served while off.

import {
  EditButton,
  FieldError,
  SelectField,
  TextField,
  useFormContext,
  useGroupMessage,
} from '../forms/form-controls';
import { AddRowButton } from './AddRowButton';
import { addVariant, type FlagForm, removeVariant, type UpdateForm, type VariantRow } from './flag-form';
import { variantOptions } from './ServeEditor';

export function VariantsEditor({ form, update }: { form: FlagForm; update: UpdateForm }) {
  const { baseId, focusLater } = useFormContext();
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
        <AddRowButton
          name="variant"
          form={form}
          update={update}
          add={addVariant}
          rows={(f) => f.variants}
          focus="key"
        >
          Add variant
        </AddRowButton>
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
