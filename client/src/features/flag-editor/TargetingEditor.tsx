// Individual targeting: per variant, the user ids that get it whatever the rules say.
import { FieldError, TextField, useGroupMessage } from '../forms/form-controls';
import { type FlagForm, sentTargetIndexes, type UpdateForm } from './flag-form';

export function TargetingEditor({ form, update }: { form: FlagForm; update: UpdateForm }) {
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
