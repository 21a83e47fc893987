import { scaleLevels, type RatingScale } from '@/lib/domain/rating-scale';
import { SERIES } from './chart-colours';
import { ChartLegend } from './chart-legend';
import { round } from './radar-geometry';

export type ItemHistoryPoint = { id: string; label: string; level: number | null; target: number };

const WIDTH = 360;
const HEIGHT = 190;
const PLOT = { left: 28, right: 16, top: 14, bottom: 46 };

/**
 * One item's level and target across the submitted assessments, oldest on
 * the left, evenly spaced. Plain SVG drawn on the server: the page needs no
 * charting code. An assessment without a level of the item gets no point,
 * never one at 0; the line runs on to the next level given. Only the first
 * and the last assessment are named under the axis, so the names never
 * collide at 390 px; the table names every one.
 */
export function ItemHistoryChart({ points, scale }: { points: ItemHistoryPoint[]; scale: RatingScale }) {
  const width = WIDTH - PLOT.left - PLOT.right;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (index: number) => PLOT.left + (points.length === 1 ? width / 2 : (width * index) / (points.length - 1));
  const y = (level: number) => PLOT.top + height - (height * (level - scale.min)) / Math.max(scale.max - scale.min, 1);
  const rated = points.flatMap((point, index) => (point.level === null ? [] : [{ x: x(index), y: y(point.level) }]));
  const targets = points.map((point, index) => `${round(x(index))},${round(y(point.target))}`).join(' ');
  const named = points.length === 1 ? [0] : [0, points.length - 1];
  return (
    <div className="mx-auto max-w-lg space-y-2">
      <svg data-chart="item-history" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" focusable="false" fontSize={12}>
        <g className="stroke-border-strong" strokeOpacity={0.45}>
          {scaleLevels(scale).map((level) => (
            <line key={level} x1={PLOT.left} x2={WIDTH - PLOT.right} y1={round(y(level))} y2={round(y(level))} />
          ))}
        </g>
        <g fill="currentColor">
          {scaleLevels(scale).map((level) => (
            <text key={level} x={PLOT.left - 8} y={round(y(level))} dy="0.35em" textAnchor="end">
              {level}
            </text>
          ))}
          {named.map((index) => (
            <text
              key={index}
              x={round(x(index))}
              y={HEIGHT - PLOT.bottom + 20}
              textAnchor={points.length === 1 ? 'middle' : index === 0 ? 'start' : 'end'}
            >
              {points[index]?.label}
            </text>
          ))}
        </g>
        {points.length > 1 ? (
          <polyline data-series="Target" points={targets} fill="none" stroke={SERIES.target.stroke} strokeDasharray={SERIES.target.dash} strokeWidth={1.5} />
        ) : null}
        <g data-series="Level">
          {rated.length > 1 ? (
            <polyline points={rated.map((point) => `${round(point.x)},${round(point.y)}`).join(' ')} fill="none" stroke={SERIES.current.stroke} strokeWidth={2.5} />
          ) : null}
          {rated.map((point, index) => (
            <circle key={index} cx={round(point.x)} cy={round(point.y)} r={4} fill={SERIES.current.stroke} />
          ))}
        </g>
      </svg>
      <ChartLegend
        entries={[
          { name: 'Your level', stroke: SERIES.current.stroke, thick: true },
          { name: 'Target', stroke: SERIES.target.stroke, dash: SERIES.target.dash },
        ]}
      />
    </div>
  );
}
