import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { ownsAssessments } from '@/lib/data/assessments';
import { idSchema } from '@/lib/validation/assessment';
import { parseRouteParam } from '@/lib/http/route-param';

type Props = { children: React.ReactNode; params: Promise<{ id: string }> };

// Ownership is settled here, above the assessment's loading skeleton: once a
// page streams, its status is 200, and someone else's assessment must answer
// 404. The page still loads by owner itself. The gap view has no skeleton, so
// its own owner-scoped load answers 404 without this extra query.
export default async function AssessmentLayout({ children, params }: Props) {
  const user = await requireUser();
  const id = parseRouteParam(idSchema, (await params).id);
  if (!(await ownsAssessments(user, [id]))) notFound();
  return children;
}
