import { formatDate, formatDateTime } from '@/lib/format/dates';

/**
 * What to call each assessment where several are listed or picked: its date,
 * or its date and time when another shares the day (to the second when
 * another shares the minute), so that no two read the same.
 */
export function nameAssessments(assessments: readonly { id: string; at: Date }[]): Map<string, string> {
  const count = (key: (date: Date) => string) => {
    const counts = new Map<string, number>();
    for (const { at } of assessments) counts.set(key(at), (counts.get(key(at)) ?? 0) + 1);
    return (date: Date) => counts.get(key(date)) ?? 0;
  };
  const onDay = count(formatDate);
  const inMinute = count((date) => formatDateTime(date));
  return new Map(
    assessments.map(({ id, at }) => [id, onDay(at) === 1 ? formatDate(at) : formatDateTime(at, { seconds: inMinute(at) > 1 })]),
  );
}
