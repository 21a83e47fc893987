import { verify } from '@node-rs/argon2';
import { describe, expect, test } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { startAssessment } from '@/lib/data/assessments';
import { setPriorityChoice } from '@/lib/data/priority-choices';
import { recordAuditEvent } from '@/lib/data/audit';
import { replaceCalendarFeed } from '@/lib/data/calendar-feeds';
import { enqueueEmails } from '@/lib/data/email-jobs';
import { db } from '@/lib/db/db';
import {
  createPasswordUser,
  deleteAccount,
  exportAccountData,
  findCredentials,
  signInWithExternalIdentity,
} from '@/lib/data/users';
import { startSession } from '@/lib/data/sessions';
import { seedUser, STRONG_PASSWORD } from '../support/users';

const client = { ip: '203.0.113.9', userAgent: 'vitest' };

/** Every row in the database that points at the user. */
async function rowsOf(userId: string) {
  const client = db();
  return {
    users: await client.user.count({ where: { id: userId } }),
    identities: await client.externalIdentity.count({ where: { userId } }),
    sessions: await client.userSession.count({ where: { userId } }),
    auditEvents: await client.auditEvent.count({ where: { userId } }),
    calendarFeeds: await client.calendarFeed.count({ where: { userId } }),
    evidenceEntries: await client.evidenceEntry.count({ where: { userId } }),
    agreedLevels: await client.agreedLevel.count({ where: { assessment: { subjectId: userId } } }),
    emailJobs: await client.emailJob.count({ where: { userId } }),
  };
}

describe('accounts', () => {
  test('store the password as an argon2id hash, never in the clear', async () => {
    const user = await seedUser();
    const { passwordHash } = (await findCredentials(user.email))!;
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain(STRONG_PASSWORD);
    expect(await verify(passwordHash!, STRONG_PASSWORD)).toBe(true);
  });

  test('allow one account per address', async () => {
    const user = await seedUser();
    expect(await createPasswordUser({ email: user.email, passwordHash: await hashPassword(STRONG_PASSWORD) })).toBeNull();
    expect(await db().user.count({ where: { email: user.email } })).toBe(1);
  });
});

describe('download all my data', () => {
  test('holds the account and its security events, no password hash and nothing of anyone else', async () => {
    const a = await seedUser('Ada');
    const b = await seedUser('Bea');
    await recordAuditEvent('SIGN_IN_SUCCEEDED', a.id, client);
    await recordAuditEvent('SIGN_IN_SUCCEEDED', b.id, client);
    const sessionId = await startSession(a.id, client);
    await startSession(b.id, { ip: '198.51.100.7', userAgent: 'other' });

    const data = await exportAccountData(a);
    expect(data).toMatchObject({ id: a.id, email: a.email, name: 'Ada' });
    expect(data?.auditEvents.map((event) => event.type)).toEqual(['SIGN_IN_SUCCEEDED']);
    expect(data?.sessions).toEqual([expect.objectContaining({ ip: client.ip, userAgent: client.userAgent })]);
    const text = JSON.stringify(data);
    expect(text).not.toContain(sessionId);
    expect(text).not.toContain('198.51.100.7');
    expect(text).not.toContain('argon2');
    expect(text).not.toContain(b.id);
    expect(text).not.toContain(b.email);
  });

  test('holds which target each assessment is measured against, the priorities pinned or dismissed on it, and whether a calendar feed is on (not its token)', async () => {
    const a = await seedUser();
    const started = await startAssessment(a, 'blank');
    await setPriorityChoice(a, { assessmentId: started!.assessmentId, itemKey: 'managing-managers', choice: 'PINNED' });
    const { token } = await replaceCalendarFeed(a);
    const data = await exportAccountData(a);
    expect(data?.calendarFeed).toEqual({ createdAt: expect.any(Date) as Date });
    expect(JSON.stringify(data)).not.toContain(token);
    expect(data).toMatchObject({ digestDay: null, reviewReminders: true, emailJobs: [] });
    expect(data?.assessments.map((assessment) => assessment.measure)).toEqual(['STEP_UP']);
    expect(data?.assessments[0]?.priorityChoices).toEqual([{ item: { key: 'managing-managers', title: 'Managing Managers' }, choice: 'PINNED', updatedAt: expect.any(Date) as Date }]);
  });
});

