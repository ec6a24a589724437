// The diff's words and value formatting: compact JSON on one line, indented when long, paths and labels in words.
import { describe, expect, it } from 'vitest';
import { actionLabel, changeLabel, type DiffChange, diffLabel, formatValue } from './diff-format';

describe('diff-format', () => {
  it('prints short values compactly and long ones indented', () => {
    expect(formatValue(50)).toEqual({ text: '50', multiline: false });
    expect(formatValue('on')).toEqual({ text: '"on"', multiline: false });
    expect(formatValue(null)).toEqual({ text: 'null', multiline: false });
    expect(formatValue([])).toEqual({ text: '[]', multiline: false });
    expect(formatValue({ variant: 'on', weight: [1, 2] }).text).toBe(
      '{ "variant": "on", "weight": [ 1, 2 ] }',
    );
    const long = formatValue({
      attribute: 'country',
      operator: 'IN',
      values: ['FR', 'DE', 'IT', 'ES', 'PT'],
    });
    expect(long.multiline).toBe(true);
    expect(long.text).toContain('\n  "attribute": "country"');
  });

  it('keeps newlines inside strings escaped on one line', () => {
    expect(formatValue('a\nb')).toEqual({ text: '"a\\nb"', multiline: false });
  });

  it('names changes and actions in words', () => {
    expect([changeLabel('CREATE'), changeLabel('REMOVE'), changeLabel('CHANGE')]).toEqual([
      'Added',
      'Removed',
      'Changed',
    ]);
    expect(actionLabel('flag.rollback')).toBe('Rolled back');
    expect(actionLabel('persona.update')).toBe('Updated');
    expect(actionLabel('something.else')).toBe('something.else');
  });

  describe('diffLabel', () => {
    const FLAG = {
      description: 'New checkout',
      type: 'VARIANT',
      enabled: true,
      variants: [{ key: 'control' }, { key: 'treatment', payload: { color: 'blue' } }],
      offVariant: 'control',
      prerequisites: [{ flagKey: 'billing', variant: 'on' }],
      targets: [{ variant: 'treatment', userIds: ['u1', 'u2'] }],
      rules: [
        { id: 'staff', conditions: [], serve: { variant: 'treatment' } },
        {
          id: 'premium',
          conditions: [{ attribute: 'plan', operator: 'IN', values: ['pro', 'team'] }],
          serve: {
            rollout: {
              weights: [
                { variant: 'control', weight: 20 },
                { variant: 'treatment', weight: 80 },
              ],
            },
          },
        },
      ],
      fallthrough: {
        rollout: {
          weights: [
            { variant: 'control', weight: 50 },
            { variant: 'treatment', weight: 50 },
          ],
        },
      },
    };
    const label = (
      path: string,
      change: DiffChange = 'CHANGE',
      values: { from?: unknown; to?: unknown } = {},
    ) => diffLabel({ path, change, ...values }, FLAG);

    it.each([
      ['', 'Whole configuration'],
      ['enabled', 'On / Off'],
      ['description', 'Description'],
      ['offVariant', 'Variant served when off'],
      ['fallthrough', 'Default serve'],
      ['fallthrough.variant', 'Default serve › variant served'],
      ['fallthrough.rollout.weights.0.weight', 'Default serve › weight of control'],
      ['fallthrough.rollout.weights.1', 'Default serve › weight of treatment'],
      ['fallthrough.rollout.weights.1.variant', 'Default serve › split 2 › variant'],
      ['fallthrough.rollout.stickiness', 'Default serve › stickiness attribute'],
      ['rules', 'Rules'],
      ['rules.1', 'Rule 2 (premium)'],
      ['rules.1.conditions.0.values', 'Rule 2 (premium) › condition 1 › values'],
      ['rules.1.conditions.0.values.1', 'Rule 2 (premium) › condition 1 › values'],
      ['rules.1.conditions.0.negate', 'Rule 2 (premium) › condition 1 › negated'],
      ['rules.1.conditions.0', 'Rule 2 (premium) › condition 1'],
      ['rules.1.serve.rollout.weights.1.weight', 'Rule 2 (premium) › weight of treatment'],
      ['rules.0.serve.variant', 'Rule 1 (staff) › variant served'],
      ['rules.0.serve', 'Rule 1 (staff) › serve'],
      ['rules.0.description', 'Rule 1 (staff) › description'],
      ['variants.1', 'Variant treatment'],
      ['variants.1.payload', 'Variant treatment › payload'],
      ['variants.1.payload.color', 'Variant treatment › payload.color'],
      ['targets', 'Targeting'],
      ['targets.0.userIds.1', 'Targeting › users served treatment'],
      ['targets.0.variant', 'Targeting › group 1 › variant'],
      ['prerequisites.0', 'Prerequisite 1 (billing)'],
      ['prerequisites.0.variant', 'Prerequisite 1 (billing) › required variant'],
    ])('%s → %s', (path, expected) => {
      expect(label(path)).toBe(expected);
    });

    it('names a removed element from its old value, since the content no longer has it', () => {
      expect(label('rules.2', 'REMOVE', { from: { id: 'beta', conditions: [] } })).toBe('Rule 3 (beta)');
      expect(label('targets.1', 'REMOVE', { from: { variant: 'control', userIds: ['u9'] } })).toBe(
        'Targeting › users served control',
      );
      expect(label('variants.5', 'REMOVE', { from: { key: 'legacy' } })).toBe('Variant legacy');
    });

    it('falls back to positions when the content does not name the element', () => {
      expect(label('rules.7.conditions.0.operator')).toBe('Rule 8 › condition 1 › operator');
      expect(label('variants.9.payload')).toBe('Variant 10 › payload');
      expect(label('prerequisites.3')).toBe('Prerequisite 4');
    });

    it('names the persona fields, and keeps a path it does not know as it is', () => {
      const persona = { name: 'Selene', allowedTopics: ['love', 'tarot'], replyLength: 'SHORT' };
      expect(diffLabel({ path: 'name', change: 'CHANGE' }, persona)).toBe('Name');
      expect(diffLabel({ path: 'allowedTopics.1', change: 'CREATE', to: 'tarot' }, persona)).toBe(
        'Allowed topics',
      );
      expect(diffLabel({ path: 'replyLength', change: 'CHANGE' }, persona)).toBe('Reply length');
      expect(diffLabel({ path: 'greeting', change: 'CHANGE' }, persona)).toBe('Greeting');
      expect(diffLabel({ path: 'somethingNew.0', change: 'CHANGE' }, persona)).toBe('somethingNew.0');
    });
  });
});
