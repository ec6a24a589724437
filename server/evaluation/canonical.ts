// Canonical forms shared by flags and segments: stored content leaves out what the engine treats as default.
import type { Condition } from './definitions.js';
import { isRecord } from './validate-parts.js';

/** A condition without its false (default) options; segments' rules hold the same conditions. */
export function canonicalCondition(condition: Condition): Condition {
  if (!isRecord(condition)) return condition;
  const { negate, caseInsensitive, ...rest } = condition;
  return {
    ...rest,
    ...(negate === false || negate == null ? {} : { negate }),
    ...(caseInsensitive === false || caseInsensitive == null ? {} : { caseInsensitive }),
  };
}

/** Maps a list, leaving a non-list (only in malformed content) for the validator. */
export function mapList<T>(list: T[], f: (item: T) => T): T[] {
  return Array.isArray(list) ? list.map((item) => (isRecord(item) ? f(item) : item)) : list;
}
