// Text checks shared by every slice: PostgreSQL refuses U+0000 in text columns and non-uuids in uuid columns.
import type { FieldIssue } from './errors.js';

/** An issue for `path` when the text holds a NUL character, which no text column can store. */
export function nulIssue(path: string, text: string): FieldIssue[] {
  return text.includes('\u0000') ? [{ path, message: 'must not contain NUL characters' }] : [];
}

/** Length in characters (code points), not UTF-16 units: an emoji counts as one. */
export const characters = (text: string) => [...text].length;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether text can be a uuid column's value: anything else would make Postgres refuse the whole query. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}
