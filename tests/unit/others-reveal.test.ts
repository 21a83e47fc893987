import { describe, expect, test } from 'vitest';
import { differenceText, levelFigure, ratedText, raterLabel, shuffle } from '@/lib/domain/others-reveal';

describe('the words of the others’ view page', () => {
  test.each([
    [3, '3'],
    [2.5, '2.5'],
    [4, '4'],
  ])('level %d is written %s', (value, text) => {
    expect(levelFigure(value)).toBe(text);
  });

  test.each([
    [null, 'Cannot compare'],
    [0, 'Same'],
    [2, '+2 (you rate yourself higher)'],
    [-1.5, '−1.5 (others rate you higher)'],
  ])('a difference of %s reads “%s”', (difference, text) => {
    expect(differenceText(difference)).toBe(text);
  });

  test.each([
    [{ level: 4, noOpportunity: false }, '4'],
    [{ level: null, noOpportunity: true }, 'No opportunity to see this'],
    [{ level: null, noOpportunity: false }, 'Not rated'],
  ])('a rating %o reads “%s”, never a level of 0', (rating, text) => {
    expect(ratedText(rating)).toBe(text);
  });

  test.each([
    ['MANAGER', 'Ada', 'Ada (manager)'],
    ['MENTOR', null, 'Former rater (mentor or coach)'],
  ] as const)('a %s named %s is shown as “%s”', (role, name, text) => {
    expect(raterLabel(role, name)).toBe(text);
  });
});

describe('shuffling peers’ comments', () => {
  test('keeps every comment, and follows its source of randomness rather than the order given', () => {
    const comments = ['a', 'b', 'c', 'd'];
    expect(shuffle(comments, () => 0)).toEqual(['b', 'c', 'd', 'a']);
    expect(shuffle(comments, () => 0.999)).toEqual(comments);
    expect(shuffle(comments, Math.random).toSorted()).toEqual(comments);
    expect(comments).toEqual(['a', 'b', 'c', 'd']);
  });
});
