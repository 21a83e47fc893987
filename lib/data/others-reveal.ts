import 'server-only';
import { z } from 'zod';
import { ownAssessmentsSql, revealedInvitationsSql, selfAnswersSql, type Viewer } from '@/lib/data/access';
import { getFrameworkVersionContent } from '@/lib/data/framework-version-content';
import { db } from '@/lib/db/db';
import { InvitationState, invitationStatus, NAMED_ROLES, RaterRole } from '@/lib/domain/others-view';
import { Prisma } from '@/lib/generated/prisma/client';
import type { RevealSource } from '@/lib/domain/others-reveal';

// Dates inside json_build_object come as ISO strings with their offset
// (the columns are read AT TIME ZONE 'UTC'); columns of the row come as Dates.
const jsonDate = z.coerce.date();
const rated = { itemId: z.string(), level: z.number().int().nullable(), noOpportunity: z.boolean() };

const assessmentRowSchema = z.object({
  id: z.string(),
  status: z.enum(['DRAFT', 'SUBMITTED']),
  submittedAt: z.date().nullable(),
  createdAt: z.date(),
  frameworkVersionId: z.string(),
  self: z.array(z.object(rated)),
  invitations: z.array(z.object({ role: z.enum(RaterRole), state: z.enum(InvitationState), expiresAt: jsonDate })),
  agreed: z.array(z.object({ itemId: z.string(), level: z.number().int(), agreedWith: z.string(), note: z.string(), agreedAt: jsonDate })),
});

const raterRowSchema = z.object({
  role: z.enum(RaterRole),
  name: z.string().nullable(),
  overallComment: z.string(),
  answers: z.array(z.object({ ...rated, comment: z.string() })),
});

/** One assessment of the viewer's with their self-ratings, every invitation's role and state, and their agreed levels, in one statement. */
async function findOwnAssessment(viewer: Viewer, assessmentId: string) {
  const rows = await db().$queryRaw<unknown[]>`
    SELECT a.id, a.status::text AS status, a."submittedAt", a."createdAt", a."frameworkVersionId",
      (SELECT coalesce(json_agg(json_build_object('itemId', s."itemId", 'level', s.level, 'noOpportunity', s."noOpportunity")), '[]')
         FROM "AssessmentAnswer" s WHERE s."assessmentId" = a.id AND ${selfAnswersSql('s', 'a')}) AS self,
      (SELECT coalesce(json_agg(json_build_object('role', i.role, 'state', i.state, 'expiresAt', i."expiresAt" AT TIME ZONE 'UTC')), '[]')
         FROM "Invitation" i WHERE i."assessmentId" = a.id) AS invitations,
      (SELECT coalesce(json_agg(json_build_object('itemId', g."itemId", 'level', g.level, 'agreedWith', g."agreedWith", 'note', g.note, 'agreedAt', g."agreedAt" AT TIME ZONE 'UTC')), '[]')
         FROM "AgreedLevel" g WHERE g."assessmentId" = a.id) AS agreed
    FROM "Assessment" a
    WHERE a.id = ${assessmentId} AND ${ownAssessmentsSql(viewer, 'a')}`;
  return rows.length === 0 ? null : assessmentRowSchema.parse(rows[0]);
}

/**
 * The raters the access layer reveals on the assessment, in role order then
 * the order they were asked, each with their ratings; none while either side
 * has not submitted. A peer's name is never read, and a named rater whose
 * account is gone has none ("former rater").
 */
async function findRevealedRaters(viewer: Viewer, assessmentId: string) {
  const rows = await db().$queryRaw<unknown[]>`
    SELECT i.role::text AS role, i."overallComment",
      CASE WHEN i.role::text IN (${Prisma.join(NAMED_ROLES)}) THEN coalesce(nullif(u.name, ''), u.email) END AS name,
      (SELECT coalesce(json_agg(json_build_object('itemId', r."itemId", 'level', r.level, 'noOpportunity', r."noOpportunity", 'comment', r.evidence)), '[]')
         FROM "AssessmentAnswer" r WHERE r."invitationId" = i.id) AS answers
    FROM "Invitation" i
    JOIN "Assessment" a ON a.id = i."assessmentId"
    LEFT JOIN "User" u ON u.id = i."raterId"
    WHERE ${revealedInvitationsSql(viewer, assessmentId, 'i', 'a')}
    ORDER BY i.role, i."createdAt", i.id`;
  return z.array(raterRowSchema).parse(rows);
}

/**
 * What the subject's "Others' view" page is built from, on one assessment of
 * theirs; null when it is not theirs. Raters' names, comments and ratings are
 * read only once the access layer reveals them (a submitted assessment,
 * raters who submitted). Two statements, run side by side, whatever the
 * number of raters; the framework version's words come from its per-process
 * cache.
 */
export async function getRevealSource(viewer: Viewer, assessmentId: string, now = new Date()) {
  const [assessment, raters] = await Promise.all([findOwnAssessment(viewer, assessmentId), findRevealedRaters(viewer, assessmentId)]);
  if (!assessment) return null;
  const version = await getFrameworkVersionContent(assessment.frameworkVersionId);
  if (!version) return null;
  const source: RevealSource = {
    status: assessment.status,
    items: version.sections.flatMap((section) => section.items.map(({ id, key, title }) => ({ id, key, title }))),
    self: Object.fromEntries(assessment.self.map(({ itemId, ...self }) => [itemId, self])),
    invitations: assessment.invitations.map((invitation) => ({ role: invitation.role, status: invitationStatus(invitation, now) })),
    raters: raters.map(({ answers, ...rater }) => ({ ...rater, answers: Object.fromEntries(answers.map(({ itemId, ...answer }) => [itemId, answer])) })),
    agreed: Object.fromEntries(assessment.agreed.map(({ itemId, ...agreed }) => [itemId, agreed])),
  };
  return {
    assessment: {
      id: assessment.id,
      status: assessment.status,
      submittedAt: assessment.submittedAt ?? assessment.createdAt,
      frameworkVersion: version.number,
      levels: version.levels,
    },
    source,
  };
}
