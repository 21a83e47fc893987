import 'server-only';
import { answerBy, newDraftOf, ownAnswers, ownAssessment, ownAssessments, ownAssessmentsSql, ownDraft, selfAnswersSql, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import type { AssessmentDetail } from '@/lib/domain/assessment-view';
import { readinessFromSections, type SectionTotals } from '@/lib/domain/readiness';
import { READINESS_SUMS, readinessSumsSchema } from '@/lib/data/readiness-sums';
import { getFrameworkVersionContent } from '@/lib/data/framework-version-content';
import { isInScale, scaleOf, type RatingScale } from '@/lib/domain/rating-scale';
import { DEFAULT_MEASURE, frameworkTarget, hasTwoTargets, retargetAnswers, type TargetMeasure } from '@/lib/domain/targets';
import type { AnswerInput } from '@/lib/validation/assessment';
import { z } from 'zod';
import { answerStateSelect, ratedItemSelect, versionSelect } from '@/lib/data/version-select';
import { settledMemo, type AssessmentStamp } from '@/lib/data/settled-memo';

/** An assessment's own columns, as its pages and the data export read them. */
export const assessmentFields = { id: true, status: true, createdAt: true, submittedAt: true, measure: true } satisfies Prisma.AssessmentSelect;

export type SaveOutcome =
  | { kind: 'saved'; answer: AnswerState }
  | { kind: 'conflict'; current: AnswerState }
  | { kind: 'frozen' }
  | { kind: 'not-found' };

function sameAnswer(stored: AnswerState, sent: Omit<AnswerInput, 'assessmentId' | 'itemId' | 'baseRevision'>): boolean {
  return (
    stored.level === sent.level &&
    stored.noOpportunity === sent.noOpportunity &&
    stored.targetLevel === sent.targetLevel &&
    stored.confidence === sent.confidence &&
    stored.evidence === sent.evidence
  );
}

/**
 * Saves one item's answer if, and only if, the draft still holds the revision
 * the change was based on. Ownership, draft status and revision are checked in
 * the same statement as the write, so nothing can slip in between.
 */
export async function saveAnswer(viewer: Viewer, input: AnswerInput): Promise<SaveOutcome> {
  const client = db();
  const { assessmentId, itemId, baseRevision, ...fields } = input;
  const { count } = await client.assessmentAnswer.updateMany({
    where: { ...ownAnswers(viewer), assessmentId, itemId, revision: baseRevision, assessment: { ...ownAssessments(viewer), status: 'DRAFT' } },
    data: { ...fields, revision: { increment: 1 } },
  });
  const current = await client.assessmentAnswer.findFirst({
    where: { ...ownAnswers(viewer), assessmentId, itemId },
    select: { ...answerStateSelect, assessment: { select: { status: true } } },
  });
  if (!current) return { kind: 'not-found' };
  const { assessment, ...answer } = current;
  if (count === 1) return { kind: 'saved', answer };
  if (assessment.status !== 'DRAFT') return { kind: 'frozen' };
  // A retry of a save that was written but whose answer never arrived (the
  // connection dropped in between) finds its own values one revision on: that
  // is this save, done, not someone else's change.
  if (answer.revision === baseRevision + 1 && sameAnswer(answer, fields)) return { kind: 'saved', answer };
  return { kind: 'conflict', current: answer };
}

export type StartOutcome = { assessmentId: string; created: boolean };

/**
 * Starts a draft on the current framework version, or returns the draft the
 * user already has. "previous" copies the last submitted ratings, evidence and
 * targets, matching items by key so that it works across framework versions.
 */
export async function startAssessment(viewer: Viewer, from: 'blank' | 'previous'): Promise<StartOutcome | null> {
  const client = db();
  const existing = await client.assessment.findUnique({ where: ownDraft(viewer), select: { id: true } });
  if (existing) return { assessmentId: existing.id, created: false };

  const version = await client.frameworkVersion.findFirst({
    orderBy: { number: 'desc' },
    select: { id: true, levels: { select: { level: true } }, items: { select: { id: true, key: true, expectedLevel: true, stepUpLevel: true } } },
  });
  if (!version) return null;

  const previous =
    from === 'previous'
      ? await client.assessment.findFirst({
          where: { ...ownAssessments(viewer), status: 'SUBMITTED' },
          orderBy: { submittedAt: 'desc' },
          select: { measure: true, answers: { where: ownAnswers(viewer), select: { ...answerStateSelect, item: { select: { key: true } } } } },
        })
      : null;
  const previousByKey = new Map(previous?.answers.map((answer) => [answer.item.key, answer]));
  // Targets from before the framework had two were its single default, not a
  // choice the person made: a new draft starts from the step-up targets instead.
  const carriesTargets = previous?.measure != null;
  const measure = previous?.measure ?? DEFAULT_MEASURE;
  // A level carried from a version with another scale comes only if the new scale has it.
  const scale = scaleOf(version.levels);
  const onScale = (level: number | null | undefined) => (level != null && isInScale(scale, level) ? level : undefined);

  try {
    const created = await client.assessment.create({
      data: {
        ...newDraftOf(viewer),
        frameworkVersionId: version.id,
        measure,
        answers: {
          create: version.items.map((item) => {
            const carried = previousByKey.get(item.key);
            return {
              ...answerBy(viewer),
              itemId: item.id,
              targetLevel: (carriesTargets ? onScale(carried?.targetLevel) : undefined) ?? frameworkTarget({ stepUpLevel: item.stepUpLevel, inRoleLevel: item.expectedLevel }, measure),
              level: onScale(carried?.level) ?? null,
              noOpportunity: carried?.noOpportunity ?? false,
              confidence: carried?.confidence ?? null,
              evidence: carried?.evidence ?? '',
            };
          }),
        },
      },
      select: { id: true },
    });
    return { assessmentId: created.id, created: true };
  } catch (error) {
    // A second tab started one at the same moment: use that draft.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const draft = await client.assessment.findUnique({ where: ownDraft(viewer), select: { id: true } });
      if (draft) return { assessmentId: draft.id, created: false };
    }
    throw error;
  }
}

