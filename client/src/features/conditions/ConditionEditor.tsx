// One condition of a rule (a flag's or a segment's): operator, attribute, values or segments, negate, ignore case.
import {
  CheckboxField,
  EditButton,
  FieldError,
  SelectField,
  TextField,
  useFormContext,
  useGroupMessage,
} from '../forms/form-controls';
import { type ConditionRow, OPERATORS, type Operator } from './condition-form';

/** A segment an IN_SEGMENT condition can pick. */
export interface SegmentChoice {
  key: string;
  description: string;
}

/** Segment rules cannot use IN_SEGMENT (segments do not nest). */
export const SEGMENT_RULE_OPERATORS = OPERATORS.filter((op) => op !== 'IN_SEGMENT');

function valuesHint(operator: ConditionRow['operator']): string {
  if (operator === 'EXISTS') return 'EXISTS takes no values: leave this blank.';
  if (operator === 'IN') return 'Comma-separated; any of them matches.';
  if (operator.startsWith('NUM_')) return 'One number.';
  if (operator.startsWith('DATE_'))
    return 'One date, e.g. 2025-01-31 or 2025-01-31T12:00:00Z, or epoch milliseconds.';
  if (operator.startsWith('SEMVER_')) return 'One version, e.g. 1.4.0.';
  return 'One value.';
}

export function ConditionEditor(props: {
  condition: ConditionRow;
  index: number;
  count: number;
  rulePath: string;
  ruleLabel: string;
  segments: readonly SegmentChoice[];
  /** The operators offered; every one by default. */
  operators?: readonly Operator[];
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
          options={(props.operators ?? OPERATORS).map((op) => ({ value: op, label: op }))}
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
