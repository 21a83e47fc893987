import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/session';
import { getDraftId, hasSubmittedAssessment } from '@/lib/data/assessments';
import { ASSESSMENT_DURATION, FRAMEWORK_SCOPE } from '@/lib/domain/first-assessment';
import { startAssessmentAction } from '../assessments/actions';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'Welcome' };

const WHAT_YOU_GET = [
  'Your readiness for the Head of Engineering role, with how much of it rests on evidence.',
  'Where your gaps are, as charts and as a table, and the priorities to work on first.',
  'Books and programmes matched to each gap, and a plan you can track.',
  'A summary written for your manager or coach, to share when you choose.',
];

// Where a new account lands: one step, the first assessment. Someone who has
// already started one has nothing to be welcomed to.
export default async function WelcomePage() {
  const user = await requireUser();
  const [draftId, submitted] = await Promise.all([getDraftId(user), hasSubmittedAssessment(user)]);
  if (draftId || submitted) redirect('/');
  return (
    <div className="max-w-2xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight">{user.name ? `Welcome to Headway, ${user.name}` : 'Welcome to Headway'}</h1>
        <p className="text-lg text-text-muted">Your first step is a self-assessment: everything else in Headway starts from it.</p>
      </div>

      <Card aria-labelledby="first-assessment-heading" className="space-y-4">
        <h2 id="first-assessment-heading" className="text-xl font-semibold">
          Your first assessment
        </h2>
        <p>
          Rate yourself on the {FRAMEWORK_SCOPE} of the Head of Engineering framework. Each level says what it looks like in practice: pick
          the one that matches what you do today, say how sure you are, and note the evidence.
        </p>
        <p>
          It takes {ASSESSMENT_DURATION}. Your answers save as you go, so you can stop and come back to it.
        </p>
        <ActionForm action={startAssessmentAction} className="flex flex-wrap items-center gap-3">
          <button type="submit" name="from" value="blank" className={buttonClasses()}>
            Start my first assessment
          </button>
          <Link href="/framework" className="link">
            Read the framework first
          </Link>
        </ActionForm>
      </Card>

      <Section headingId="what-you-get-heading" title="What you get when you submit it" size="medium" className="space-y-3">
        <ul className="list-disc space-y-1 pl-6">
          {WHAT_YOU_GET.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="text-text-muted">Your assessments are private to you unless you choose to share a summary.</p>
      </Section>
    </div>
  );
}
