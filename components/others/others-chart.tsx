import { ChartLegend } from '@/components/charts/chart-legend';
import { SERIES } from '@/components/charts/chart-colours';
import { round } from '@/components/charts/radar-geometry';
import { scaleLevels, type RatingScale } from '@/lib/domain/rating-scale';

/** One item's row: `name` is its short name; a null level has no mark, never one at 0. */
export type OthersChartRow = { key: string; name: string; self: number | null; others: number | null; agreed: number | null };

const WIDTH = 376;
const ROW = 26;
const PLOT = { left: 132, right: 14, top: 10, bottom: 26 };

/**
 * Self and others per item on the level scale: a filled circle for the EM's
 * own level, a diamond for others' middle level, a square for an agreed
 * level, and a line between self and others showing the gap. Plain SVG drawn
 * on the server, as the gap view draws its charts: the picture has no
 * interaction, so the page sends no charting code for it.
 */
export function OthersChart({ rows, scale }: { rows: OthersChartRow[]; scale: RatingScale }) {
  const height = PLOT.top + rows.length * ROW + PLOT.bottom;
  const x = (level: number) => PLOT.left + ((WIDTH - PLOT.left - PLOT.right) * (level - scale.min)) / Math.max(scale.max - scale.min, 1);
  const y = (index: number) => PLOT.top + index * ROW + ROW / 2;
  return (
    <div className="mx-auto max-w-lg space-y-2">
      <svg data-chart="others" viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full" focusable="false" fontSize={12}>
        <g className="stroke-border-strong" strokeOpacity={0.45}>
          {scaleLevels(scale).map((level) => (
            <line key={level} x1={round(x(level))} x2={round(x(level))} y1={PLOT.top} y2={height - PLOT.bottom} />
          ))}
        </g>
        <g fill="currentColor">
          {scaleLevels(scale).map((level) => (
            <text key={level} x={round(x(level))} y={height - PLOT.bottom + 16} textAnchor="middle">
              {level}
            </text>
          ))}
          {rows.map((row, index) => (
            <text key={row.key} x={PLOT.left - 8} y={round(y(index))} dy="0.35em" textAnchor="end">
              {row.name}
            </text>
          ))}
        </g>
        {rows.map((row, index) => {
          const middle = y(index);
          return (
            <g key={row.key} data-row={row.key}>
              {row.self !== null && row.others !== null ? (
                <line x1={round(x(row.self))} x2={round(x(row.others))} y1={middle} y2={middle} stroke={SERIES.target.stroke} strokeWidth={2} />
              ) : null}
              {row.agreed !== null ? (
                <rect data-series="Agreed" x={round(x(row.agreed) - 7)} y={middle - 7} width={14} height={14} fill="none" stroke={SERIES.target.stroke} strokeWidth={2} />
              ) : null}
              {row.others !== null ? (
                <polygon
                  data-series="Others"
                  points={`${round(x(row.others))},${middle - 6} ${round(x(row.others) + 6)},${middle} ${round(x(row.others))},${middle + 6} ${round(x(row.others) - 6)},${middle}`}
                  fill={SERIES.previous.stroke}
                />
              ) : null}
              {row.self !== null ? <circle data-series="You" cx={round(x(row.self))} cy={middle} r={5} fill={SERIES.current.stroke} /> : null}
            </g>
          );
        })}
      </svg>
      <ChartLegend
        entries={[
          { name: 'You (circle)', stroke: SERIES.current.stroke, thick: true },
          { name: 'Others, middle (diamond)', stroke: SERIES.previous.stroke, thick: true },
          { name: 'Agreed (square)', stroke: SERIES.target.stroke },
        ]}
      />
    </div>
  );
}
