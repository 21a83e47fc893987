import 'server-only';
import { isDatabaseUnavailable } from '@/lib/data/health';

export const UNAVAILABLE_MESSAGE = 'Headway is temporarily unavailable: it cannot reach its database. Try again in a moment.';

/** 503 with a reason a person can act on, and a hint for clients when to retry. */
export function serviceUnavailable(): Response {
  return Response.json({ error: UNAVAILABLE_MESSAGE, reason: 'unavailable' }, { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } });
}

/**
 * A route handler that answers 503 when it failed because the database is out
 * of reach; any other failure is still a bug, and still a 500.
 */
export function answeringUnavailable<Args extends unknown[]>(name: string, handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!(await isDatabaseUnavailable())) throw error;
      console.error(`${name}: database unavailable`, error);
      return serviceUnavailable();
    }
  };
}
