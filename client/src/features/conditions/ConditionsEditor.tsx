// A rule's conditions (all must match), for flag and segment rules: each condition, moving, removing, adding.
import { EditButton, FieldError, useFormContext, useGroupMessage } from '../forms/form-controls';
import { moveItem } from '../forms/move-item';
import { ConditionEditor, type SegmentChoice } from './ConditionEditor';
import type { ConditionRow, Operator } from './condition-form';

export function ConditionsEditor(props: {
  conditions: readonly ConditionRow[];
  /** The rule's field path, e.g. `rules.0`. */
  path: string;
  ruleUid: string;
  /** "rule 1", for the buttons' accessible names. */
  ruleLabel: string;
  segments: readonly SegmentChoice[];
  operators?: readonly Operator[];
  /** `structural` edits add, remove or move conditions: field paths shift. */
  onChange(update: (list: ConditionRow[]) => ConditionRow[], structural: boolean): void;
  /** Adds a blank condition (the caller owns the row ids) and focuses it. */
  onAdd(): void;
}) {
  const { conditions, path, ruleLabel, onChange } = props;
  const { baseId, focusLater } = useFormContext();
  const message = useGroupMessage([`${path}.conditions`]);
  return (
    <fieldset className="flag-editor-group" aria-describedby={message.id}>
      <legend>Conditions</legend>
      <p className="hint">The rule matches when all its conditions do; with none, it matches everyone.</p>
      {conditions.map((c, j) => (
        <ConditionEditor
          key={c.uid}
          condition={c}
          index={j}
          count={conditions.length}
          rulePath={path}
          ruleLabel={ruleLabel}
          segments={props.segments}
          operators={props.operators}
          onChange={(condition) =>
            onChange((list) => list.map((x) => (x.uid === c.uid ? condition : x)), false)
          }
          onMove={(delta) => {
            const to = j + delta;
            const last = conditions.length - 1;
            focusLater(`${baseId}-${c.uid}-${(delta < 0 && to > 0) || to === last ? 'up' : 'down'}`);
            onChange((list) => moveItem(list, j, delta), true);
          }}
          onRemove={() => {
            focusLater(`${baseId}-${props.ruleUid}-add-condition`);
            onChange((list) => list.filter((x) => x.uid !== c.uid), true);
          }}
        />
      ))}
      <FieldError id={message.id ?? ''} message={message.message} />
      <div className="flag-editor-actions">
        <EditButton id={`${baseId}-${props.ruleUid}-add-condition`} onClick={props.onAdd}>
          Add condition<span className="visually-hidden"> to {ruleLabel}</span>
        </EditButton>
      </div>
    </fieldset>
  );
}
