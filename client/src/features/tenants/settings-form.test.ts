// The tenant settings form model: loading, the patch sent, what the browser refuses, sentences, undoing a diff.
import { describe, expect, it } from 'vitest';
import {
  describeSettingsChanges,
  settingsFieldLabel,
  settingsProblems,
  toSettingsForm,
  toSettingsPatch,
  undoSettingsDiff,
} from './settings-form';

const loaded = { version: 4, settings: { 'moduleQuota.free': 5, legacy: true } };

describe('settings form', () => {
  it('loads known settings as text, unset ones empty, unknown ones apart', () => {
    const form = toSettingsForm(loaded);
    expect(form.version).toBe(4);
    expect(form.values).toEqual({
      'moduleQuota.free': '5',
      'moduleQuota.premium': '',
      'rateLimit.requestsPerMinute': '',
    });
    expect(form.unknown).toEqual({ legacy: true });
  });

  it('sends every known setting: numbers, and null for the empty ones (back to the default)', () => {
    const form = toSettingsForm(loaded);
    form.values['moduleQuota.free'] = ' ';
    form.values['moduleQuota.premium'] = '40';
    expect(toSettingsPatch(form)).toEqual({
      'moduleQuota.free': null,
      'moduleQuota.premium': 40,
      'rateLimit.requestsPerMinute': null,
    });
  });

  it('refuses what is not a whole number in range, under the server path', () => {
    const form = toSettingsForm(loaded);
    form.values['moduleQuota.free'] = '2.5';
    form.values['moduleQuota.premium'] = '-1';
    form.values['rateLimit.requestsPerMinute'] = '0';
    const problems = settingsProblems(form);
    expect([...problems.keys()]).toEqual([
      'patch.moduleQuota.free',
      'patch.moduleQuota.premium',
      'patch.rateLimit.requestsPerMinute',
    ]);
    expect(problems.get('patch.rateLimit.requestsPerMinute')).toContain('from 1 to 1,000,000');
    form.values['moduleQuota.free'] = '';
    form.values['moduleQuota.premium'] = '0';
    form.values['rateLimit.requestsPerMinute'] = '60';
    expect(settingsProblems(form).size).toBe(0);
  });

  it('labels server paths with the form labels', () => {
    expect(settingsFieldLabel('patch.moduleQuota.premium')).toBe('Module runs per day, premium plan');
    expect(settingsFieldLabel('reason')).toBe('Reason for this change');
    expect(settingsFieldLabel('patch.other')).toBe('other');
  });

  it('tells the unsaved changes in sentences, and nothing when a value cannot be sent', () => {
    const before = { 'moduleQuota.free': 5, 'moduleQuota.premium': null, 'rateLimit.requestsPerMinute': 60 };
    const after = { 'moduleQuota.free': 7, 'moduleQuota.premium': 30, 'rateLimit.requestsPerMinute': null };
    expect(describeSettingsChanges(before, after)).toEqual([
      { kind: 'changed', text: 'Module runs per day, free plan: 5 → 7' },
      { kind: 'added', text: 'Module runs per day, premium plan: the default → 30' },
      { kind: 'removed', text: 'API requests per minute per key: 60 → the default' },
    ]);
    expect(describeSettingsChanges(before, before)).toEqual([]);
    expect(describeSettingsChanges(before, { ...before, 'moduleQuota.free': Number.NaN })).toBeUndefined();
  });

  it('undoes a diff to find the version before it', () => {
    const after = { 'moduleQuota.free': 2, 'feature.tarot_enabled': false };
    const diff = [
      { path: 'moduleQuota.free', change: 'CREATE' as const, to: 2 },
      { path: 'moduleQuota.premium', change: 'REMOVE' as const, from: 40 },
      { path: 'feature.tarot_enabled', change: 'CHANGE' as const, from: true, to: false },
    ];
    expect(undoSettingsDiff(after, diff)).toEqual({
      'moduleQuota.premium': 40,
      'feature.tarot_enabled': true,
    });
  });
});
