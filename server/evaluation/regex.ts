// RE2 patterns (linear-time, no backreferences) through re2js, as Unleash's REGEX operator uses them.
import { RE2JS } from 're2js';

/** A compiled pattern, or undefined when it is not valid RE2 (or too long to be a reasonable condition). */
export function compileRegex(pattern: unknown, caseInsensitive: boolean): RE2JS | undefined {
  if (typeof pattern !== 'string' || pattern.length > 1024) return undefined;
  try {
    return RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch {
    return undefined;
  }
}

/** Whether the pattern matches anywhere in the text (a search, not a full match). */
export const regexFinds = (regex: RE2JS, text: string): boolean => regex.matcher(text).find();
