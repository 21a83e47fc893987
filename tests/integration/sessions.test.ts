import { describe, expect, test } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db/db';
import {
  endAllSessions,
  endSession,
  findActiveSession,
  listActiveSessions,
  SESSION_IDLE_TIMEOUT_MS,
  SESSION_LIFETIME_MS,
  SESSION_TOUCH_INTERVAL_MS,
  startSession,
} from '@/lib/data/sessions';
import { deleteAccount, setPassword } from '@/lib/data/users';
import { seedUser } from '../support/users';

const client = { ip: '203.0.113.20', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' };
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const lastSeen = async (id: string) => (await db().userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt;

describe('a session', () => {
  test('is active from sign-in, for its own user only', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const id = await startSession(a.id, client);
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await findActiveSession(id, a.id)).toEqual({ sessionId: id, user: { id: a.id, email: a.email, name: a.name } });
    // A token naming someone else's session with its own user id is not that user's session.
    expect(await findActiveSession(id, b.id)).toBeNull();
    expect(await findActiveSession('no-such-session-id-of-32-chars-x', a.id)).toBeNull();
  });

  test('ends after the idle timeout without a request, and is swept', async () => {
    const user = await seedUser();
    const start = new Date();
    const id = await startSession(user.id, client, start);
    expect(await findActiveSession(id, user.id, later(start, SESSION_IDLE_TIMEOUT_MS - 1000))).not.toBeNull();
    const idle = later(start, 2 * SESSION_IDLE_TIMEOUT_MS);
    expect(await findActiveSession(id, user.id, idle)).toBeNull();
    expect(await db().userSession.count({ where: { id } })).toBe(0);
  });

  test('ends at its absolute lifetime however busy it is', async () => {
    const user = await seedUser();
    const start = new Date();
    const id = await startSession(user.id, client, start);
    // Used every hour, so it is never idle.
    for (let hour = 1; hour * 3_600_000 < SESSION_LIFETIME_MS; hour++) {
      expect(await findActiveSession(id, user.id, later(start, hour * 3_600_000))).not.toBeNull();
    }
    expect(await findActiveSession(id, user.id, later(start, SESSION_LIFETIME_MS))).toBeNull();
  });

  test('records when it was last seen at most once a minute', async () => {
    const user = await seedUser();
    const start = new Date();
    const id = await startSession(user.id, client, start);
    await findActiveSession(id, user.id, later(start, SESSION_TOUCH_INTERVAL_MS / 2));
    expect(await lastSeen(id)).toEqual(start);
    const minuteOn = later(start, SESSION_TOUCH_INTERVAL_MS + 1000);
    await findActiveSession(id, user.id, minuteOn);
    expect(await lastSeen(id)).toEqual(minuteOn);
  });
});

/** User a signed in twice and user b once: what ends must be a's alone. */
async function twoSessionsBesideAnotherUsers() {
  const a = await seedUser();
  const b = await seedUser();
  const first = await startSession(a.id, client);
  const second = await startSession(a.id, client);
  const theirs = await startSession(b.id, client);
  return { a, b, first, second, theirs };
}

describe('ending sessions', () => {
  test('one: only that session of its own user, and not another user\'s', async () => {
    const { a, b, first, second, theirs } = await twoSessionsBesideAnotherUsers();

    expect(await endSession(a, theirs)).toBe(false);
    expect(await findActiveSession(theirs, b.id)).not.toBeNull();

    expect(await endSession(a, first)).toBe(true);
    expect(await findActiveSession(first, a.id)).toBeNull();
    expect(await findActiveSession(second, a.id)).not.toBeNull();
    expect(await endSession(a, first)).toBe(false);
  });

  test('sign out everywhere: all of the user\'s, none of anyone else\'s', async () => {
    const { a, b, first, second, theirs } = await twoSessionsBesideAnotherUsers();
    await endAllSessions(a);
    for (const id of [first, second]) expect(await findActiveSession(id, a.id)).toBeNull();
    expect(await findActiveSession(theirs, b.id)).not.toBeNull();
  });

  test('a password change: all but the one it was changed in', async () => {
    const { a, b, first: current, second: other, theirs } = await twoSessionsBesideAnotherUsers();
    await setPassword(a, await hashPassword('another long passphrase 7'), current);
    expect(await findActiveSession(current, a.id)).not.toBeNull();
    expect(await findActiveSession(other, a.id)).toBeNull();
    expect(await findActiveSession(theirs, b.id)).not.toBeNull();
  });

  test('account deletion: all of them', async () => {
    const a = await seedUser();
    const id = await startSession(a.id, client);
    await deleteAccount(a, client);
    expect(await findActiveSession(id, a.id)).toBeNull();
    expect(await db().userSession.count({ where: { userId: a.id } })).toBe(0);
  });
});

describe('the account page\'s list', () => {
  test('shows the user\'s active sessions, most recent first, and nobody else\'s', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const start = new Date();
    const old = await startSession(a.id, client, later(start, -3 * SESSION_IDLE_TIMEOUT_MS));
    const earlier = await startSession(a.id, client, later(start, -60_000));
    const latest = await startSession(a.id, { ip: null, userAgent: null }, start);
    await startSession(b.id, client, start);
    const listed = await listActiveSessions(a, start);
    expect(listed.map((session) => session.id)).toEqual([latest, earlier]);
    expect(listed.map((session) => session.id)).not.toContain(old);
    expect(listed[1]).toMatchObject({ ip: client.ip, userAgent: client.userAgent });
  });
});
