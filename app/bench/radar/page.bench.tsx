import type { Metadata } from 'next';
import { frameworkContent } from '@/lib/content/framework-content';
import { itemCodes } from '@/lib/domain/item-codes';
import { scaleOf } from '@/lib/domain/rating-scale';
import { RechartsRadar, type BenchRadarPoint } from './recharts-radar';

const SCALE = scaleOf(frameworkContent.scale);

export const metadata: Metadata = { title: 'Benchmark: one radar chart' };

const CODES = itemCodes(frameworkContent.sections.flatMap((section) => section.items.map((item) => ({ key: item.key, sectionKey: section.key }))));
const POINTS: BenchRadarPoint[] = [...CODES.values()].map((code, index) => ({
  code,
  current: (index % 4) + 1,
  target: 4,
}));

// Benchmark baseline for client JavaScript: the least a page holding one
// recharts chart can ship. The gap view's budget is a ratio to this page.
export default function RadarBenchPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">One radar chart</h1>
      <RechartsRadar points={POINTS} maxLevel={SCALE.max} />
    </div>
  );
}
