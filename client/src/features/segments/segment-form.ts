// The segment editor's form model: a loaded segment as editable text and rows, and back to a SegmentInput.
import { graphql, type ResultOf } from '../../app/graphql';
import {
  blankCondition,
  CONDITION_PART_LABELS,
  type ConditionRow,
  conditionInput,
  conditionPaths,
  type LoadedList,
  splitList,
  toConditionRow,
} from '../conditions/condition-form';

export const SegmentFormFragment = graphql(`
  fragment SegmentForm_segment on Segment {
    key
    revision
    description
    included
    excluded
    rules {
      conditions {
        attribute
        operator
        values
        negate
        caseInsensitive
      }
    }
  }
`);

export type LoadedSegment = ResultOf<typeof SegmentFormFragment>;
export type SegmentInput = ReturnType<typeof graphql.scalar<'SegmentInput'>>;

export interface SegmentRuleRow {
  uid: string;
  conditions: ConditionRow[];
}

/** A member list: one user id per line (or comma-separated), sent as loaded while the text is unchanged. */
export interface IdList {
  text: string;
  loaded: LoadedList<string>;
}

export interface SegmentForm {
  key: string;
  revision: number;
  description: string;
  included: IdList;
  excluded: IdList;
  rules: SegmentRuleRow[];
  nextUid: number;
}

const idList = (ids: readonly string[]): IdList => {
  const text = ids.join('\n');
  return { text, loaded: { text, values: ids } };
};

const idsOf = (list: IdList) =>
  list.text === list.loaded.text ? [...list.loaded.values] : splitList(list.text);

export function toSegmentForm(segment: LoadedSegment): SegmentForm {
  let next = 0;
  const uid = (prefix: string) => `${prefix}${next++}`;
  const rules = segment.rules.map((rule) => ({
    uid: uid('r'),
    conditions: rule.conditions.map((c) => toConditionRow(c, uid('c'))),
  }));
  return {
    key: segment.key,
    revision: segment.revision,
    description: segment.description,
    included: idList(segment.included),
    excluded: idList(segment.excluded),
    rules,
    nextUid: next,
  };
}

export function toSegmentInput(form: SegmentForm): SegmentInput {
  return {
    description: form.description,
    included: idsOf(form.included),
    excluded: idsOf(form.excluded),
    rules: form.rules.map((rule) => ({ conditions: rule.conditions.map(conditionInput) })),
  };
}

/** The paths the editor has fields for, top to bottom; other messages go to the summary. */
export function segmentShownPaths(form: SegmentForm): string[] {
  const paths = ['description', 'included', 'excluded', 'rules'];
  form.rules.forEach((rule, i) => {
    paths.push(`rules.${i}`, `rules.${i}.conditions`);
    rule.conditions.forEach((c, j) => {
      paths.push(...conditionPaths(`rules.${i}.conditions.${j}`, c));
    });
  });
  return paths;
}

/** What the form calls the field at `path`, e.g. "Rules › Rule 2 › Condition 1 › Values". */
export function segmentFieldLabel(path: string): string {
  const [head, i, part, j, leaf] = path.split('.');
  if (head === '') return 'Segment';
  if (head === 'key') return 'Segment key';
  if (head === 'description') return 'Description';
  if (head === 'included') return 'Always included users';
  if (head === 'excluded') return 'Always excluded users';
  if (head === 'reason') return 'Reason for this change';
  if (head !== 'rules') return path;
  const parts = ['Rules'];
  if (i !== undefined) parts.push(`Rule ${Number(i) + 1}`);
  if (part === 'conditions') parts.push(j === undefined ? 'Conditions' : `Condition ${Number(j) + 1}`);
  if (leaf !== undefined) parts.push(CONDITION_PART_LABELS[leaf] ?? leaf);
  return parts.join(' › ');
}

export type UpdateSegmentForm = (edit: (form: SegmentForm) => SegmentForm, structural?: boolean) => void;

export function addSegmentRule(form: SegmentForm): SegmentForm {
  const rule = { uid: `r${form.nextUid}`, conditions: [blankCondition(`c${form.nextUid + 1}`)] };
  return { ...form, rules: [...form.rules, rule], nextUid: form.nextUid + 2 };
}

export function addSegmentCondition(form: SegmentForm, ruleUid: string): [SegmentForm, ConditionRow] {
  const condition = blankCondition(`c${form.nextUid}`);
  const rules = form.rules.map((r) =>
    r.uid === ruleUid ? { ...r, conditions: [...r.conditions, condition] } : r,
  );
  return [{ ...form, rules, nextUid: form.nextUid + 1 }, condition];
}
