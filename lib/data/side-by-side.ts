import 'server-only';
import { ownRatings, raterInvitations, revealedSelfAnswers, revealedSelfAnswersAcross, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { SideBySideInput } from '@/lib/domain/side-by-side';

const ratedSelect = { level: true, noOpportunity: true, item: { select: { key: true, title: true } } } as const;

/**
 * Everyone the viewer rates, with the viewer's own ratings and, only where
 * revealed to them, the person's self-ratings. Two statements, whatever the
 * number of people: the invitations with the viewer's ratings, then every
 * revealed self-rating at once.
 */
export async function getSideBySide(viewer: Viewer, now = new Date()): Promise<SideBySideInput[]> {
  const client = db();
  const invitations = await client.invitation.findMany({
    where: raterInvitations(viewer, now),
    orderBy: [{ acceptedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      role: true,
      state: true,
      assessmentId: true,
      assessment: { select: { status: true, subjectId: true, submittedAt: true, createdAt: true, subject: { select: { name: true, email: true } } } },
      answers: {
        where: ownRatings(viewer),
        select: ratedSelect,
        orderBy: [{ item: { section: { position: 'asc' } } }, { item: { position: 'asc' } }],
      },
    },
  });
  const revealed = revealedSelfAnswersAcross(invitations);
  const selves = revealed ? await client.assessmentAnswer.findMany({ where: revealed, select: { assessmentId: true, ...ratedSelect } }) : [];
  return invitations.map((invitation) => {
    const { id, role, state, assessmentId, assessment, answers } = invitation;
    return {
      id,
      role,
      subjectName: assessment.subject.name || assessment.subject.email,
      submitted: state === 'SUBMITTED',
      subjectSubmitted: assessment.status === 'SUBMITTED',
      assessedAt: assessment.submittedAt ?? assessment.createdAt,
      own: answers.map(({ item, ...rated }) => ({ key: item.key, title: item.title, ...rated })),
      self: revealedSelfAnswers(invitation)
        ? selves.filter((answer) => answer.assessmentId === assessmentId).map(({ item, level, noOpportunity }) => ({ key: item.key, level, noOpportunity }))
        : null,
    };
  });
}
