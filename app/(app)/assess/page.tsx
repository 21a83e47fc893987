import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { getDraftId, hasSubmittedAssessment } from '@/lib/data/assessments';
import { startAssessmentAction } from '../assessments/actions';

export const metadata: Metadata = { title: 'Assess yourself' };

export default async function AssessPage() {
  const user = await requireUser();
  const draftId = await getDraftId(user);
  if (draftId) redirect(`/assessments/${draftId}`);
  const canCopy = await hasSubmittedAssessment(user);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Assess yourself</h1>
      <p className="text-lg text-text-muted">
        Rate yourself on the five focus areas and six behaviours of the Head of Engineering framework. Each level says what it
        looks like in practice: pick the one that matches what you do today, and note the evidence. Your answers save as you go.
      </p>
      <Card className="space-y-4">
        <ActionForm action={startAssessmentAction} className="flex flex-wrap gap-3">
          {canCopy ? (
            <>
              <button type="submit" name="from" value="previous" className={buttonClasses()}>
                Start from my last assessment
              </button>
              <button type="submit" name="from" value="blank" className={buttonClasses('secondary')}>
                Start a blank assessment
              </button>
            </>
          ) : (
            <button type="submit" name="from" value="blank" className={buttonClasses()}>
              Start my first assessment
            </button>
          )}
        </ActionForm>
        {canCopy ? (
          <p className="text-sm text-text-muted">Starting from your last one copies its ratings, evidence and targets into a new draft.</p>
        ) : null}
      </Card>
      <p className="text-text-muted">
        Looking for an earlier one?{' '}
        <Link href="/assessments" className="link">
          See all your assessments
        </Link>
      </p>
    </div>
  );
}
