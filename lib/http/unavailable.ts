import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { isDatabaseUnavailable } from '@/lib/db/health';
import { serviceUnavailable } from '@/lib/http/unavailable-response';
import { UNAVAILABLE_MESSAGE } from '@/lib/http/unavailable-text';

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

export type Unavailable = { ok: false; reason: 'unavailable'; message: string };

/**
 * A form action that, when it failed because the database is out of reach,
 * returns a result saying so (the form shows its message) instead of a 500.
 */
export async function unlessUnavailable<Result>(name: string, run: () => Promise<Result>): Promise<Result | Unavailable> {
  try {
    return await run();
  } catch (error) {
    // Redirects (to sign-in, or onwards after success) are thrown too, and must reach Next.
    unstable_rethrow(error);
    if (!(await isDatabaseUnavailable())) throw error;
    console.error(`${name}: database unavailable`, error);
    return { ok: false, reason: 'unavailable', message: UNAVAILABLE_MESSAGE };
  }
}
