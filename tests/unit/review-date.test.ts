import { describe, expect, test } from 'vitest';
import { nextReviewDate, REVIEW_INTERVAL_TEXT } from '@/lib/domain/goals';

describe('the next review date', () => {
  test('none before the first submitted assessment', () => {
    expect(nextReviewDate(null, null)).toBeNull();
  });

  test('a chosen date wins over the default', () => {
    const chosen = new Date(Date.UTC(2027, 0, 15));
    expect(nextReviewDate(chosen, new Date(Date.UTC(2026, 11, 4, 15, 30)))).toEqual({ date: chosen, chosen: true });
  });

  test('by default, the start of the (UTC) day three months after the last submission, as the app words it', () => {
    expect(REVIEW_INTERVAL_TEXT).toBe('three months');
    expect(nextReviewDate(null, new Date(Date.UTC(2026, 11, 4, 15, 30)))).toEqual({ date: new Date(Date.UTC(2027, 2, 4)), chosen: false });
    // A month without the day ends on its last day rather than spilling into the next.
    expect(nextReviewDate(null, new Date(Date.UTC(2026, 10, 30, 9)))?.date).toEqual(new Date(Date.UTC(2027, 1, 28)));
  });
});
