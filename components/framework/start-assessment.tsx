import { buttonClasses } from '@/components/ui/button';
import { Section } from '@/components/ui/section';
import { ASSESSMENT_DURATION } from '@/lib/domain/first-assessment';

/** Where the framework's pages end: the invitation to rate yourself on it. */
export function StartAssessment() {
  return (
    <Section headingId="start" title="Where are you on it?" className="max-w-3xl space-y-3 rounded-lg border-2 border-accent p-5 sm:p-6">
      <p>
        Rate yourself on every item, with the evidence behind each rating, and see how far you are from the step up. It takes{' '}
        {ASSESSMENT_DURATION}.
      </p>
      <p>
        {/* A plain link: /start answers with a redirect, not a page to prefetch. */}
        <a href="/start" className={buttonClasses()}>
          Start your assessment
        </a>
      </p>
    </Section>
  );
}
