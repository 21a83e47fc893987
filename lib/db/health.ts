import 'server-only';
import { db } from '@/lib/db/db';
import { probeWithin } from '@/lib/db/outage';

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

export async function checkDatabase(): Promise<DatabaseHealth> {
  const outcome = await probeWithin(() => db().$queryRaw`SELECT 1`);
  if (outcome.answered) return { ok: true };
  if (outcome.timedOut) return { ok: false, reason: 'The database did not answer in time.' };
  console.error('health check: database unreachable', outcome.error);
  return { ok: false, reason: 'The database is unreachable.' };
}

/**
 * Whether an error just now was the database being out of reach, as opposed
 * to a bug: asked of the database itself, so that an outage can be reported
 * as one (503, "temporarily unavailable") and nothing else is.
 */
export async function isDatabaseUnavailable(): Promise<boolean> {
  return !(await checkDatabase()).ok;
}
