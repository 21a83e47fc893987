'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { SERIES } from './chart-colours';

export type GapBar = { code: string; gap: number; label: string };

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

// Bars of length 0 get no label from recharts, so the axis tick itself writes
// the state (at target, no opportunity yet, not rated) where the bar would start.
function makeTick(bars: GapBar[]) {
  const byCode = new Map(bars.map((bar) => [bar.code, bar]));
  return function GapTick({ x = 0, y = 0, payload }: TickProps) {
    const code = payload?.value;
    const bar = typeof code === 'string' ? byCode.get(code) : undefined;
    return (
      <g>
        <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" fill="currentColor" fontSize={12}>
          {bar?.code}
        </text>
        {bar && bar.gap === 0 ? (
          <text x={Number(x) + 6} y={Number(y)} dy={4} fill="currentColor" fontSize={12}>
            {bar.label}
          </text>
        ) : null}
      </g>
    );
  };
}

/** Gaps, largest first. Items without a gap carry their state as a label, never as a bar of 0 that reads as a rating. */
export function GapBarChart({ bars }: { bars: GapBar[] }) {
  return (
    <div className="w-full" style={{ height: Math.max(bars.length * 36 + 40, 160) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={bars} layout="vertical" margin={{ left: 8, right: 120 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 4]} allowDecimals={false} tick={{ fill: 'currentColor', fontSize: 12 }} />
          <YAxis type="category" dataKey="code" width={40} tick={makeTick(bars)} />
          <Bar dataKey="gap" fill={SERIES.current.stroke} isAnimationActive={false}>
            <LabelList dataKey="label" position="right" style={{ fill: 'currentColor', fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
