'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SECTION_DASHES, SECTION_STROKES, SERIES } from './chart-colours';

export type ProgressPoint = { label: string } & Record<string, number | string | null>;

type Props = { points: ProgressPoint[]; series: { key: string; name: string }[] };

/** Overall readiness (solid, thick) and each section's (thinner, each with its own dash) over time. */
export function ProgressLineChart({ points, series }: Props) {
  return (
    <div className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fill: 'currentColor', fontSize: 12 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fill: 'currentColor', fontSize: 12 }} />
          <Line name="Overall" dataKey="overall" stroke={SERIES.current.stroke} strokeWidth={3} connectNulls isAnimationActive={false} />
          {series.map((entry, index) => (
            <Line
              key={entry.key}
              name={entry.name}
              dataKey={entry.key}
              stroke={SECTION_STROKES[(index + 1) % SECTION_STROKES.length]}
              strokeDasharray={SECTION_DASHES[(index + 1) % SECTION_DASHES.length]}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Legend />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
