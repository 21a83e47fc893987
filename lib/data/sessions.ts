import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ClientInfo } from '@/lib/auth/client-info';
import { ownSessions, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';

// A session ends after two hours without a request, and eight hours after
// sign-in whatever happens; the session token's own lifetime is the same eight.
export const SESSION_IDLE_TIMEOUT_MS = 2 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
// lastSeenAt is only as fine as the idle timeout needs: a write per minute at
// most, not one per request.
export const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

export type ActiveSession = { user: Viewer; sessionId: string };

const sessionRowSchema = z.object({
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
});

/** Starts a session for the user and returns its id, for the session token. */
export async function startSession(userId: string, client: ClientInfo, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await db().$transaction([
    // Sessions that ended by themselves are swept when their owner signs in again.
    db().userSession.deleteMany({ where: { userId, OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince(now) } }] } }),
    db().userSession.create({
      data: { id, userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS), ip: client.ip, userAgent: client.userAgent },
    }),
  ]);
  return id;
}

/**
 * The session and its user while it is active, or null once it has been
 * ended, has been idle too long or is past its lifetime. The user id from the
 * token must match too: a token names its owner as well as its session.
 */
export async function findActiveSession(sessionId: string, userId: string, now = new Date()): Promise<ActiveSession | null> {
  // Every signed-in request asks this: one hand-written statement costs the
  // request a fraction of what the query builder's would.
  const [row] = z.array(sessionRowSchema).parse(
    await db().$queryRaw<unknown[]>`
      SELECT s."lastSeenAt", s."expiresAt", u.id, u.email, u.name
      FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
      WHERE s.id = ${sessionId}`,
  );
  if (!row || row.id !== userId) return null;
  if (row.expiresAt <= now || row.lastSeenAt <= idleSince(now)) {
    await db().userSession.deleteMany({ where: { id: sessionId } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db().userSession.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return { user: { id: row.id, email: row.email, name: row.name }, sessionId };
}

/** The user's active sessions, most recently used first, for the account page. */
export async function listActiveSessions(viewer: Viewer, now = new Date()) {
  return db().userSession.findMany({
    where: { ...ownSessions(viewer), expiresAt: { gt: now }, lastSeenAt: { gt: idleSince(now) } },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
  });
}

/** Ends one of the user's own sessions; false when it is not theirs or has already ended. */
export async function endSession(viewer: Pick<Viewer, 'id'>, sessionId: string): Promise<boolean> {
  const { count } = await db().userSession.deleteMany({ where: { ...ownSessions(viewer), id: sessionId } });
  return count > 0;
}

/** "Sign out everywhere": every session of the user, this one included. */
export async function endAllSessions(viewer: Viewer): Promise<void> {
  await db().userSession.deleteMany({ where: ownSessions(viewer) });
}

const idleSince = (now: Date) => new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS);
