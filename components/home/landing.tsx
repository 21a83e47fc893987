import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { cardClasses } from '@/components/ui/card';
import { SampleAssessment } from '@/components/home/sample-assessment';
import { ASSESSMENT_DURATION, FRAMEWORK_SCOPE } from '@/lib/domain/first-assessment';
import { Section } from '@/components/ui/section';

const STEPS = [
  {
    title: 'Assess where you are',
    text: 'Rate yourself on five focus areas and six behaviours, each level described in practice, with the evidence behind it.',
  },
  {
    title: 'See where the gaps are',
    text: 'Readiness, your three priorities and the books and programmes that help close them, as charts and as text.',
  },
  {
    title: 'Track how they close',
    text: 'Assess again later, compare any two assessments, and take a summary to your manager or coach.',
  },
];

/** What Headway is, for someone not signed in: the public /about page, and the home page of a browser whose session has ended. */
export function Landing({ now }: { now: Date }) {
  return (
    <div className="space-y-12">
      <section className="max-w-3xl space-y-6 pt-2 sm:pt-6">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">For engineering managers</p>
        <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">Grow from engineering manager to Head of Engineering</h1>
        <p className="text-lg text-text-muted">
          Headway helps engineering managers rate themselves honestly against the Head of Engineering framework: {FRAMEWORK_SCOPE}, each with what
          every level looks like in practice.
        </p>
        <p>
          An assessment takes {ASSESSMENT_DURATION}. At the end you see where your gaps are and get a one-page brief to give your manager or coach.{' '}
          <Link href="/framework" className="link">
            Read the framework
          </Link>{' '}
          first if you like.
        </p>
        <p>
          <Link href="/signup" className={buttonClasses()}>
            Create your free account
          </Link>
        </p>
      </section>
      <Section headingId="how-heading" title="How it works" className="space-y-4">
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className={`space-y-2 ${cardClasses}`}>
              <span aria-hidden="true" className="inline-flex size-8 items-center justify-center rounded-full bg-accent-muted font-semibold text-text">
                {index + 1}
              </span>
              <h3 className="text-lg font-semibold">{step.title}</h3>
              <p className="text-text-muted">{step.text}</p>
            </li>
          ))}
        </ol>
      </Section>
      <SampleAssessment now={now} />
    </div>
  );
}
