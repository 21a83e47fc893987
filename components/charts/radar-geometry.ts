export type Point = { x: number; y: number };

/** The angle of spoke `index` of `count`, in radians: the first points straight up and the rest follow clockwise. */
export function spokeAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function pointAt(centre: Point, radius: number, angle: number): Point {
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}

/** An SVG `points` attribute, rounded to a hundredth so the markup stays short. */
export function pointsAttribute(points: readonly Point[]): string {
  return points.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ');
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Which side of its spoke end a label sits, so labels on the left grow leftwards and never cross the grid. */
export function labelAnchor(angle: number): 'start' | 'middle' | 'end' {
  const across = Math.cos(angle);
  if (Math.abs(across) < 0.1) return 'middle';
  return across > 0 ? 'start' : 'end';
}

/**
 * Where a label's lines stack around its spot: above it near the top, below
 * it near the bottom, centred on it at the sides, so that a two-line label
 * grows away from the grid. Returns the first line's offset in ems; each
 * further line is `LINE_HEIGHT_EM` lower.
 */
export const LINE_HEIGHT_EM = 1.15;

export function firstLineOffset(angle: number, lines: number): number {
  const down = Math.sin(angle);
  if (down < -0.7) return -(lines - 1) * LINE_HEIGHT_EM;
  if (down > 0.7) return 0.8;
  return 0.35 - ((lines - 1) * LINE_HEIGHT_EM) / 2;
}
