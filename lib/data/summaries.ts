import 'server-only';
import { ownAnswers, ownAssessment, ownAssessmentsSql, selfAnswersOf, selfAnswersSql, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { getFrameworkVersionContent, getItemKeys, versionContentSelect } from '@/lib/data/framework-version-content';
import { listCurrentGoals } from '@/lib/data/goals';
import { choicesSelect, toBriefChoices } from '@/lib/data/briefs';
import type { BriefChoices } from '@/lib/domain/brief';
import type { GoalView } from '@/lib/domain/goals';
import type { AssessedItems, LevelsFrom, SummarySource } from '@/lib/domain/summary';
import type { ShareLinkRow } from '@/lib/domain/share-link-view';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PriorityChoice } from '@/lib/domain/priorities';
import type { TargetMeasure } from '@/lib/domain/targets';
import { z } from 'zod';

// The assessment's own rows, with the answers `answers` picks (its subject's
// self-ratings); its framework version's content comes from the cache.
const rowsSelect = (answers: Prisma.AssessmentAnswerWhereInput) => ({
  id: true,
  status: true,
  createdAt: true,
  submittedAt: true,
  measure: true,
  levelsFrom: true,
  // Read with the assessment: they are used only when levelsFrom is AGREED.
  agreedLevels: { select: { itemId: true, level: true, agreedWith: true } },
  answers: { where: answers, select: { itemId: true, level: true, noOpportunity: true, targetLevel: true, confidence: true, evidence: true } },
  // Joined into the same statement: the assessment's own pins and dismissals.
  priorityChoices: { select: { itemId: true, choice: true } },
});

/** For a shared summary, read by someone else: its subject's self-ratings, and their name. */
export const summarySelect = (subjectId: string) => ({
  ...rowsSelect(selfAnswersOf(subjectId)),
  subject: { select: { name: true, email: true } },
  frameworkVersion: { select: versionContentSelect },
});

/**
 * What a development summary is built from: the assessment on its own
 * framework version, and the submitted assessment before it, matched by item key.
 * Scoped by owner: another user's id finds nothing.
 */
export async function getSummarySource(viewer: Viewer, assessmentId: string, now = new Date()): Promise<SummarySource | null> {
  return (await getSummaryWithBriefChoices(viewer, assessmentId, now))?.source ?? null;
}

/** The summary source and its brief's ask and choices, which are columns of the assessment read in the same statement. */
export async function getSummaryWithBriefChoices(viewer: Viewer, assessmentId: string, now = new Date()): Promise<{ source: SummarySource; choices: BriefChoices } | null> {
  const assessment = await findOwnAssessment(viewer, assessmentId);
  const source = assessment && (await summarySourceOf(viewer, assessment, now));
  return source ? { source, choices: toBriefChoices(assessment) } : null;
}

/** The owner's gap view: the summary source, and the assessment's share links (newest first) in the same statement as the assessment. */
export async function getSummaryWithShareLinks(
  viewer: Viewer,
  assessmentId: string,
  now = new Date(),
): Promise<{ source: SummarySource; shareLinks: ShareLinkRow[] } | null> {
  const assessment = await db().assessment.findFirst({
    where: ownAssessment(viewer, assessmentId),
    select: {
      ...ownAssessmentSelect(viewer),
      shareLinks: { orderBy: { createdAt: 'desc' }, select: { id: true, label: true, createdAt: true, expiresAt: true, revokedAt: true } },
    },
  });
  const source = assessment && (await summarySourceOf(viewer, assessment, now));
  return source ? { source, shareLinks: assessment.shareLinks } : null;
}

async function summarySourceOf(viewer: Viewer, assessment: OwnAssessment, now: Date): Promise<SummarySource | null> {
  const [withContent, previous] = await Promise.all([
    withVersionContent(viewer, assessment),
    findPreviousSubmitted(viewer, assessment.id, assessment.submittedAt ?? now),
  ]);
  if (!withContent) return null;
  // The previous assessment may be on another version: its answers are matched by item key.
  const [keys, goals] = await Promise.all([
    previous ? getItemKeys(previous.frameworkVersionId) : new Map<string, string>(),
    listCurrentGoals(viewer, summaryItemKeys(withContent), now),
  ]);
  const previousAnswers = previous?.answers.flatMap(({ itemId, ...answer }) => {
    const key = keys.get(itemId);
    return key ? [{ ...answer, item: { key } }] : [];
  });
  return toSummarySource(withContent, previous ? { submittedAt: previous.submittedAt, answers: previousAnswers ?? [] } : null, goals);
}

/** One assessment and its answers on its own framework version, scoped by owner. */
export async function getAssessedItems(viewer: Viewer, assessmentId: string): Promise<AssessedItems | null> {
  const assessment = await findOwnAssessment(viewer, assessmentId);
  const withContent = assessment && (await withVersionContent(viewer, assessment));
  if (!withContent) return null;
  const { assessment: summary, items } = toSummarySource(withContent, null, []);
  return { assessment: summary, items };
}

// The brief's choices are five columns of the row: read with it, whichever page asks.
const ownAssessmentSelect = (viewer: Viewer) => ({ ...rowsSelect(ownAnswers(viewer)), frameworkVersionId: true, ...choicesSelect });

const findOwnAssessment = (viewer: Viewer, assessmentId: string) =>
  db().assessment.findFirst({ where: ownAssessment(viewer, assessmentId), select: ownAssessmentSelect(viewer) });

type OwnAssessment = NonNullable<Awaited<ReturnType<typeof findOwnAssessment>>>;

async function withVersionContent(viewer: Viewer, assessment: OwnAssessment): Promise<SummaryAssessment | null> {
  const frameworkVersion = await getFrameworkVersionContent(assessment.frameworkVersionId);
  // The subject is the signed-in viewer, whose name and email the session check has just read.
  return frameworkVersion ? { ...assessment, subject: { name: viewer.name, email: viewer.email }, frameworkVersion } : null;
}

