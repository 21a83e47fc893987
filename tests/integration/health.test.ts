import { beforeAll, expect, test } from 'vitest';
import { GET } from '@/app/api/health/route';
import { db } from '@/lib/db/db';

// A server has its database open long before anyone asks for its health; the
// test's database opens on its first statement, which on a busy machine can
// take longer than the probe allows. Open it first, as a server would have.
beforeAll(async () => {
  await db().$queryRaw`SELECT 1`;
});

test('GET /api/health answers 200 when the database answers', async () => {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
});
