// A segment's rules: a user is a member when any rule's conditions all match (IN_SEGMENT is not offered).
import { SEGMENT_RULE_OPERATORS } from '../conditions/ConditionEditor';
import { ConditionsEditor } from '../conditions/ConditionsEditor';
import { EditButton, FieldError, useFormContext, useGroupMessage } from '../forms/form-controls';
import { moveItem } from '../forms/move-item';
import {
  addSegmentCondition,
  addSegmentRule,
  type SegmentForm,
  type SegmentRuleRow,
  type UpdateSegmentForm,
} from './segment-form';

function SegmentRuleEditor(props: {
  form: SegmentForm;
  rule: SegmentRuleRow;
  index: number;
  count: number;
  update: UpdateSegmentForm;
}) {
  const { form, rule, index: i, update } = props;
  const { baseId, focusLater } = useFormContext();
  const ruleLabel = `rule ${i + 1}`;
  const message = useGroupMessage([`rules.${i}`]);
  const setRules = (edit: (rules: SegmentRuleRow[]) => SegmentRuleRow[]) =>
    update((f) => ({ ...f, rules: edit(f.rules) }), true);
  return (
    <fieldset className="flag-editor-group flag-editor-rule" aria-describedby={message.id}>
      <legend>{`Rule ${i + 1}`}</legend>
      <ConditionsEditor
        conditions={rule.conditions}
        path={`rules.${i}`}
        ruleUid={rule.uid}
        ruleLabel={ruleLabel}
        segments={[]}
        operators={SEGMENT_RULE_OPERATORS}
        onChange={(edit, structural) =>
          update(
            (f) => ({
              ...f,
              rules: f.rules.map((r) => (r.uid === rule.uid ? { ...r, conditions: edit(r.conditions) } : r)),
            }),
            structural,
          )
        }
        onAdd={() => {
          const [next, condition] = addSegmentCondition(form, rule.uid);
          focusLater(`${baseId}-${condition.uid}-operator`);
          update(() => next, true);
        }}
      />
      <FieldError id={message.id ?? ''} message={message.message} />
      <div className="flag-editor-actions">
        <EditButton
          id={`${baseId}-${rule.uid}-up`}
          onClick={() => setRules((rules) => moveItem(rules, i, -1))}
          disabled={i === 0}
        >
          Move rule up<span className="visually-hidden"> ({ruleLabel})</span>
        </EditButton>
        <EditButton
          id={`${baseId}-${rule.uid}-down`}
          onClick={() => setRules((rules) => moveItem(rules, i, 1))}
          disabled={i === props.count - 1}
        >
          Move rule down<span className="visually-hidden"> ({ruleLabel})</span>
        </EditButton>
        <EditButton
          onClick={() => {
            focusLater(`${baseId}-add-rule`);
            setRules((rules) => rules.filter((r) => r.uid !== rule.uid));
          }}
          danger
        >
          Remove rule<span className="visually-hidden"> {ruleLabel}</span>
        </EditButton>
      </div>
    </fieldset>
  );
}

export function SegmentRulesEditor({ form, update }: { form: SegmentForm; update: UpdateSegmentForm }) {
  const { baseId, focusLater } = useFormContext();
  const message = useGroupMessage(['rules']);
  return (
    <fieldset className="flag-editor-group" aria-describedby={message.id}>
      <legend>Rules</legend>
      <p className="hint">A user is a member when any one rule matches (all of its conditions).</p>
      {form.rules.length === 0 && (
        <p className="muted">No rules: only the users listed as included are members.</p>
      )}
      {form.rules.map((rule, i) => (
        <SegmentRuleEditor
          key={rule.uid}
          form={form}
          rule={rule}
          index={i}
          count={form.rules.length}
          update={update}
        />
      ))}
      <FieldError id={message.id ?? ''} message={message.message} />
      <div className="flag-editor-actions">
        <EditButton
          id={`${baseId}-add-rule`}
          onClick={() => {
            const next = addSegmentRule(form);
            const added = next.rules.at(-1)?.conditions[0];
            if (added) focusLater(`${baseId}-${added.uid}-operator`);
            update(() => next, true);
          }}
        >
          Add rule
        </EditButton>
      </div>
    </fieldset>
  );
}
