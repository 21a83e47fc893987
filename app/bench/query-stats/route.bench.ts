import { takeQueryStats } from '@/lib/db/query-stats';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

// `npm run bench` asks for the statements counted since its last call. Absent
// (404) unless the server was started with HEADWAY_QUERY_STATS=1, and even
// then it holds only two numbers, never a query's text or parameters.
export function GET() {
  if (!env().HEADWAY_QUERY_STATS) return new Response('Not found', { status: 404 });
  return Response.json(takeQueryStats(), { headers: { 'Cache-Control': 'no-store' } });
}
