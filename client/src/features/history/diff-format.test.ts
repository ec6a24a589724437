// The diff's words and value formatting: compact JSON on one line, indented when long, labels in words.
import { describe, expect, it } from 'vitest';
import { actionLabel, changeLabel, formatValue, pathLabel } from './diff-format';

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

  it('names changes, paths and actions in words', () => {
    expect([changeLabel('CREATE'), changeLabel('REMOVE'), changeLabel('CHANGE')]).toEqual([
      'Added',
      'Removed',
      'Changed',
    ]);
    expect(pathLabel('fallthrough.rollout.weights.0.weight')).toBe('fallthrough.rollout.weights.0.weight');
    expect(pathLabel('')).toBe('Whole configuration');
    expect(actionLabel('flag.rollback')).toBe('Rolled back');
    expect(actionLabel('persona.update')).toBe('Updated');
    expect(actionLabel('something.else')).toBe('something.else');
  });
});
