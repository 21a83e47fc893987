import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/data/db';
import type { TrendAssessment } from '@/lib/domain/trend';

/** Every submitted assessment of the user with what readiness needs, and the current sections' names. */
export async function getProgress(user: SessionUser) {
  const client = db();
  const [assessments, current] = await Promise.all([
    client.assessment.findMany({
      where: { userId: user.id, status: 'SUBMITTED' },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        submittedAt: true,
        answers: { select: { level: true, noOpportunity: true, targetLevel: true, item: { select: { section: { select: { key: true } } } } } },
      },
    }),
    client.frameworkVersion.findFirst({
      orderBy: { number: 'desc' },
      select: { sections: { orderBy: { position: 'asc' }, select: { key: true, title: true } } },
    }),
  ]);
  const trend: TrendAssessment[] = assessments.flatMap((assessment) =>
    assessment.submittedAt
      ? [
          {
            id: assessment.id,
            submittedAt: assessment.submittedAt,
            answers: assessment.answers.map(({ item, ...answer }) => ({ ...answer, sectionKey: item.section.key })),
          },
        ]
      : [],
  );
  return { assessments: trend, sections: current?.sections ?? [] };
}
