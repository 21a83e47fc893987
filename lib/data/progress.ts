import 'server-only';
import { ownAssessments, ownAssessmentsSql, selfAnswersSql, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { READINESS_SUMS, readinessSumsSchema } from '@/lib/data/readiness-sums';
import { settledMemo, type AssessmentStamp } from '@/lib/data/settled-memo';
import type { ReadinessItem } from '@/lib/domain/compare';
import { BLANK_EVIDENCE } from '@/lib/domain/readiness';
import type { TrendAssessment } from '@/lib/domain/trend';
import { Prisma } from '@/lib/generated/prisma/client';
import { z } from 'zod';

const measureSchema = z.enum(['STEP_UP', 'IN_ROLE']).nullable();

const sectionSumsRowSchema = readinessSumsSchema.extend({
  assessmentId: z.string(),
  submittedAt: z.date(),
  updatedAt: z.date(),
  measure: measureSchema,
  sectionKey: z.string(),
  weight: z.number().int(),
  submitted: z.number().int(),
});

/** How many of the latest submitted assessments the progress page charts unless asked for all: ten years of quarterly reviews. */
export const PROGRESS_WINDOW = 40;

export type Progress = {
  /** Oldest first: the latest `limit` submitted assessments, or all of them. */
  assessments: TrendAssessment[];
  /** How many the user has submitted in all. */
  submitted: number;
  /** The rows of those assessments, by id, as getReadinessItems takes them. */
  stamps: ReadonlyMap<string, AssessmentStamp>;
  sections: { key: string; title: string }[];
};

/**
 * The user's latest submitted assessments (all of them without a limit) with
 * their readiness totals per section, and the current sections' names. The
 * database adds the answers up, so the page reads one row per assessment and
 * section, not every answer, and a long history costs no more than the window.
 */
export async function getProgress(viewer: Viewer, { limit }: { limit?: number } = {}): Promise<Progress> {
  const client = db();
  const [rows, current] = await Promise.all([
    client.$queryRaw<unknown[]>`
      WITH shown AS (
        SELECT id, "subjectId", "submittedAt", "updatedAt", measure, (count(*) OVER ())::int AS submitted FROM "Assessment"
        WHERE ${ownAssessmentsSql(viewer)} AND status = 'SUBMITTED' AND "submittedAt" IS NOT NULL
        ORDER BY "submittedAt" DESC, id DESC
        LIMIT ${limit ?? null}
      )
      SELECT shown.id AS "assessmentId", shown."submittedAt", shown."updatedAt", shown.measure::text AS measure, shown.submitted, section.key AS "sectionKey", section.weight, ${READINESS_SUMS}
      FROM shown
      JOIN "AssessmentAnswer" answer ON answer."assessmentId" = shown.id AND ${selfAnswersSql('answer', 'shown')}
      JOIN "FrameworkItem" item ON item.id = answer."itemId"
      JOIN "FrameworkSection" section ON section.id = item."sectionId"
      GROUP BY shown.id, shown."submittedAt", shown."updatedAt", shown.measure, shown.submitted, section.key, section.weight, section.position
      ORDER BY shown."submittedAt", shown.id, section.position`,
    client.frameworkVersion.findFirst({
      orderBy: { number: 'desc' },
      select: { sections: { orderBy: { position: 'asc' }, select: { key: true, title: true } } },
    }),
  ]);
  const parsed = z.array(sectionSumsRowSchema).parse(rows);
  const byAssessment = new Map<string, TrendAssessment>();
  const stamps = new Map<string, AssessmentStamp>();
  for (const { assessmentId, submittedAt, updatedAt, measure, sectionKey, submitted: _count, ...totals } of parsed) {
    const assessment = byAssessment.get(assessmentId) ?? { id: assessmentId, submittedAt, measure, sections: {} };
    assessment.sections[sectionKey] = totals;
    byAssessment.set(assessmentId, assessment);
    stamps.set(assessmentId, { id: assessmentId, status: 'SUBMITTED', submittedAt, updatedAt });
  }
  // Every row carries the same count of all the user's submitted assessments.
  return { assessments: [...byAssessment.values()], submitted: parsed[0]?.submitted ?? 0, stamps, sections: current?.sections ?? [] };
}

const readinessItemRowSchema = z.object({
  assessmentId: z.string(),
  key: z.string(),
  title: z.string(),
  sectionKey: z.string(),
  sectionWeight: z.number().int(),
  stepUpLevel: z.number().int().nullable(),
  mustHave: z.boolean(),
  level: z.number().int().nullable(),
  noOpportunity: z.boolean(),
  targetLevel: z.number().int(),
  confidence: z.enum(['LOW', 'MEDIUM', 'HIGH']).nullable(),
  evidenceBlank: z.boolean(),
});

const keptItems = settledMemo<ReadinessItem[]>('readinessItems');

/**
 * The self-ratings of a few of the viewer's assessments, item by item, in one
 * statement (none for settled ones read before: see settled-memo): what
 * comparing two of them over the same items needs. Evidence comes as whether
 * it is blank, all readiness asks of it.
 */
export async function getReadinessItems(viewer: Viewer, assessments: readonly AssessmentStamp[], now = Date.now()): Promise<Map<string, ReadinessItem[]>> {
  if (assessments.length === 0) return new Map();
  return keptItems(
    viewer,
    assessments,
    async (missing) => {
      const rows = z.array(readinessItemRowSchema).parse(
        await db().$queryRaw<unknown[]>`
          SELECT answer."assessmentId", item.key, item.title, section.key AS "sectionKey", section.weight AS "sectionWeight", item."stepUpLevel", item."mustHave",
            answer.level, answer."noOpportunity", answer."targetLevel", answer.confidence::text AS confidence, answer.evidence ~ ${BLANK_EVIDENCE.source} AS "evidenceBlank"
          FROM "AssessmentAnswer" answer
          JOIN "Assessment" assessment ON assessment.id = answer."assessmentId" AND ${ownAssessmentsSql(viewer, 'assessment')}
          JOIN "FrameworkItem" item ON item.id = answer."itemId"
          JOIN "FrameworkSection" section ON section.id = item."sectionId"
          WHERE answer."assessmentId" IN (${Prisma.join([...new Set(missing.map(({ id }) => id))])}) AND ${selfAnswersSql('answer', 'assessment')}
          ORDER BY section.position, item.position`,
      );
      const found = new Map<string, ReadinessItem[]>();
      for (const { assessmentId, level, noOpportunity, targetLevel, confidence, evidenceBlank, ...item } of rows) {
        // Any non-blank text stands for the evidence: readiness only asks whether there is some.
        const answer = { level, noOpportunity, targetLevel, confidence, evidence: evidenceBlank ? '' : 'written' };
        found.set(assessmentId, [...(found.get(assessmentId) ?? []), { ...item, answer }]);
      }
      return found;
    },
    now,
  );
}

/** When each of the viewer's submitted assessments was submitted: what naming them apart needs. */
export async function listSubmissionTimes(viewer: Viewer): Promise<{ id: string; at: Date }[]> {
  return findSubmissionTimes({ ...ownAssessments(viewer), status: 'SUBMITTED', submittedAt: { not: null } });
}

const DAY_MS = 86_400_000;

/**
 * The viewer's submitted assessments submitted within a day of any of
 * `times`: every one that can share a day with those, which is all that naming
 * them apart needs (nameAssessments), however long the history.
 */
export async function listSubmissionTimesNear(viewer: Viewer, times: readonly Date[]): Promise<{ id: string; at: Date }[]> {
  if (times.length === 0) return [];
  return findSubmissionTimes({
    ...ownAssessments(viewer),
    status: 'SUBMITTED',
    OR: times.map((time) => ({ submittedAt: { gte: new Date(time.getTime() - DAY_MS), lte: new Date(time.getTime() + DAY_MS) } })),
  });
}

async function findSubmissionTimes(where: Prisma.AssessmentWhereInput): Promise<{ id: string; at: Date }[]> {
  const rows = await db().assessment.findMany({ where, orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }], select: { id: true, submittedAt: true } });
  return rows.flatMap((row) => (row.submittedAt ? [{ id: row.id, at: row.submittedAt }] : []));
}
