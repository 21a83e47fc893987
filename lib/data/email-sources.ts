import 'server-only';
import { mailAccount, mailAssessments, mailEvidence, mailGoals, mailInvitation, type MailSubject } from '@/lib/data/access';
import type { NewEmailJob } from '@/lib/data/email-jobs';
import { getCurrentVersionContent } from '@/lib/data/framework-version-content';
import { db } from '@/lib/db/db';
import { dayKey, dueSoonUntil, isoWeek, isoWeekday, reminderDue, weekAgo } from '@/lib/domain/email-schedule';
import { nextReviewDate, startOfDay, type ReviewDate } from '@/lib/domain/goals';
import { OPEN_STATUSES } from '@/lib/domain/vocabulary';
import type { DigestSource, InvitationSource } from '@/lib/email/messages';
import { hashLinkToken } from '@/lib/security/link-token';

// What the worker reads to decide which emails are due and to write them.
// Each reads one account's data through the job that names it.

/**
 * The reminders and digests due now, as jobs whose dedupe keys make a second
 * enqueue (by this instance a minute later, or by another one) a no-op.
 */
export async function listDueEmails(now = new Date()): Promise<NewEmailJob[]> {
  const today = startOfDay(now);
  const accounts = await db().user.findMany({
    where: { OR: [{ reviewReminders: true }, { digestDay: isoWeekday(today) }] },
    select: {
      id: true,
      digestDay: true,
      reviewReminders: true,
      nextReviewOn: true,
      assessments: { where: { status: 'SUBMITTED' }, orderBy: { submittedAt: 'desc' }, take: 1, select: { submittedAt: true } },
    },
  });
  const jobs: NewEmailJob[] = [];
  for (const account of accounts) {
    if (account.digestDay === isoWeekday(today)) {
      jobs.push({ kind: 'DIGEST', userId: account.id, dedupeKey: `digest:${account.id}:${isoWeek(today)}`, payload: { day: dayKey(today) }, runAfter: now });
    }
    const review = nextReviewDate(account.nextReviewOn, account.assessments[0]?.submittedAt ?? null);
    if (account.reviewReminders && review && reminderDue(review, today)) {
      jobs.push({ kind: 'REMINDER', userId: account.id, dedupeKey: `reminder:${account.id}:${dayKey(review.date)}`, payload: { reviewDate: dayKey(review.date) }, runAfter: now });
    }
  }
  return jobs;
}

export type MailRecipient = { email: string; digestDay: number | null; reviewReminders: boolean; review: ReviewDate | null };

/** Where an account's email goes, what it asked for, and its review date now. */
export async function readRecipient(subject: MailSubject): Promise<MailRecipient | null> {
  const account = await db().user.findUnique({ where: mailAccount(subject), select: { email: true, digestDay: true, reviewReminders: true, nextReviewOn: true } });
  if (!account) return null;
  const last = await db().assessment.findFirst({
    where: { ...mailAssessments(subject), status: 'SUBMITTED' },
    orderBy: { submittedAt: 'desc' },
    select: { submittedAt: true },
  });
  return { email: account.email, digestDay: account.digestDay, reviewReminders: account.reviewReminders, review: nextReviewDate(account.nextReviewOn, last?.submittedAt ?? null) };
}

/** The digest's content for the day it is sent. */
export async function readDigestSource(subject: MailSubject, review: ReviewDate | null, now = new Date()): Promise<DigestSource> {
  const today = startOfDay(now);
  const [goals, evidence, version] = await Promise.all([
    db().goal.findMany({
      where: { ...mailGoals(subject), status: { in: [...OPEN_STATUSES] }, targetDate: { lte: dueSoonUntil(now) } },
      orderBy: [{ targetDate: 'asc' }, { id: 'asc' }],
      select: { id: true, action: true, itemKey: true, targetDate: true },
    }),
    db().evidenceEntry.findMany({
      where: { ...mailEvidence(subject), occurredOn: { gte: weekAgo(now), lte: today } },
      orderBy: [{ occurredOn: 'asc' }, { createdAt: 'asc' }],
      select: { occurredOn: true, text: true, itemKeys: true },
    }),
    getCurrentVersionContent(),
  ]);
  const titles = new Map((version?.sections ?? []).flatMap((section) => section.items.map((item) => [item.key, item.title] as const)));
  const title = (key: string) => titles.get(key) ?? key;
  const withTitle = ({ itemKey, ...goal }: (typeof goals)[number]) => ({ ...goal, itemTitle: title(itemKey) });
  return {
    today,
    review,
    overdue: goals.filter((goal) => goal.targetDate < today).map(withTitle),
    dueSoon: goals.filter((goal) => goal.targetDate >= today).map(withTitle),
    evidence: evidence.map(({ itemKeys, ...entry }) => ({ ...entry, itemTitles: itemKeys.map(title) })),
  };
}

/**
 * An invitation the subject sent, for its email; null once it is no longer
 * open (withdrawn, accepted, expired, its link replaced), when the email would only mislead.
 */
export async function readInvitationSource(subject: MailSubject, invitationId: string, token: string, now = new Date()): Promise<InvitationSource | null> {
  const invitation = await db().invitation.findFirst({
    // The token must still be the link's: a link made again since would make this one dead on arrival.
    where: { ...mailInvitation(subject, invitationId), tokenHash: hashLinkToken(token), state: 'PENDING', expiresAt: { gt: now } },
    select: { role: true, note: true, expiresAt: true, assessment: { select: { subject: { select: { name: true, email: true } } } } },
  });
  if (!invitation) return null;
  const { name, email } = invitation.assessment.subject;
  return { subjectName: name || email, role: invitation.role, note: invitation.note, expiresAt: invitation.expiresAt, path: `/invitations/${token}` };
}
