// Text checks shared by every slice that stores user text: PostgreSQL refuses U+0000 in text columns.
import type { FieldIssue } from './errors.js';

/** An issue for `path` when the text holds a NUL character, which no text column can store. */
export function nulIssue(path: string, text: string): FieldIssue[] {
  return text.includes('\u0000') ? [{ path, message: 'must not contain NUL characters' }] : [];
}

/** Length in characters (code points), not UTF-16 units: an emoji counts as one. */
export const characters = (text: string) => [...text].length;
