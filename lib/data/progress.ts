import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/data/db';
import { READINESS_SUMS, readinessSumsSchema } from '@/lib/data/readiness-sums';
import type { TrendAssessment } from '@/lib/domain/trend';
import { z } from 'zod';

const sectionSumsRowSchema = readinessSumsSchema.extend({ assessmentId: z.string(), submittedAt: z.date(), sectionKey: z.string() });

/**
 * Every submitted assessment of the user with its readiness totals per
 * section, and the current sections' names. The database adds the answers
 * up, so the page reads one row per assessment and section, not every answer.
 */
export async function getProgress(user: SessionUser): Promise<{ assessments: TrendAssessment[]; sections: { key: string; title: string }[] }> {
  const client = db();
  const [rows, current] = await Promise.all([
    client.$queryRaw<unknown[]>`
      SELECT assessment.id AS "assessmentId", assessment."submittedAt", section.key AS "sectionKey", ${READINESS_SUMS}
      FROM "Assessment" assessment
      JOIN "AssessmentAnswer" answer ON answer."assessmentId" = assessment.id
      JOIN "FrameworkItem" item ON item.id = answer."itemId"
      JOIN "FrameworkSection" section ON section.id = item."sectionId"
      WHERE assessment."userId" = ${user.id} AND assessment.status = 'SUBMITTED' AND assessment."submittedAt" IS NOT NULL
      GROUP BY assessment.id, assessment."submittedAt", section.key
      ORDER BY assessment."submittedAt", assessment.id`,
    client.frameworkVersion.findFirst({
      orderBy: { number: 'desc' },
      select: { sections: { orderBy: { position: 'asc' }, select: { key: true, title: true } } },
    }),
  ]);
  const byAssessment = new Map<string, TrendAssessment>();
  for (const { assessmentId, submittedAt, sectionKey, ...totals } of z.array(sectionSumsRowSchema).parse(rows)) {
    const assessment = byAssessment.get(assessmentId) ?? { id: assessmentId, submittedAt, sections: {} };
    assessment.sections[sectionKey] = totals;
    byAssessment.set(assessmentId, assessment);
  }
  return { assessments: [...byAssessment.values()], sections: current?.sections ?? [] };
}