export async function getDraftId(viewer: Viewer): Promise<string | null> {
  const draft = await db().assessment.findFirst({ where: { ...ownDraft(viewer), ...ownAssessments(viewer) }, select: { id: true } });
  return draft?.id ?? null;
}

export async function hasSubmittedAssessment(viewer: Viewer): Promise<boolean> {
  return (await db().assessment.count({ where: { ...ownAssessments(viewer), status: 'SUBMITTED' } })) > 0;
}

/** Whether every one of `ids` is an assessment of the user's: a cheap check made before a page starts streaming. */
export async function ownsAssessments(viewer: Viewer, ids: readonly string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  return (await db().assessment.count({ where: { ...ownAssessments(viewer), id: { in: unique } } })) === unique.length;
}

/**
 * The rating scale of the framework version an assessment is pinned to, or
 * null if the viewer may not change the assessment. A save is validated
 * against it. One statement; the version's levels come from its cache.
 */
export async function getRatingScale(viewer: Viewer, assessmentId: string): Promise<RatingScale | null> {
  const assessment = await db().assessment.findFirst({ where: ownAssessment(viewer, assessmentId), select: { frameworkVersionId: true } });
  const version = assessment ? await getFrameworkVersionContent(assessment.frameworkVersionId) : null;
  return version ? scaleOf(version.levels) : null;
}

/** One assessment with the framework version it was made on, or null if it is not the user's. */
export async function getAssessment(viewer: Viewer, id: string): Promise<AssessmentDetail | null> {
  return db().assessment.findFirst({
    where: ownAssessment(viewer, id),
    select: {
      ...assessmentFields,
      answers: { where: ownAnswers(viewer), select: answerStateSelect },
      frameworkVersion: { select: versionSelect({ ...ratedItemSelect, mustHave: true }) },
    },
  });
}

