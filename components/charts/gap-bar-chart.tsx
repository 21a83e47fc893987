'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SERIES } from './chart-colours';

export type GapBar = { code: string; gap: number; label: string };

/** Gaps, largest first. Items without a gap carry their state as a label, never as a bar of 0 that reads as a rating. */
export function GapBarChart({ bars }: { bars: GapBar[] }) {
  return (
    <div className="w-full" style={{ height: Math.max(bars.length * 36 + 40, 160) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 120 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 4]} allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} />
          <YAxis type="category" dataKey="code" width={40} tick={{ fill: 'currentColor', fontSize: 12 }} />
          <Bar dataKey="gap" fill={SERIES.current.stroke} isAnimationActive={false}>
            <LabelList dataKey="label" position="right" style={{ fill: 'currentColor', fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