const previousRowSchema = z.object({
  submittedAt: z.date(),
  frameworkVersionId: z.string(),
  itemId: z.string().nullable(),
  level: z.number().int().nullable(),
  noOpportunity: z.boolean().nullable(),
});

export type PreviousAssessment = { submittedAt: Date; frameworkVersionId: string; answers: { itemId: string; level: number | null; noOpportunity: boolean }[] };

/**
 * The user's last assessment submitted before `before`, with its answers, in
 * one statement: the gap view, the shared page and every export ask for it.
 */
export async function findPreviousSubmitted(viewer: Viewer, assessmentId: string, before: Date): Promise<PreviousAssessment | null> {
  const rows = z.array(previousRowSchema).parse(
    await db().$queryRaw<unknown[]>`
      SELECT previous."submittedAt", previous."frameworkVersionId", answer."itemId", answer.level, answer."noOpportunity"
      FROM (
        SELECT id, "subjectId", "submittedAt", "frameworkVersionId" FROM "Assessment"
        WHERE ${ownAssessmentsSql(viewer)} AND status = 'SUBMITTED' AND "submittedAt" < ${before} AND id <> ${assessmentId}
        ORDER BY "submittedAt" DESC
        LIMIT 1
      ) previous
      LEFT JOIN "AssessmentAnswer" answer ON answer."assessmentId" = previous.id AND ${selfAnswersSql('answer', 'previous')}`,
  );
  const [first] = rows;
  if (!first) return null;
  return {
    submittedAt: first.submittedAt,
    frameworkVersionId: first.frameworkVersionId,
    answers: rows.flatMap(({ itemId, level, noOpportunity }) => (itemId === null ? [] : [{ itemId, level, noOpportunity: noOpportunity ?? false }])),
  };
}

type SummaryAssessment = {
    id: string;
    status: 'DRAFT' | 'SUBMITTED';
    createdAt: Date;
    submittedAt: Date | null;
    measure: TargetMeasure | null;
    levelsFrom: LevelsFrom;
    agreedLevels: { itemId: string; level: number; agreedWith: string }[];
    subject: { name: string | null; email: string };
    answers: { itemId: string; level: number | null; noOpportunity: boolean; targetLevel: number; confidence: 'LOW' | 'MEDIUM' | 'HIGH' | null; evidence: string }[];
    priorityChoices: { itemId: string; choice: PriorityChoice }[];
    frameworkVersion: {
      number: number;
      levels: { level: number; name: string }[];
      sections: {
        key: string;
        title: string;
        weight: number;
        items: {
          id: string;
          key: string;
          title: string;
          expectedLevel: number;
          stepUpLevel: number | null;
          mustHave: boolean;
          opportunityStretch: string | null;
          opportunityQuestion: string | null;
          descriptors: { level: number; text: string }[];
          resources: { how: string; level: number | null; part: string | null; resource: { title: string; kind: 'BOOK' | 'PROGRAMME'; why: string; position: number } }[];
        }[];
      }[];
    };
};

export const summaryItemKeys = (assessment: SummaryAssessment) =>
  assessment.frameworkVersion.sections.flatMap((section) => section.items.map((item) => item.key));

export function toSummarySource(
  assessment: SummaryAssessment,
  previous: { submittedAt: Date | null; answers: { level: number | null; noOpportunity: boolean; item: { key: string } }[] } | null,
  goals: GoalView[],
): SummarySource {
  const answers = new Map(assessment.answers.map(({ itemId, ...answer }) => [itemId, answer]));
  const agreed = new Map(assessment.agreedLevels.map(({ itemId, level, agreedWith }) => [itemId, { level, agreedWith }]));
  const keys = new Map(assessment.frameworkVersion.sections.flatMap((section) => section.items.map((item) => [item.id, item.key] as const)));
  return {
    assessment: {
      id: assessment.id,
      status: assessment.status,
      createdAt: assessment.createdAt,
      submittedAt: assessment.submittedAt,
      frameworkVersion: assessment.frameworkVersion.number,
      measure: assessment.measure,
      levelsFrom: assessment.levelsFrom,
    },
    owner: assessment.subject,
    levelNames: assessment.frameworkVersion.levels,
    items: assessment.frameworkVersion.sections.flatMap((section) =>
      section.items.map((item) => ({
        key: item.key,
        title: item.title,
        sectionKey: section.key,
        sectionTitle: section.title,
        sectionWeight: section.weight,
        expectedLevel: item.expectedLevel,
        stepUpLevel: item.stepUpLevel,
        mustHave: item.mustHave,
        opportunity:
          item.opportunityStretch && item.opportunityQuestion ? { stretch: item.opportunityStretch, question: item.opportunityQuestion } : null,
        descriptors: item.descriptors,
        resources: [...item.resources]
          .sort((a, b) => a.resource.position - b.resource.position)
          .map(({ how, level, part, resource }) => ({ title: resource.title, kind: resource.kind, why: resource.why, how, level, part })),
        answer: answers.get(item.id) ?? null,
        agreed: agreed.get(item.id) ?? null,
      })),
    ),
    previous:
      previous?.submittedAt
        ? {
            submittedAt: previous.submittedAt,
            levels: Object.fromEntries(previous.answers.map((answer) => [answer.item.key, { level: answer.level, noOpportunity: answer.noOpportunity }])),
          }
        : null,
    goals,
    priorityChoices: Object.fromEntries(
      assessment.priorityChoices.flatMap(({ itemId, choice }) => {
        const key = keys.get(itemId);
        return key ? [[key, choice] as const] : [];
      }),
    ),
  };
}
