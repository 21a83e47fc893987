import 'server-only';
import { liveShareLink, ownAssessment, ownShareLinks, type SharedSummary, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { hashLinkToken, newLinkToken } from '@/lib/security/link-token';
import { listSharedGoals } from '@/lib/data/goals';
import { summaryItemKeys, summarySelect, toSummarySource } from '@/lib/data/summaries';
import type { SummarySource } from '@/lib/domain/summary';
import type { BriefChoices, BriefLogInput, BriefOthersInput } from '@/lib/domain/brief';
import { getSharedBriefChoices, getSharedLogForBrief, getSharedOthersForBrief } from '@/lib/data/briefs';

export type CreatedShareLink = { token: string; expiresAt: Date };

/** Only for a submitted assessment of the user's own; null otherwise. The token is returned once and never stored. */
export async function createShareLink(
  viewer: Viewer,
  input: { assessmentId: string; label: string; days: number },
  now = new Date(),
): Promise<CreatedShareLink | null> {
  const client = db();
  const assessment = await client.assessment.findFirst({
    where: { ...ownAssessment(viewer, input.assessmentId), status: 'SUBMITTED' },
    select: { id: true },
  });
  if (!assessment) return null;
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + input.days * 24 * 60 * 60 * 1000);
  await client.shareLink.create({
    data: { ...ownShareLinks(viewer), tokenHash: hashLinkToken(token), assessmentId: assessment.id, label: input.label, expiresAt },
  });
  return { token, expiresAt };
}

/** True when the link was the user's and is now revoked (revoking twice changes nothing). */
export async function revokeShareLink(viewer: Viewer, linkId: string, now = new Date()): Promise<boolean> {
  const link = await db().shareLink.findFirst({ where: { ...ownShareLinks(viewer), id: linkId }, select: { revokedAt: true } });
  if (!link) return false;
  if (!link.revokedAt) await db().shareLink.updateMany({ where: { ...ownShareLinks(viewer), id: linkId, revokedAt: null }, data: { revokedAt: now } });
  return true;
}

async function findLiveLink(token: string, now: Date): Promise<SharedSummary | null> {
  const found = await db().shareLink.findFirst({ where: liveShareLink(hashLinkToken(token), now), select: { userId: true, assessmentId: true } });
  return found && { subjectId: found.userId, assessmentId: found.assessmentId };
}

/** What a holder of the link may see: that one submitted assessment, while the link is live. */
export async function getSharedSummarySource(token: string, now = new Date()): Promise<SummarySource | null> {
  const link = await findLiveLink(token, now);
  return link && sharedSummarySourceOf(link, now);
}

/** The shared page: the summary, and the brief on top with the choices its subject made and the others' view and evidence they included. */
export async function getSharedSummaryWithBrief(
  token: string,
  now = new Date(),
): Promise<{ source: SummarySource; choices: BriefChoices; others: BriefOthersInput; log: BriefLogInput | null } | null> {
  const link = await findLiveLink(token, now);
  if (!link) return null;
  const [source, choices, others, log] = await Promise.all([
    sharedSummarySourceOf(link, now),
    getSharedBriefChoices(link),
    getSharedOthersForBrief(link),
    getSharedLogForBrief(link),
  ]);
  return source && choices ? { source, choices, others, log } : null;
}

async function sharedSummarySourceOf(link: SharedSummary, now: Date): Promise<SummarySource | null> {
  const assessment = await db().assessment.findUnique({ where: { id: link.assessmentId }, select: summarySelect(link.subjectId) });
  if (!assessment) return null;
  // A shared summary stands on its own: no earlier assessment of its subject
  // is shown, only the plan for this assessment's items.
  const goals = await listSharedGoals(link, summaryItemKeys(assessment), now);
  return toSummarySource(assessment, null, goals);
}
