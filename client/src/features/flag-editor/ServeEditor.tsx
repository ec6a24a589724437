// What a rule or the default serves: one fixed variant, or a weighted rollout with its live total.
import { useId } from 'react';
import { FieldError, SelectField, TextField, useFormContext, useGroupMessage } from '../forms/form-controls';
import {
  type FlagForm,
  type ServeForm,
  sentWeightIndexes,
  setServeMode,
  variantKey,
  weightTotal,
} from './flag-form';

export function variantOptions(form: FlagForm, current: string) {
  const options = form.variants.map((v) => ({ value: v.uid, label: v.key || '(unnamed variant)' }));
  if (current !== '' && !options.some((o) => o.value === current)) {
    options.push({ value: current, label: `${variantKey(form, current)} (not a variant of this flag)` });
  }
  return options;
}

const formatPercent = (n: number) => `${n.toLocaleString('en', { maximumFractionDigits: 2 })}%`;

export function ServeEditor(props: {
  legend: string;
  form: FlagForm;
  serve: ServeForm;
  /** The field path of this serve: `fallthrough` or `rules.<i>.serve`. */
  path: string;
  onChange(serve: ServeForm, structural?: boolean): void;
}) {
  const { form, serve, path, onChange } = props;
  const name = useId();
  const { readOnly } = useFormContext();
  const totalId = useId();
  const whole = useGroupMessage([path, `${path}.rollout`]);
  const weightsMessage = useGroupMessage([`${path}.rollout.weights`]);
  const sent = sentWeightIndexes(serve.weights);
  const total = weightTotal(serve.weights);
  const setMode = (mode: ServeForm['mode']) => onChange(setServeMode(form, serve, mode), true);

  return (
    <fieldset className="flag-editor-group flag-editor-serve" aria-describedby={whole.id}>
      <legend>{props.legend}</legend>
      <div className="flag-editor-choice">
        <div className="form-check-row">
          <input
            type="radio"
            id={`${name}-variant`}
            name={name}
            checked={serve.mode === 'variant'}
            disabled={readOnly}
            onChange={() => setMode('variant')}
          />
          <label htmlFor={`${name}-variant`}>A fixed variant</label>
        </div>
        <div className="form-check-row">
          <input
            type="radio"
            id={`${name}-rollout`}
            name={name}
            checked={serve.mode === 'rollout'}
            disabled={readOnly}
            onChange={() => setMode('rollout')}
          />
          <label htmlFor={`${name}-rollout`}>A weighted rollout</label>
        </div>
      </div>
      <FieldError id={whole.id ?? ''} message={whole.message} />
      {serve.mode === 'variant' ? (
        <SelectField
          label="Variant to serve"
          value={serve.variant}
          onChange={(variant) => onChange({ ...serve, variant })}
          options={variantOptions(form, serve.variant)}
          paths={[`${path}.variant`]}
        />
      ) : (
        <>
          <p className="hint">
            Percentages with at most two decimals that add up to 100. Leave a weight blank to leave that
            variant out.
          </p>
          <div className="flag-editor-weights">
            {serve.weights.map((w, i) => {
              const k = sent[i];
              const at = `${path}.rollout.weights.${k}`;
              return (
                <TextField
                  // The rollout's order decides the bucket ranges; rows are never reordered.
                  // biome-ignore lint/suspicious/noArrayIndexKey: a variant may appear twice in an invalid rollout
                  key={`${w.variant}-${i}`}
                  className="flag-editor-weight"
                  label={`Weight for ${variantKey(form, w.variant)} (%)`}
                  type="number"
                  inputMode="decimal"
                  numberRange={{ min: 0, max: 100, step: 0.01 }}
                  value={w.weight}
                  onChange={(weight) =>
                    onChange({
                      ...serve,
                      weights: serve.weights.map((x, j) => (j === i ? { ...x, weight } : x)),
                    })
                  }
                  paths={k === undefined ? [] : [`${at}.weight`, `${at}.variant`, at]}
                  group={weightsMessage}
                  describedBy={totalId}
                />
              );
            })}
          </div>
          <p
            id={totalId}
            className={
              total === 100 ? 'hint flag-editor-total' : 'hint flag-editor-total flag-editor-total-off'
            }
            data-total={total}
          >
            Total: <strong>{formatPercent(total)}</strong>
            {total !== 100 && ' (must be 100%)'}
          </p>
          <FieldError id={weightsMessage.id ?? ''} message={weightsMessage.message} />
          <TextField
            label="Stickiness attribute (optional)"
            hint="Who keeps the same variant: blank means userId, then sessionId."
            value={serve.stickiness}
            onChange={(stickiness) => onChange({ ...serve, stickiness })}
            paths={[`${path}.rollout.stickiness`]}
            spellCheck={false}
          />
        </>
      )}
    </fieldset>
  );
}
