import { describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { db } from '@/lib/db/db';
import { createShareLink, getSharedSummarySource, revokeShareLink } from '@/lib/data/share-links';
import { getSummarySource, getSummaryWithShareLinks } from '@/lib/data/summaries';
import { exportAccountData } from '@/lib/data/users';
import { answerSchema } from '@/lib/validation/assessment';
import { createShareSchema } from '@/lib/validation/share';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;

async function submitted(user: User, evidence = 'Shared evidence') {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const assessment = (await getAssessment(user, assessmentId))!;
  const item = assessment.frameworkVersion.sections[0]!.items[0]!;
  await saveAnswer(user, answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: 3, noOpportunity: false, targetLevel: 4, confidence: 'LOW', evidence }));
  const keys = assessment.frameworkVersion.sections.flatMap((section) => section.items.map((entry) => entry.key));
  await submitAssessment(user, assessmentId, keys);
  return assessmentId;
}

/** The links the owner's gap view lists for the assessment. */
const linksOf = async (user: User, assessmentId: string) => (await getSummaryWithShareLinks(user, assessmentId))!.shareLinks;

describe('share links', () => {
  test('open one submitted assessment read-only, and nothing after revoking', async () => {
    const user = await seedUser('Sharer');
    const assessmentId = await submitted(user);
    const link = (await createShareLink(user, { assessmentId, label: 'My manager', days: 30 }))!;
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await db().shareLink.count({ where: { tokenHash: link.token } })).toBe(0);

    const shared = await getSharedSummarySource(link.token);
    expect(shared?.assessment.id).toBe(assessmentId);
    expect(shared?.previous).toBeNull();
    expect(shared?.items[0]?.answer?.evidence).toBe('Shared evidence');

    const [listed] = await linksOf(user, assessmentId);
    expect(listed).toMatchObject({ label: 'My manager', revokedAt: null });
    expect(await revokeShareLink(user, listed!.id)).toBe(true);
    const revokedAt = (await linksOf(user, assessmentId))[0]!.revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    expect(await revokeShareLink(user, listed!.id)).toBe(true);
    expect((await linksOf(user, assessmentId))[0]!.revokedAt).toEqual(revokedAt);
    expect(await getSharedSummarySource(link.token)).toBeNull();
  });

  test('expire after the chosen number of days', async () => {
    const user = await seedUser();
    const assessmentId = await submitted(user);
    const created = new Date('2026-01-01T00:00:00Z');
    const link = (await createShareLink(user, { assessmentId, label: 'Coach', days: 30 }, created))!;
    expect(link.expiresAt.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(await getSharedSummarySource(link.token, new Date('2026-01-30T23:59:00Z'))).not.toBeNull();
    expect(await getSharedSummarySource(link.token, new Date('2026-01-31T00:00:00Z'))).toBeNull();
  });

  test('cannot be made for a draft or for someone else’s assessment', async () => {
    const owner = await seedUser();
    const other = await seedUser();
    const assessmentId = await submitted(owner);
    expect(await createShareLink(other, { assessmentId, label: 'Mine now', days: 30 })).toBeNull();
    const { assessmentId: draftId } = (await startAssessment(owner, 'blank'))!;
    expect(await createShareLink(owner, { assessmentId: draftId, label: 'Too early', days: 30 })).toBeNull();
    expect(await db().shareLink.count({ where: { assessmentId: { in: [assessmentId, draftId] } } })).toBe(0);
  });

  test('another user can neither list nor revoke someone else’s link', async () => {
    const owner = await seedUser();
    const other = await seedUser();
    const assessmentId = await submitted(owner);
    const link = (await createShareLink(owner, { assessmentId, label: 'Manager', days: 7 }))!;
    const [listed] = await linksOf(owner, assessmentId);
    expect(await getSummaryWithShareLinks(other, assessmentId)).toBeNull();
    expect(await revokeShareLink(other, listed!.id)).toBe(false);
    expect(await getSharedSummarySource(link.token)).not.toBeNull();
  });

  test('the gap view reads the same summary as the exports, with the assessment’s links newest first and no other assessment’s', async () => {
    const user = await seedUser();
    const assessmentId = await submitted(user);
    const otherId = await submitted(user, 'Another quarter');
    await createShareLink(user, { assessmentId, label: 'Manager', days: 7 });
    await createShareLink(user, { assessmentId, label: 'Coach', days: 7 });
    await createShareLink(user, { assessmentId: otherId, label: 'Mentor', days: 7 });
    const now = new Date();
    const read = (await getSummaryWithShareLinks(user, assessmentId, now))!;
    expect(read.shareLinks.map((link) => link.label)).toEqual(['Coach', 'Manager']);
    expect(read.source).toEqual(await getSummarySource(user, assessmentId, now));
  });

  test('a guessed token opens nothing', async () => {
    expect(await getSharedSummarySource('A'.repeat(43))).toBeNull();
  });

  test.each([
    [{ label: '' }, /Say who the link is for/],
    [{ label: 'x'.repeat(81) }, /80 characters/],
    [{ days: 0 }, /at least 1 day/],
    [{ days: 400 }, /at most 365 days/],
    [{ days: 'soon' }, /how many days/],
    [{ userId: 'someone' }, /Unrecognized key/],
  ])('refuses %j', (fields, message) => {
    const result = createShareSchema.safeParse({ assessmentId: 'abc', label: 'Manager', ...fields });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(message);
  });

  test('"Download all my data" lists the user’s links, revoked ones too, without tokens and without anyone else’s', async () => {
    const owner = await seedUser('Owner');
    const other = await seedUser('Other');
    const assessmentId = await submitted(owner);
    const created = new Date('2026-11-01T09:00:00Z');
    const kept = (await createShareLink(owner, { assessmentId, label: 'My manager', days: 30 }, created))!;
    const revoked = (await createShareLink(owner, { assessmentId, label: 'Old coach', days: 7 }, created))!;
    const revokedRow = await db().shareLink.findFirst({ where: { userId: owner.id, label: 'Old coach' } });
    await revokeShareLink(owner, revokedRow!.id, new Date('2026-11-02T09:00:00Z'));
    const othersLink = (await createShareLink(other, { assessmentId: await submitted(other), label: 'Not yours', days: 30 }))!;

    const data = await exportAccountData(owner);
    const links = [...(data?.shareLinks ?? [])].sort((a, b) => a.label.localeCompare(b.label));
    expect(links).toEqual([
      { id: expect.any(String) as string, assessmentId, label: 'My manager', createdAt: expect.any(Date) as Date, expiresAt: kept.expiresAt, revokedAt: null },
      { id: revokedRow!.id, assessmentId, label: 'Old coach', createdAt: expect.any(Date) as Date, expiresAt: revoked.expiresAt, revokedAt: new Date('2026-11-02T09:00:00Z') },
    ]);
    const text = JSON.stringify(data);
    const hashes = await db().shareLink.findMany({ select: { tokenHash: true } });
    for (const secret of [kept.token, revoked.token, othersLink.token, ...hashes.map((row) => row.tokenHash)]) expect(text).not.toContain(secret);
    expect(text).not.toContain('Not yours');
  });
});
