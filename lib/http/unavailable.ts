import 'server-only';
import { isDatabaseUnavailable } from '@/lib/db/health';
import { serviceUnavailable } from '@/lib/http/unavailable-response';

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
