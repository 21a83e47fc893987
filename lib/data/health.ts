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
