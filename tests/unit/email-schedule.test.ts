import { describe, expect, test } from 'vitest';
import { isoWeek, isoWeekday, reminderDue } from '@/lib/domain/email-schedule';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('when email falls due', () => {
  test.each([
    ['2026-12-04', 5, '2026-W49'],
    ['2026-12-07', 1, '2026-W50'],
    ['2026-12-06', 7, '2026-W49'],
    ['2027-01-01', 5, '2026-W53'],
    ['2027-01-04', 1, '2027-W01'],
    ['2024-12-30', 1, '2025-W01'],
  ])('%s is ISO weekday %i of %s', (iso, weekday, week) => {
    expect(isoWeekday(day(iso))).toBe(weekday);
    expect(isoWeek(new Date(`${iso}T23:59:00Z`))).toBe(week);
  });

  test.each([
    ['2026-12-10', false],
    ['2026-12-11', true],
    ['2026-12-17', true],
    ['2026-12-18', false],
    ['2026-12-20', false],
  ])('for a review on 18 Dec, the reminder is due on %s: %s', (today, due) => {
    expect(reminderDue({ date: day('2026-12-18'), chosen: true }, new Date(`${today}T08:00:00Z`))).toBe(due);
  });

  test('no review date, no reminder', () => {
    expect(reminderDue(null, day('2026-12-04'))).toBe(false);
  });
});
