// What the form would change if saved now, in the history's sentences; undefined while it cannot be sent.
import { type ChangeSentence, describeChanges } from '../history/change-sentences';
import { type FlagForm, type FlagInput, formProblems, toInput } from './flag-form';

export function unsavedChanges(baseline: FlagInput | null, form: FlagForm): ChangeSentence[] | undefined {
  if (!baseline || formProblems(form).size > 0) return undefined;
  return describeChanges(baseline, toInput(form));
}

/** Whether the parts of the input under `keys` differ between the two. */
export function partChanged(
  baseline: FlagInput | null,
  current: FlagInput | undefined,
  keys: readonly (keyof FlagInput)[],
): boolean {
  if (!baseline || !current) return false;
  return keys.some((key) => JSON.stringify(baseline[key]) !== JSON.stringify(current[key]));
}
