import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/data/db';
import { listCurrentGoals } from '@/lib/data/goals';
import { summaryItemKeys, summarySelect, toSummarySource } from '@/lib/data/summaries';
import type { SummarySource } from '@/lib/domain/summary';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type CreatedShareLink = { token: string; expiresAt: Date };

/** Only for a submitted assessment of the user's own; null otherwise. The token is returned once and never stored. */
export async function createShareLink(
  user: SessionUser,
  input: { assessmentId: string; label: string; days: number },
  now = new Date(),
): Promise<CreatedShareLink | null> {
  const client = db();
  const assessment = await client.assessment.findFirst({
    where: { id: input.assessmentId, userId: user.id, status: 'SUBMITTED' },
    select: { id: true },
  });
  if (!assessment) return null;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.days * 24 * 60 * 60 * 1000);
  await client.shareLink.create({
    data: { tokenHash: hashToken(token), userId: user.id, assessmentId: assessment.id, label: input.label, expiresAt },
  });
  return { token, expiresAt };
}

/** True when the link was the user's and is now revoked (revoking twice changes nothing). */
export async function revokeShareLink(user: SessionUser, linkId: string, now = new Date()): Promise<boolean> {
  const link = await db().shareLink.findFirst({ where: { id: linkId, userId: user.id }, select: { revokedAt: true } });
  if (!link) return false;
  if (!link.revokedAt) await db().shareLink.updateMany({ where: { id: linkId, userId: user.id, revokedAt: null }, data: { revokedAt: now } });
  return true;
}

/** What a holder of the link may see: that one submitted assessment, while the link is live. */
export async function getSharedSummarySource(token: string, now = new Date()): Promise<SummarySource | null> {
  const link = await db().shareLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { revokedAt: true, expiresAt: true, userId: true, assessment: { select: summarySelect } },
  });
  if (!link || link.revokedAt || link.expiresAt <= now || link.assessment.status !== 'SUBMITTED') return null;
  // A shared summary stands on its own: no earlier assessment of the owner is
  // shown, only the plan for this assessment's items.
  const goals = await listCurrentGoals(link.userId, summaryItemKeys(link.assessment), now);
  return toSummarySource(link.assessment, null, goals);
}
