'use client';

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { SERIES } from '@/components/charts/chart-colours';

export type BenchRadarPoint = { code: string; current: number; target: number };

/** One recharts radar chart, as a client page would draw it: the yardstick for a chart page's client JavaScript. */
export function RechartsRadar({ points, maxLevel }: { points: BenchRadarPoint[]; maxLevel: number }) {
  return (
    <div className="h-80 w-full sm:h-96">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart accessibilityLayer={false} data={points} outerRadius="75%">
          <PolarGrid />
          <PolarAngleAxis dataKey="code" tick={{ fill: 'currentColor', fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, maxLevel]} tickCount={maxLevel + 1} angle={90} tick={{ fill: 'currentColor', fontSize: 10 }} />
          <Radar name="Target" dataKey="target" stroke={SERIES.target.stroke} strokeDasharray={SERIES.target.dash} fill="none" isAnimationActive={false} />
          <Radar name="Now" dataKey="current" stroke={SERIES.current.stroke} fill={SERIES.current.stroke} fillOpacity={0.2} strokeWidth={2} isAnimationActive={false} />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
