import { checkDatabase } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkDatabase();
  const headers = { 'Cache-Control': 'no-store' };
  if (health.ok) return Response.json({ status: 'ok', database: 'reachable' }, { headers });
  return Response.json({ status: 'unavailable', database: 'unreachable', reason: health.reason }, { status: 503, headers });
}
