// formatDateTime: the reader's locale, date and time both shown.
import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('writes an instant as the local medium date and time', () => {
    const iso = '2024-05-01T10:00:00.000Z';
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
    expect(formatDateTime(iso)).toBe(expected);
    expect(formatDateTime(iso)).toContain('2024');
  });
});
