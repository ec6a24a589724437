// A server field path (`rules.0.serve.rollout.weights`) named as the editor shows it ("Rule 1 (premium) › Serve › Weights").
import { CONDITION_PART_LABELS } from '../conditions/condition-form';
import { type FlagForm, type ServeForm, sentTargetIndexes, sentWeightIndexes, variantKey } from './flag-form';

const SEP = ' › ';

function serveLabel(form: FlagForm, serve: ServeForm | undefined, rest: string[]): string {
  const [part, sub, k, leaf] = rest;
  if (part === undefined) return '';
  if (part === 'variant') return 'Variant to serve';
  if (part !== 'rollout') return part;
  if (sub === undefined) return 'Weighted rollout';
  if (sub === 'stickiness') return 'Stickiness attribute';
  if (sub !== 'weights') return sub;
  if (k === undefined) return 'Weights';
  // The server counts only the weights sent (blank ones are left out).
  const row = serve?.weights.find((_, i) => sentWeightIndexes(serve.weights)[i] === Number(k));
  const name = row ? `Weight for ${variantKey(form, row.variant)}` : `Weight ${Number(k) + 1}`;
  return leaf === 'variant' ? `${name} (variant)` : name;
}

const join = (...parts: string[]) => parts.filter((p) => p !== '').join(SEP);

/** What the form calls the field at `path`; the path itself when the form has no such field. */
export function flagFieldLabel(form: FlagForm, path: string): string {
  const [head, index, ...rest] = path.split('.');
  const i = Number(index);
  switch (head) {
    case '':
      return 'Flag';
    case 'key':
      return 'Key';
    case 'salt':
      return 'Bucketing salt';
    case 'type':
      return 'Type';
    case 'description':
      return 'Description';
    case 'reason':
      return 'Reason for this change';
    case 'offVariant':
      return join('Variants', 'Off variant');
    case 'variants': {
      if (index === undefined) return 'Variants';
      const v = form.variants[i];
      const name = `Variant ${i + 1}${v?.key ? ` (${v.key})` : ''}`;
      const part = rest[0] === 'key' ? 'Key' : rest[0] === 'payload' ? 'Payload (JSON)' : (rest[0] ?? '');
      return join('Variants', name, part);
    }
    case 'targets': {
      if (index === undefined) return 'Individual targeting';
      const row = form.variants.find((_, j) => sentTargetIndexes(form.variants)[j] === i);
      return join('Individual targeting', `User ids served ${row?.key || `target ${i + 1}`}`);
    }
    case 'rules': {
      if (index === undefined) return 'Rules';
      const rule = form.rules[i];
      const name = `Rule ${i + 1}${rule?.id ? ` (${rule.id})` : ''}`;
      const [part, j, leaf] = rest;
      if (part === undefined) return join('Rules', name);
      if (part === 'id') return join('Rules', name, 'Rule id');
      if (part === 'description') return join('Rules', name, 'Rule description');
      if (part === 'serve') return join('Rules', name, 'Serve', serveLabel(form, rule?.serve, rest.slice(1)));
      if (part !== 'conditions') return join('Rules', name, part);
      if (j === undefined) return join('Rules', name, 'Conditions');
      const conditionPart = leaf === undefined ? '' : (CONDITION_PART_LABELS[leaf] ?? leaf);
      return join('Rules', name, `Condition ${Number(j) + 1}`, conditionPart);
    }
    case 'fallthrough':
      return join(
        'Default serve',
        serveLabel(form, form.fallthrough, [index ?? '', ...rest].filter(Boolean)),
      );
    case 'prerequisites': {
      if (index === undefined) return 'Prerequisites';
      const part = rest[0] === 'flagKey' ? 'Flag' : rest[0] === 'variant' ? 'Variant it must serve' : '';
      return join('Prerequisites', `Prerequisite ${i + 1}`, part);
    }
    default:
      return path;
  }
}
