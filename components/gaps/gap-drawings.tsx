'use client';

import { GapBarChart, type GapBar } from '@/components/charts/gap-bar-chart';
import { GapRadarChart, type RadarPoint } from '@/components/charts/gap-radar-chart';
import type { RatingScale } from '@/lib/domain/rating-scale';

type Props = { radar: RadarPoint[]; bars: GapBar[]; hasPrevious: boolean; scale: RatingScale };

/**
 * The radar and the gap bars, side by side on wide screens. A client island
 * fed by the points and bars the server computed: the page still arrives with
 * both drawings in its HTML, but its React payload carries eleven points and
 * eleven bars rather than every shape of the drawings a second time.
 */
export function GapDrawings({ radar, bars, hasPrevious, scale }: Props) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <GapRadarChart points={radar} hasPrevious={hasPrevious} scale={scale} />
      <div className="space-y-2">
        <p className="text-sm font-semibold">Gaps, largest first</p>
        <GapBarChart bars={bars} scale={scale} />
      </div>
    </div>
  );
}
