import { describe, expect, test } from 'vitest';
import { labelAnchor, pointAt, pointsAttribute, spokeAngle } from '@/components/charts/radar-geometry';

const centre = { x: 100, y: 100 };

describe('radar geometry', () => {
  test.each([
    [0, 4, { x: 100, y: 50 }, 'middle'],
    [1, 4, { x: 150, y: 100 }, 'start'],
    [2, 4, { x: 100, y: 150 }, 'middle'],
    [3, 4, { x: 50, y: 100 }, 'end'],
  ] as const)('spoke %i of %i starts at the top and runs clockwise', (index, count, end, anchor) => {
    const angle = spokeAngle(index, count);
    const point = pointAt(centre, 50, angle);
    expect(point.x).toBeCloseTo(end.x, 9);
    expect(point.y).toBeCloseTo(end.y, 9);
    expect(labelAnchor(angle)).toBe(anchor);
  });

  test('points are written as x,y pairs rounded to a hundredth', () => {
    expect(pointsAttribute([{ x: 1.23456, y: 2 }, { x: 0.005, y: -3.333 }])).toBe('1.23,2 0.01,-3.33');
  });
});
