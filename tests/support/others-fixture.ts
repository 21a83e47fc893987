// An assessment rated by its subject and by others, through the real data
// layer, for the tests of what the subject sees once others' view is revealed.
import { expect } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { acceptInvitation, createInvitation } from '@/lib/data/invitations';
import { saveOverallComment, saveRating, submitRating } from '@/lib/data/ratings';
import type { RaterRole } from '@/lib/domain/others-view';
import { answerSchema } from '@/lib/validation/assessment';
import { createInvitationSchema, overallCommentSchema, ratingSchema } from '@/lib/validation/invitation';
import { seedUser } from './users';

/** A level, or "no opportunity to see this". */
export type Given = number | 'none';

/** A draft the subject rated item by item (`self[i]` for the i-th item, 3 past the end). */
export async function ratedDraft(subject: SessionUser, self: Given[] = []) {
  const { assessmentId } = (await startAssessment(subject, 'blank'))!;
  const assessment = (await getAssessment(subject, assessmentId))!;
  const items = assessment.frameworkVersion.sections.flatMap((section) => section.items);
  for (const [index, item] of items.entries()) {
    const given = self[index] ?? 3;
    const saved = await saveAnswer(
      subject,
      answerSchema.parse({
        assessmentId,
        itemId: item.id,
        baseRevision: 0,
        level: given === 'none' ? null : given,
        noOpportunity: given === 'none',
        targetLevel: 4,
        confidence: 'MEDIUM',
        evidence: '',
      }),
    );
    expect(saved.kind).toBe('saved');
  }
  return { assessmentId, items };
}

export async function submitSelf(subject: SessionUser, assessmentId: string) {
  expect((await submitAssessment(subject, assessmentId, [])).kind).toBe('submitted');
}

type RaterOptions = { role: RaterRole; name?: string; levels?: Given[]; comment?: (index: number) => string; overall?: string; submit?: boolean };

/** Someone invited in `role` who accepted, rated every item (`levels[i]`, 3 past the end) and, unless told not to, submitted. */
export async function rateAs(subject: SessionUser, assessmentId: string, items: { id: string }[], options: RaterOptions) {
  const user = await seedUser(options.name ?? 'Rater');
  const created = await createInvitation(subject, createInvitationSchema.parse({ assessmentId, role: options.role }));
  if (created.kind !== 'created') throw new Error(created.kind);
  const accepted = await acceptInvitation(user, created.token);
  if (accepted.kind !== 'accepted') throw new Error(accepted.kind);
  const invitationId = accepted.invitationId;
  for (const [index, item] of items.entries()) {
    const given = options.levels?.[index] ?? 3;
    const rating = { invitationId, itemId: item.id, baseRevision: 0, level: given === 'none' ? null : given, noOpportunity: given === 'none', comment: options.comment?.(index) ?? '' };
    expect((await saveRating(user, ratingSchema.parse(rating))).kind).toBe('saved');
  }
  if (options.overall) expect((await saveOverallComment(user, overallCommentSchema.parse({ invitationId, baseRevision: 0, comment: options.overall }))).kind).toBe('saved');
  if (options.submit !== false) expect((await submitRating(user, invitationId)).kind).toBe('submitted');
  return { user, invitationId };
}
