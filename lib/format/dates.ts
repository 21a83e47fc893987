const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const secondsFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "4 Dec 2026, 09:30 UTC"; with seconds when the minute alone would not tell two apart. */
export function formatDateTime(date: Date, { seconds = false }: { seconds?: boolean } = {}): string {
  return `${formatDate(date)}, ${(seconds ? secondsFormat : timeFormat).format(date)} UTC`;
}