/**
 * The user's assessments, newest first, with what the history list shows:
 * all of them, or one page (`skip`, `take`) so that years of history cost no
 * more to show than one quarter's. Readiness comes added up by the database,
 * four numbers per assessment rather than every answer.
 */
export async function listAssessments(viewer: Viewer, page: { skip: number; take: number } | null = null) {
  const assessments = await db().assessment.findMany({
    where: ownAssessments(viewer),
    // The id breaks ties, so that pages neither repeat nor skip a row.
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...(page ?? {}),
    select: { id: true, status: true, createdAt: true, submittedAt: true, updatedAt: true, measure: true },
  });
  const totals = await sumReadinessByAssessment(viewer, assessments);
  return assessments.map((assessment) => ({
    ...assessment,
    readiness: readinessFromSections(totals.get(assessment.id) ?? []),
  }));
}

const keptTotals = settledMemo<SectionTotals[]>('sectionTotals');

const totalsRowSchema = readinessSumsSchema.extend({ assessmentId: z.string(), weight: z.number().int() });

/** The same sums computeReadiness makes over the viewer's own ratings, per assessment of theirs and section (in framework order). */
export async function sumReadinessByAssessment(viewer: Viewer, assessments: readonly AssessmentStamp[], now = Date.now()): Promise<Map<string, SectionTotals[]>> {
  return keptTotals(
    viewer,
    assessments,
    async (missing) => {
      const rows = await db().$queryRaw<unknown[]>`
        SELECT answer."assessmentId", section.weight, ${READINESS_SUMS}
        FROM "AssessmentAnswer" answer
        JOIN "Assessment" assessment ON assessment.id = answer."assessmentId" AND ${ownAssessmentsSql(viewer, 'assessment')}
        JOIN "FrameworkItem" item ON item.id = answer."itemId"
        JOIN "FrameworkSection" section ON section.id = item."sectionId"
        WHERE answer."assessmentId" IN (${Prisma.join(missing.map(({ id }) => id))}) AND ${selfAnswersSql('answer', 'assessment')}
        GROUP BY answer."assessmentId", section.id, section.weight, section.position
        ORDER BY answer."assessmentId", section.position`;
      const added = new Map<string, SectionTotals[]>();
      for (const { assessmentId, ...totals } of z.array(totalsRowSchema).parse(rows)) added.set(assessmentId, [...(added.get(assessmentId) ?? []), totals]);
      return added;
    },
    now,
  );
}

export type SubmitOutcome =
  | { kind: 'submitted'; submittedAt: Date }
  | { kind: 'needs-confirmation'; unrated: { key: string; title: string }[] }
  | { kind: 'frozen' }
  | { kind: 'not-found' };

/**
 * Freezes a draft. Items left unrated are allowed only when the person has
 * named every one of them, so that leaving them is a choice, not an accident.
 */
export async function submitAssessment(viewer: Viewer, id: string, confirmUnrated: readonly string[]): Promise<SubmitOutcome> {
  const client = db();
  const assessment = await client.assessment.findFirst({
    where: ownAssessment(viewer, id),
    select: {
      status: true,
      answers: { where: ownAnswers(viewer), select: { level: true, noOpportunity: true, item: { select: { key: true, title: true, position: true, section: { select: { position: true } } } } } },
    },
  });
  if (!assessment) return { kind: 'not-found' };
  if (assessment.status !== 'DRAFT') return { kind: 'frozen' };
  const unrated = assessment.answers
    .filter((answer) => answer.level === null && !answer.noOpportunity)
    .sort((a, b) => a.item.section.position - b.item.section.position || a.item.position - b.item.position)
    .map(({ item }) => ({ key: item.key, title: item.title }));
  if (unrated.some((item) => !confirmUnrated.includes(item.key))) return { kind: 'needs-confirmation', unrated };

  const submittedAt = new Date();
  const { count } = await client.assessment.updateMany({
    where: { ...ownAssessment(viewer, id), status: 'DRAFT' },
    data: { status: 'SUBMITTED', submittedAt, draftOwnerId: null },
  });
  return count === 1 ? { kind: 'submitted', submittedAt } : { kind: 'frozen' };
}

