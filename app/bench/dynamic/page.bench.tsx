import type { Metadata } from 'next';
import { connection } from 'next/server';
import { frameworkContent } from '@/lib/content/framework-content';

export const metadata: Metadata = { title: 'Benchmark: dynamic page' };

const ROWS = Array.from({ length: 11 }, (_, index) => ({ key: `item-${index + 1}`, title: `Item ${index + 1}`, level: frameworkContent.scale[index % frameworkContent.scale.length]?.level }));

// Benchmark baseline: rendered on every request like the app's own pages, with
// as many rows as the framework has items and no query of its own (its layout,
// the app's, checks the session when the request carries a cookie).
export default async function DynamicBenchPage() {
  await connection();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">Dynamic page</h1>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Eleven rows rendered on request</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4">Item</th>
            <th scope="col" className="py-2">Level</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key} className="border-b border-border">
              <th scope="row" className="py-2 pr-4 font-normal">{row.title}</th>
              <td className="py-2">{row.level}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
