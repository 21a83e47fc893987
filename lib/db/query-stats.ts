import type { Prisma } from '@/lib/generated/prisma/client';

export type QueryStats = { count: number; durationMs: number };

// Shared through globalThis like the client itself: pages and route handlers
// are bundled separately but run in one process and must add to one tally.
const stats = ((globalThis as { __headwayQueryStats?: QueryStats }).__headwayQueryStats ??= { count: 0, durationMs: 0 });

/** Counts a statement Prisma ran, with the time the database took for it. */
export function recordQuery(event: Prisma.QueryEvent): void {
  stats.count += 1;
  stats.durationMs += event.duration;
}

/** The tally since the last call, which starts a new one. */
export function takeQueryStats(): QueryStats {
  const taken = { count: stats.count, durationMs: stats.durationMs };
  stats.count = 0;
  stats.durationMs = 0;
  return taken;
}
