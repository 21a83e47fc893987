'use client';

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { SERIES } from './chart-colours';

export type RadarPoint = { code: string; current: number | null; target: number; previous: number | null };

/** Current level against target on every item; the previous submitted assessment when there is one. */
export function GapRadarChart({ points, hasPrevious }: { points: RadarPoint[]; hasPrevious: boolean }) {
  return (
    <div className="h-80 w-full sm:h-96">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart accessibilityLayer={false} data={points} outerRadius="75%">
          <PolarGrid />
          <PolarAngleAxis dataKey="code" tick={{ fill: 'currentColor', fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: 'currentColor', fontSize: 10 }} />
          <Radar name="Target" dataKey="target" stroke={SERIES.target.stroke} strokeDasharray={SERIES.target.dash} fill="none" isAnimationActive={false} />
          {hasPrevious ? (
            <Radar name="Previous" dataKey="previous" stroke={SERIES.previous.stroke} strokeDasharray={SERIES.previous.dash} fill="none" isAnimationActive={false} />
          ) : null}
          <Radar name="Now" dataKey="current" stroke={SERIES.current.stroke} fill={SERIES.current.stroke} fillOpacity={0.2} strokeWidth={2} isAnimationActive={false} />
          <Legend />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
