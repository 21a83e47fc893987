import type { Metadata } from 'next';
import { RechartsRadar, type BenchRadarPoint } from './recharts-radar';

export const metadata: Metadata = { title: 'Benchmark: one radar chart' };

const POINTS: BenchRadarPoint[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((code, index) => ({
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
      <RechartsRadar points={POINTS} />
    </div>
  );
}
