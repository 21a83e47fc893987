import { beforeAll, expect, test, vi } from 'vitest';
import { GET } from '@/app/api/health/route';

beforeAll(() => {
  // Nothing listens on port 1: the database is down for this file.
  process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/headway';
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

test('GET /api/health answers 503 with a JSON reason when the database is unreachable', async () => {
  const response = await GET();
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({
    status: 'unavailable',
    database: 'unreachable',
    reason: 'The database is unreachable.',
  });
});
