import { describe, expect, inject, test } from 'vitest';
import { listBenchRoutes } from '../support/bench-routes';
import { listAppRoutes } from '../support/route-inventory';

const baseUrl = inject('baseUrl');

// The benchmark's baselines and instruments are built only into the
// benchmark's own build (bench/build-flag.ts); the app `npm start` serves
// does not have them.
describe('the benchmark’s routes in the production build', () => {
  const routes = listBenchRoutes();

  test('are found on disk', () => {
    expect(routes).toEqual(['/bench/dynamic', '/bench/query-stats', '/bench/radar', '/bench/static']);
  });

  test('are not among the routes the build ships', () => {
    expect(listAppRoutes().filter((route) => route.startsWith('/bench'))).toEqual([]);
  });

  test.each(routes)('%s answers 404', async (route) => {
    const response = await fetch(`${baseUrl}${route}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/Benchmark|Dynamic page|One radar chart|Static page/);
  });
});
