import 'server-only';
import {
  ownAssessment,
  ownEvidence,
  revealedRaterAnswers,
  sharedAssessment,
  sharedEarlierAssessments,
  sharedEvidence,
  sharedRaterAnswers,
  type SharedSummary,
  type Viewer,
} from '@/lib/data/access';
import { db } from '@/lib/db/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { BriefChoices, BriefLogInput, BriefOthersInput } from '@/lib/domain/brief';
import { startOfDay } from '@/lib/domain/goals';
import type { OthersRating, RaterRole } from '@/lib/domain/others-view';
import type { BriefInput } from '@/lib/validation/brief';

export const choicesSelect = { briefAsk: true, briefEvidence: true, briefPlan: true, briefOthers: true, briefLog: true } satisfies Prisma.AssessmentSelect;

type ChoicesRow = { briefAsk: string; briefEvidence: boolean; briefPlan: boolean; briefOthers: boolean; briefLog: boolean };

export const toBriefChoices = (row: ChoicesRow): BriefChoices => ({
  ask: row.briefAsk,
  includeEvidence: row.briefEvidence,
  includePlan: row.briefPlan,
  includeOthers: row.briefOthers,
  includeLog: row.briefLog,
});

/** Saves the brief's ask and choices; false (nothing written) when the assessment is not the viewer's. */
export async function saveBriefChoices(viewer: Viewer, input: BriefInput): Promise<boolean> {
  const { count } = await db().assessment.updateMany({
    where: ownAssessment(viewer, input.assessmentId),
    data: { briefAsk: input.ask, briefEvidence: input.includeEvidence, briefPlan: input.includePlan, briefOthers: input.includeOthers, briefLog: input.includeLog },
  });
  return count === 1;
}

const raterAnswerSelect = {
  level: true,
  noOpportunity: true,
  item: { select: { key: true } },
  invitation: { select: { id: true, role: true } },
} satisfies Prisma.AssessmentAnswerSelect;

type RaterAnswerRow = { level: number | null; noOpportunity: boolean; item: { key: string }; invitation: { id: string; role: RaterRole } | null };

function toOthersInput(rows: readonly RaterAnswerRow[]): BriefOthersInput {
  const raters = new Map<string, RaterRole>();
  const ratingsByItem: Record<string, OthersRating[]> = {};
  for (const row of rows) {
    if (!row.invitation) continue;
    raters.set(row.invitation.id, row.invitation.role);
    (ratingsByItem[row.item.key] ??= []).push({ role: row.invitation.role, level: row.level, noOpportunity: row.noOpportunity });
  }
  return raters.size === 0 ? null : { raters: [...raters.values()], ratingsByItem };
}

/** Others' ratings the subject may see on one assessment of theirs (submitted, from raters who submitted); null when none. */
export async function getOthersForBrief(viewer: Viewer, assessmentId: string): Promise<BriefOthersInput> {
  return toOthersInput(await db().assessmentAnswer.findMany({ where: revealedRaterAnswers(viewer, assessmentId), select: raterAnswerSelect }));
}

/** Others' ratings a share link shows: none unless the subject included others' view in the brief. */
export async function getSharedOthersForBrief(link: SharedSummary): Promise<BriefOthersInput> {
  return toOthersInput(await db().assessmentAnswer.findMany({ where: sharedRaterAnswers(link), select: raterAnswerSelect }));
}

/** The brief's ask and choices on the assessment a live share link opens. */
export async function getSharedBriefChoices(link: SharedSummary): Promise<BriefChoices | null> {
  const row = await db().assessment.findFirst({ where: sharedAssessment(link), select: choicesSelect });
  return row && toBriefChoices(row);
}

const logEntrySelect = { occurredOn: true, text: true, url: true, itemKeys: true, createdAt: true } satisfies Prisma.EvidenceEntrySelect;

export type LogWindow = { submittedAt: Date | null; previous: { submittedAt: Date | null } | null };

/**
 * The days an assessment's log covers: from the day of the submission before
 * it (everything, before a first one) to the day it was submitted (no end
 * while a draft). Both ends are whole days, as an entry's date is.
 */
function logWindow({ submittedAt, previous }: LogWindow): Prisma.EvidenceEntryWhereInput {
  return {
    occurredOn: {
      ...(previous?.submittedAt ? { gte: startOfDay(previous.submittedAt) } : {}),
      ...(submittedAt ? { lte: startOfDay(submittedAt) } : {}),
    },
  };
}

async function logOf(owner: Prisma.EvidenceEntryWhereInput, window: LogWindow): Promise<BriefLogInput> {
  const entries = await db().evidenceEntry.findMany({
    where: { ...owner, ...logWindow(window) },
    orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }],
    select: logEntrySelect,
  });
  return { sincePrevious: window.previous !== null, entries };
}

/** The evidence the EM logged between the submission before an assessment (`previous`) and the assessment's own. */
export async function getOwnLog(viewer: Viewer, window: LogWindow): Promise<BriefLogInput> {
  return logOf(ownEvidence(viewer), window);
}

/** The same evidence as a share link shows it: none unless the subject included it in the brief. */
export async function getSharedLogForBrief(link: SharedSummary): Promise<BriefLogInput | null> {
  const assessment = await db().assessment.findFirst({ where: { ...sharedAssessment(link), briefLog: true }, select: { submittedAt: true } });
  if (!assessment?.submittedAt) return null;
  const previous = await db().assessment.findFirst({
    where: sharedEarlierAssessments(link, assessment.submittedAt),
    orderBy: { submittedAt: 'desc' },
    select: { submittedAt: true },
  });
  return logOf(sharedEvidence(link), { submittedAt: assessment.submittedAt, previous });
}