export type DeleteOutcome = { kind: 'deleted' } | { kind: 'needs-confirmation' } | { kind: 'not-found' };

/** A draft goes at once; a submitted assessment only with explicit confirmation. */
export async function deleteAssessment(viewer: Viewer, id: string, confirmed: boolean): Promise<DeleteOutcome> {
  const client = db();
  const assessment = await client.assessment.findFirst({ where: ownAssessment(viewer, id), select: { status: true } });
  if (!assessment) return { kind: 'not-found' };
  if (assessment.status === 'SUBMITTED' && !confirmed) return { kind: 'needs-confirmation' };
  const { count } = await client.assessment.deleteMany({ where: ownAssessment(viewer, id) });
  return count === 1 ? { kind: 'deleted' } : { kind: 'not-found' };
}

export type MeasureOutcome =
  | { kind: 'changed'; moved: number; kept: number }
  | { kind: 'unchanged' }
  | { kind: 'single-target' }
  | { kind: 'conflict' }
  | { kind: 'not-found' };

/**
 * Measures an assessment, draft or submitted, against the framework's other
 * target. Targets at the framework's level follow it; targets the person set
 * to another level stay. A moved target raises its answer's revision, so an
 * open form that still holds the old target is told rather than overwriting it.
 */
export async function setAssessmentMeasure(viewer: Viewer, id: string, measure: TargetMeasure): Promise<MeasureOutcome> {
  const client = db();
  const found = await client.assessment.findFirst({
    where: ownAssessment(viewer, id),
    select: {
      measure: true,
      answers: { where: ownAnswers(viewer), select: { itemId: true, targetLevel: true, item: { select: { stepUpLevel: true, expectedLevel: true } } } },
    },
  });
  if (!found) return { kind: 'not-found' };
  const answers = found.answers.map(({ itemId, targetLevel, item }) => ({ itemId, targetLevel, stepUpLevel: item.stepUpLevel, inRoleLevel: item.expectedLevel }));
  if (!hasTwoTargets(answers)) return { kind: 'single-target' };
  if (found.measure === measure) return { kind: 'unchanged' };
  const { moved, kept } = retargetAnswers(answers, found.measure, measure);
  const groups = new Map<string, { from: number; to: number; itemIds: string[] }>();
  for (const change of moved) {
    const group = groups.get(`${change.from}-${change.to}`) ?? { from: change.from, to: change.to, itemIds: [] };
    group.itemIds.push(change.itemId);
    groups.set(`${change.from}-${change.to}`, group);
  }
  return client.$transaction(async (tx) => {
    // Only from the measure read above: a second switch at the same moment changes nothing and says so.
    const { count } = await tx.assessment.updateMany({ where: { ...ownAssessment(viewer, id), measure: found.measure }, data: { measure } });
    if (count !== 1) return { kind: 'conflict' } as const;
    let movedCount = 0;
    for (const group of groups.values()) {
      // A target changed by a save since it was read is the person's own now, so the condition leaves it.
      const updated = await tx.assessmentAnswer.updateMany({
        where: { ...ownAnswers(viewer), assessmentId: id, itemId: { in: group.itemIds }, targetLevel: group.from },
        data: { targetLevel: group.to, revision: { increment: 1 } },
      });
      movedCount += updated.count;
    }
    return { kind: 'changed', moved: movedCount, kept: kept + moved.length - movedCount } as const;
  });
}