describe('deleting an account', () => {
  test('removes every row that belongs to it and nothing of anyone else', async () => {
    const a = await seedUser();
    const b = await seedUser();
    await recordAuditEvent('SIGN_IN_SUCCEEDED', a.id, client);
    await recordAuditEvent('SIGN_IN_SUCCEEDED', b.id, client);
    await signInWithExternalIdentity({ provider: 'oidc', subject: `a-${a.id}`, email: a.email, emailVerified: true, name: null });
    await startSession(a.id, client);
    await startSession(a.id, client);
    await startSession(b.id, client);
    for (const user of [a, b]) {
      await replaceCalendarFeed(user);
      await db().evidenceEntry.create({ data: { userId: user.id, occurredOn: new Date('2026-11-02'), text: 'Ran the calibration', itemKeys: ['managing-managers'] } });
      const { assessmentId } = (await startAssessment(user, 'blank'))!;
      const { itemId } = await db().assessmentAnswer.findFirstOrThrow({ where: { assessmentId }, select: { itemId: true } });
      await db().agreedLevel.create({ data: { assessmentId, itemId, level: 3, agreedWith: 'Sam (my manager)' } });
      await enqueueEmails([{ kind: 'DIGEST', userId: user.id, dedupeKey: `digest:${user.id}:2026-W49`, payload: { day: '2026-12-04' } }]);
    }
    const before = await rowsOf(a.id);
    expect(before).toEqual({ users: 1, identities: 1, sessions: 2, auditEvents: 1, calendarFeeds: 1, evidenceEntries: 1, agreedLevels: 1, emailJobs: 1 });
    const bBefore = await rowsOf(b.id);

    await deleteAccount(a, client);

    expect(await rowsOf(a.id)).toEqual({ users: 0, identities: 0, sessions: 0, auditEvents: 0, calendarFeeds: 0, evidenceEntries: 0, agreedLevels: 0, emailJobs: 0 });
    expect(await rowsOf(b.id)).toEqual(bBefore);
    const deletion = await db().auditEvent.findFirst({ where: { type: 'ACCOUNT_DELETED' }, orderBy: { createdAt: 'desc' } });
    expect(deletion).toMatchObject({ userId: null, ip: client.ip });
    expect(deletion?.detail).not.toContain(a.id);
    expect(deletion?.detail).not.toContain(a.email);
  });
});

describe('signing in through the identity provider', () => {
  const profile = (subject: string, email: string, emailVerified = true) => ({ provider: 'oidc', subject, email, emailVerified, name: 'Sam Provider' });

  test('creates an account on first sign-in and finds it again after', async () => {
    const email = `sso-${Date.now()}@example.com`;
    const first = await signInWithExternalIdentity(profile('sub-new', email));
    expect(first.outcome).toBe('created');
    const again = await signInWithExternalIdentity(profile('sub-new', email));
    expect(again).toMatchObject({ outcome: 'existing' });
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  test('links to an existing account when the provider has verified the address', async () => {
    const user = await seedUser();
    const result = await signInWithExternalIdentity(profile('sub-link', user.email.toUpperCase()));
    expect(result).toMatchObject({ outcome: 'linked', user: { id: user.id } });
    expect(await db().externalIdentity.count({ where: { userId: user.id } })).toBe(1);
  });

  test('refuses to link when the provider has not verified the address', async () => {
    const user = await seedUser();
    const result = await signInWithExternalIdentity(profile('sub-unverified', user.email, false));
    expect(result).toEqual({ outcome: 'refused', reason: 'The identity provider has not verified this email address.' });
    expect(await db().externalIdentity.count({ where: { userId: user.id } })).toBe(0);
  });
});
