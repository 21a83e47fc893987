import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { noteStatementAnswered, noteStatementFailed } from '@/lib/db/outage';

// The calls that reach the database; their outcome is what lib/db/outage.ts
// judges reachability by. A transaction they return is watched the same way.
const WATCHED = new Set(['queryRaw', 'executeRaw', 'executeScript', 'startTransaction', 'commit', 'rollback']);

function watched<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key) {
      // Read and called on the adapter itself, so that its private state stays reachable.
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value;
      if (typeof key !== 'string' || !WATCHED.has(key)) return (value as (...callArgs: unknown[]) => unknown).bind(object);
      return async (...args: unknown[]) => {
        try {
          const result: unknown = await (value as (...callArgs: unknown[]) => Promise<unknown>).apply(object, args);
          noteStatementAnswered();
          return typeof result === 'object' && result !== null && 'queryRaw' in result ? watched(result) : result;
        } catch (error) {
          noteStatementFailed(error);
          throw error;
        }
      };
    },
  });
}

/** The same driver adapter, reporting to the outage tracker how each statement went. */
export function watchingOutages<T extends SqlDriverAdapterFactory>(factory: T): T {
  return new Proxy(factory, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      // Connecting opens nothing yet (a pool connects on its first statement), so it proves nothing either way.
      if (typeof value !== 'function') return value;
      if (key !== 'connect') return (value as (...callArgs: unknown[]) => unknown).bind(object);
      return async () => watched(await (value as () => Promise<object>).apply(object));
    },
  });
}
