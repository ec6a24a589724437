// How the client writes dates and times: one formatter, in the reader's locale.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** An ISO instant as the reader's local date and time, e.g. "1 May 2024, 12:00:00". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
