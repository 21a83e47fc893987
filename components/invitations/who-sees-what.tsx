import { whoSeesWhat, type RaterRole } from '@/lib/domain/others-view';

/** Said to a rater before they start, and again beside the ratings they write. */
export function WhoSeesWhat({ role, subjectName, headingLevel = 2 }: { role: RaterRole; subjectName: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="who-sees-what" className="space-y-2">
      <Heading id="who-sees-what" className="text-xl font-semibold">
        Who will see what you write
      </Heading>
      <ul className="list-disc space-y-2 pl-5">
        {whoSeesWhat(role, subjectName).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
