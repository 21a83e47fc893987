import { scaleLevels, type RatingScale } from '@/lib/domain/rating-scale';
import { SERIES } from './chart-colours';
import { ChartLegend } from './chart-legend';
import { labelLines } from '@/lib/domain/item-names';
import { firstLineOffset, LINE_HEIGHT_EM, labelAnchor, pointAt, pointsAttribute, round, spokeAngle, type Point } from './radar-geometry';

/** `name` is the item's short name, written on the chart beside its spoke. */
export type RadarPoint = { key: string; name: string; current: number | null; target: number; previous: number | null };

// Room around the grid for labels of two lines of twelve characters at the
// label size: at 390 px the drawing is 300 px wide, so a label is drawn at
// 11 px or more, and the side labels still fit inside the drawing.
const WIDTH = 376;
const HEIGHT = 264;
const CENTRE: Point = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 84;
const LABEL_OFFSET = 9;
const LABEL_SIZE = 14;

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
    <div className="mx-auto max-w-md space-y-2">
      <svg data-chart="radar" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" focusable="false" fontSize={12}>
        <g className="stroke-border-strong" strokeOpacity={0.45} fill="none">
          {levels.map((level) => (
            <polygon key={level} points={pointsAttribute(points.map((_, index) => at(level, index)))} />
          ))}
          {points.map((point, index) => {
            const end = at(scale.max, index);
            return <line key={point.key} x1={CENTRE.x} y1={CENTRE.y} x2={round(end.x)} y2={round(end.y)} />;
          })}
        </g>
        <g fill="currentColor" fontSize={11}>
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
        <g fill="currentColor" fontSize={LABEL_SIZE} data-labels="">
          {points.map((point, index) => {
            const angle = angles[index] ?? 0;
            const spot = pointAt(CENTRE, RADIUS + LABEL_OFFSET, angle);
            const lines = labelLines(point.name);
            return (
              <text key={point.key} x={round(spot.x)} y={round(spot.y)} textAnchor={labelAnchor(angle)}>
                {lines.map((line, lineIndex) => (
                  <tspan key={lineIndex} x={round(spot.x)} dy={`${lineIndex === 0 ? round(firstLineOffset(angle, lines.length)) : LINE_HEIGHT_EM}em`}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
        </g>
      </svg>
      <ChartLegend entries={legend.map(({ name, stroke, dash, filled }) => ({ name, stroke, dash, thick: filled }))} />
    </div>
  );
}
