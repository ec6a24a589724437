// The flag's rules in order, each with its id, its conditions (all must match) and what it serves.

import { graphql, type ResultOf } from '../../app/graphql';
import {
  CheckboxField,
  EditButton,
  FieldError,
  SelectField,
  TextField,
  useFormContext,
  useGroupMessage,
} from '../forms/form-controls';
import { AddRowButton } from './AddRowButton';
import {
  addRule,
  type ConditionRow,
  type FlagForm,
  moveItem,
  newCondition,
  OPERATORS,
  type RuleRow,
  type UpdateForm,
} from './flag-form';
import { ServeEditor } from './ServeEditor';

/** What an IN_SEGMENT condition offers to pick from. */
export const RuleEditorSegmentFragment = graphql(`
  fragment RuleEditor_segment on Segment {
    key
    description
  }
`);

export type Segment = ResultOf<typeof RuleEditorSegmentFragment>;

const OPERATOR_OPTIONS = OPERATORS.map((op) => ({ value: op, label: op }));

function valuesHint(operator: ConditionRow['operator']): string {
  if (operator === 'EXISTS') return 'EXISTS takes no values: leave this blank.';
  if (operator === 'IN') return 'Comma-separated; any of them matches.';
  if (operator.startsWith('NUM_')) return 'One number.';
  if (operator.startsWith('DATE_'))
    return 'One date, e.g. 2025-01-31 or 2025-01-31T12:00:00Z, or epoch milliseconds.';
  if (operator.startsWith('SEMVER_')) return 'One version, e.g. 1.4.0.';
  return 'One value.';
}

function ConditionEditor(props: {
  condition: ConditionRow;
  index: number;
  count: number;
  rulePath: string;
  ruleLabel: string;
  segments: readonly Segment[];
  onChange(condition: ConditionRow): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}) {
  const { condition: c, index: j, rulePath } = props;
  const { baseId } = useFormContext();
  const at = `${rulePath}.conditions.${j}`;
  const set = (patch: Partial<ConditionRow>) => props.onChange({ ...c, ...patch });
  const segmentsMessage = useGroupMessage(c.operator === 'IN_SEGMENT' ? [`${at}.values`] : []);
  const segmentKeys = [
    ...props.segments.map((s) => s.key),
    ...c.segments.filter((k) => !props.segments.some((s) => s.key === k)),
  ];
  const context = `${j + 1} of ${props.ruleLabel}`;

  return (
    <fieldset className="flag-editor-group flag-editor-condition">
      <legend>Condition {j + 1}</legend>
      <div className="flag-editor-row">
        <SelectField
          id={`${baseId}-${c.uid}-operator`}
          label="Operator"
          value={c.operator}
          onChange={(operator) => set({ operator: operator as ConditionRow['operator'] })}
          options={OPERATOR_OPTIONS}
          paths={[`${at}.operator`, at]}
        />
        {c.operator !== 'IN_SEGMENT' && (
          <TextField
            label="Attribute"
            hint="e.g. plan, country, appVersion"
            value={c.attribute}
            onChange={(attribute) => set({ attribute })}
            paths={[`${at}.attribute`]}
            spellCheck={false}
          />
        )}
      </div>
      {c.operator === 'IN_SEGMENT' ? (
        <fieldset className="flag-editor-group flag-editor-segments" aria-describedby={segmentsMessage.id}>
          <legend>Segments</legend>
          {segmentKeys.length === 0 && <p className="muted">There are no segments yet.</p>}
          {segmentKeys.map((key) => (
            <CheckboxField
              key={key}
              label={key}
              hint={props.segments.find((s) => s.key === key)?.description || undefined}
              checked={c.segments.includes(key)}
              onChange={(checked) =>
                set({ segments: checked ? [...c.segments, key] : c.segments.filter((k) => k !== key) })
              }
              group={segmentsMessage}
            />
          ))}
          <FieldError id={segmentsMessage.id ?? ''} message={segmentsMessage.message} />
        </fieldset>
      ) : (
        <TextField
          label="Values"
          hint={valuesHint(c.operator)}
          value={c.values}
          onChange={(values) => set({ values })}
          paths={[`${at}.values`]}
        />
      )}
      <div className="flag-editor-checks">
        <CheckboxField
          label="Negate (match when the test fails)"
          checked={c.negate}
          onChange={(negate) => set({ negate })}
          paths={[`${at}.negate`]}
        />
        <CheckboxField
          label="Ignore case"
          checked={c.caseInsensitive}
          onChange={(caseInsensitive) => set({ caseInsensitive })}
          paths={[`${at}.caseInsensitive`]}
        />
      </div>
      <div className="flag-editor-actions">
        <EditButton id={`${baseId}-${c.uid}-up`} onClick={() => props.onMove(-1)} disabled={j === 0}>
          Move up<span className="visually-hidden"> condition {context}</span>
        </EditButton>
        <EditButton
          id={`${baseId}-${c.uid}-down`}
          onClick={() => props.onMove(1)}
          disabled={j === props.count - 1}
        >
          Move down<span className="visually-hidden"> condition {context}</span>
        </EditButton>
        <EditButton onClick={props.onRemove} danger>
          Remove condition<span className="visually-hidden"> {context}</span>
        </EditButton>
      </div>
    </fieldset>
  );
}

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
  const conditionsMessage = useGroupMessage([`${path}.conditions`]);
  const ruleLabel = `rule ${i + 1}`;
  const setRule = (update: (r: RuleRow) => RuleRow, structural?: boolean) =>
    onChange((f) => ({ ...f, rules: f.rules.map((r) => (r.uid === rule.uid ? update(r) : r)) }), structural);
  const setConditions = (update: (list: ConditionRow[]) => ConditionRow[]) =>
    setRule((r) => ({ ...r, conditions: update(r.conditions) }), true);

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
      <fieldset className="flag-editor-group" aria-describedby={conditionsMessage.id}>
        <legend>Conditions</legend>
        <p className="hint">The rule matches when all its conditions do; with none, it matches everyone.</p>
        {rule.conditions.map((c, j) => (
          <ConditionEditor
            key={c.uid}
            condition={c}
            index={j}
            count={rule.conditions.length}
            rulePath={path}
            ruleLabel={ruleLabel}
            segments={props.segments}
            onChange={(condition) =>
              setRule((r) => ({
                ...r,
                conditions: r.conditions.map((x) => (x.uid === c.uid ? condition : x)),
              }))
            }
            onMove={(delta) => {
              const to = j + delta;
              const last = rule.conditions.length - 1;
              focusLater(`${baseId}-${c.uid}-${(delta < 0 && to > 0) || to === last ? 'up' : 'down'}`);
              setConditions((list) => moveItem(list, j, delta));
            }}
            onRemove={() => {
              focusLater(`${baseId}-${rule.uid}-add-condition`);
              setConditions((list) => list.filter((x) => x.uid !== c.uid));
            }}
          />
        ))}
        <FieldError id={conditionsMessage.id ?? ''} message={conditionsMessage.message} />
        <div className="flag-editor-actions">
          <EditButton id={`${baseId}-${rule.uid}-add-condition`} onClick={addCondition}>
            Add condition<span className="visually-hidden"> to {ruleLabel}</span>
          </EditButton>
        </div>
      </fieldset>
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
