import { scaleLevels, type RatingScale } from '@/lib/domain/rating-scale';
import { SERIES } from './chart-colours';
import { ChartLegend } from './chart-legend';
import { labelAnchor, pointAt, pointsAttribute, round, spokeAngle, type Point } from './radar-geometry';

export type RadarPoint = { code: string; current: number | null; target: number; previous: number | null };

const WIDTH = 360;
const HEIGHT = 320;
const CENTRE: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 116;
const LABEL_OFFSET = 16;

type Series = { name: 'Now' | 'Target' | 'Previous'; values: (number | null)[]; stroke: string; dash?: string; filled: boolean };

/**
 * Current level against target on every item; the previous submitted
 * assessment when there is one. Plain SVG from a few lines of geometry
 * rather than a charting library: the picture has no interaction, so the
 * page needs no charting code for it. An unrated item
 * gets no point at all rather than one at the centre, which would read as a
 * level of 0.
 */
export function GapRadarChart({ points, hasPrevious, scale }: { points: RadarPoint[]; hasPrevious: boolean; scale: RatingScale }) {
  const levels = scaleLevels(scale);
  const angles = points.map((_, index) => spokeAngle(index, points.length));
  const at = (level: number, index: number) => pointAt(CENTRE, (RADIUS * level) / scale.max, angles[index] ?? 0);
  const target: Series = { name: 'Target', values: points.map((point) => point.target), stroke: SERIES.target.stroke, dash: SERIES.target.dash, filled: false };
  const previous: Series = { name: 'Previous', values: points.map((point) => point.previous), stroke: SERIES.previous.stroke, dash: SERIES.previous.dash, filled: false };
  const now: Series = { name: 'Now', values: points.map((point) => point.current), stroke: SERIES.current.stroke, filled: true };
  // Now is drawn last so it sits on top; the legend reads in the order the description names the lines.
  const drawn = hasPrevious ? [target, previous, now] : [target, now];
  const legend = hasPrevious ? [now, target, previous] : [now, target];

  return (
    <div className="mx-auto max-w-sm space-y-2">
      <svg data-chart="radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" focusable="false" fontSize={12}>
        <g className="stroke-border-strong" strokeOpacity={0.45} fill="none">
          {levels.map((level) => (
            <polygon key={level} points={pointsAttribute(points.map((_, index) => at(level, index)))} />
          ))}
          {points.map((point, index) => {
            const end = at(scale.max, index);
            return <line key={point.code} x1={CENTRE.x} y1={CENTRE.y} x2={round(end.x)} y2={round(end.y)} />;
          })}
        </g>
        <g fill="currentColor" fontSize={10}>
          {levels.map((level) => (
            <text key={level} x={CENTRE.x + 4} y={round(CENTRE.y - (RADIUS * level) / scale.max)} dy="0.9em">
              {level}
            </text>
          ))}
        </g>
        {drawn.map((entry) => {
          const vertices = entry.values.flatMap((value, index) => (value === null ? [] : [at(value, index)]));
          return (
            <g key={entry.name} data-series={entry.name}>
              <polygon
                points={pointsAttribute(vertices)}
                stroke={entry.stroke}
                strokeDasharray={entry.dash}
                strokeWidth={entry.filled ? 2 : 1.5}
                fill={entry.filled ? entry.stroke : 'none'}
                fillOpacity={entry.filled ? 0.2 : undefined}
              />
              {entry.filled ? vertices.map((point, index) => <circle key={index} cx={round(point.x)} cy={round(point.y)} r={3} fill={entry.stroke} />) : null}
            </g>
          );
        })}
        <g fill="currentColor">
          {points.map((point, index) => {
            const angle = angles[index] ?? 0;
            const spot = pointAt(CENTRE, RADIUS + LABEL_OFFSET, angle);
            return (
              <text key={point.code} x={round(spot.x)} y={round(spot.y)} dy="0.35em" textAnchor={labelAnchor(angle)}>
                {point.code}
              </text>
            );
          })}
        </g>
      </svg>
      <ChartLegend entries={legend.map(({ name, stroke, dash, filled }) => ({ name, stroke, dash, thick: filled }))} />
    </div>
  );
}
