// The flag's rules in order, each with its id, its conditions (all must match) and what it serves.
import { graphql, type ResultOf } from '../../app/graphql';
import { ConditionsEditor } from '../conditions/ConditionsEditor';
import { EditButton, FieldError, TextField, useFormContext, useGroupMessage } from '../forms/form-controls';
import { moveItem } from '../forms/move-item';
import { AddRowButton } from './AddRowButton';
import { addRule, type FlagForm, newCondition, type RuleRow, type UpdateForm } from './flag-form';
import { ServeEditor } from './ServeEditor';

/** What an IN_SEGMENT condition offers to pick from. */
export const RuleEditorSegmentFragment = graphql(`
  fragment RuleEditor_segment on Segment {
    key
    description
  }
`);

export type Segment = ResultOf<typeof RuleEditorSegmentFragment>;

export function RuleEditor(props: {
  form: FlagForm;
  rule: RuleRow;
  index: number;
  count: number;
  segments: readonly Segment[];
  /** `structural` edits add, remove or move rows: field paths shift, so old messages are dropped. */
  onChange: UpdateForm;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { form, rule, index: i, onChange } = props;
  const { baseId, focusLater } = useFormContext();
  const path = `rules.${i}`;
  const ruleLabel = `rule ${i + 1}`;
  const setRule = (update: (r: RuleRow) => RuleRow, structural?: boolean) =>
    onChange((f) => ({ ...f, rules: f.rules.map((r) => (r.uid === rule.uid ? update(r) : r)) }), structural);

  const addCondition = () => {
    const [next, condition] = newCondition(form);
    focusLater(`${baseId}-${condition.uid}-operator`);
    const withCondition = (r: RuleRow) =>
      r.uid === rule.uid ? { ...r, conditions: [...r.conditions, condition] } : r;
    onChange(() => ({ ...next, rules: next.rules.map(withCondition) }), true);
  };

  return (
    <fieldset className="flag-editor-group flag-editor-rule">
      <legend>{`Rule ${i + 1}: ${rule.id}`}</legend>
      <div className="flag-editor-row">
        <TextField
          id={`${baseId}-${rule.uid}-id`}
          label="Rule id"
          hint="Letters, digits, _ or -"
          value={rule.id}
          onChange={(id) => setRule((r) => ({ ...r, id }))}
          paths={[`${path}.id`, path]}
          spellCheck={false}
        />
        <TextField
          label="Rule description"
          value={rule.description}
          onChange={(description) => setRule((r) => ({ ...r, description }))}
          paths={[`${path}.description`]}
        />
      </div>
      <ConditionsEditor
        conditions={rule.conditions}
        path={path}
        ruleUid={rule.uid}
        ruleLabel={ruleLabel}
        segments={props.segments}
        onChange={(update, structural) =>
          setRule((r) => ({ ...r, conditions: update(r.conditions) }), structural)
        }
        onAdd={addCondition}
      />
      <ServeEditor
        legend="Serve"
        form={form}
        serve={rule.serve}
        path={`${path}.serve`}
        onChange={(serve, structural) => setRule((r) => ({ ...r, serve }), structural)}
      />
      <div className="flag-editor-actions">
        <EditButton id={`${baseId}-${rule.uid}-up`} onClick={() => props.onMove(-1)} disabled={i === 0}>
          Move rule up<span className="visually-hidden"> ({ruleLabel})</span>
        </EditButton>
        <EditButton
          id={`${baseId}-${rule.uid}-down`}
          onClick={() => props.onMove(1)}
          disabled={i === props.count - 1}
        >
          Move rule down<span className="visually-hidden"> ({ruleLabel})</span>
        </EditButton>
        <EditButton onClick={props.onRemove} danger>
          Remove rule<span className="visually-hidden"> {ruleLabel}</span>
        </EditButton>
      </div>
    </fieldset>
  );
}

export function RulesEditor({
  form,
  update,
  segments,
}: {
  form: FlagForm;
  update: UpdateForm;
  segments: readonly Segment[];
}) {
  const { baseId, focusLater } = useFormContext();
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
      <AddRowButton name="rule" form={form} update={update} add={addRule} rows={(f) => f.rules} focus="id">
        Add rule
      </AddRowButton>
    </fieldset>
  );
}
