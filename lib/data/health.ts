import 'server-only';
import { db } from '@/lib/data/db';

const HEALTH_TIMEOUT_MS = 3_000;

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

export async function checkDatabase(): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'The database did not answer in time.' }), HEALTH_TIMEOUT_MS);
  });
  const probe = db()
    .$queryRaw`SELECT 1`.then((): DatabaseHealth => ({ ok: true }))
    .catch((error: unknown): DatabaseHealth => {
      console.error('health check: database unreachable', error);
      return { ok: false, reason: 'The database is unreachable.' };
    });
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether an error just now was the database being out of reach, as opposed
 * to a bug: asked of the database itself, so that an outage can be reported
 * as one (503, "temporarily unavailable") and nothing else is.
 */
export async function isDatabaseUnavailable(): Promise<boolean> {
  return !(await checkDatabase()).ok;
}
