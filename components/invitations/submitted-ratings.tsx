import { Cell, ColumnHeader, RowHeader, Table } from '@/components/ui/table';
import type { SubmittedRatingView } from '@/lib/domain/others-view';
import { Section } from '@/components/ui/section';

type Rated = { level: number | null; noOpportunity: boolean };

function levelText(answer: Rated | undefined, names: Map<number, string>): string {
  if (!answer || (answer.level === null && !answer.noOpportunity)) return 'Not rated';
  if (answer.noOpportunity) return 'No opportunity to see this';
  return `${answer.level} · ${names.get(answer.level!) ?? ''}`;
}

/**
 * A rater's submitted ratings, read-only; the subject's own ratings beside
 * them only when the page was given them (both have submitted, named role).
 */
export function SubmittedRatings({ rating }: { rating: SubmittedRatingView }) {
  const names = new Map(rating.levels.map((entry) => [entry.level, entry.name]));
  const mine = new Map(rating.answers.map((answer) => [answer.itemId, answer]));
  const theirs = rating.selfRatings ? new Map(rating.selfRatings.map((answer) => [answer.itemId, answer])) : null;
  return (
    <Section headingId="ratings-heading" title="Your ratings" className="space-y-4">
      {theirs ? (
        <p>{rating.subjectName} has submitted their self-assessment too: their own ratings are beside yours.</p>
      ) : (
        <p className="text-text-muted">
          {rating.role === 'PEER'
            ? `As a peer or report you do not see ${rating.subjectName}'s own ratings.`
            : `${rating.subjectName}'s own ratings appear here once they have submitted their self-assessment.`}
        </p>
      )}
      <Table
        caption={`Your ratings of ${rating.subjectName}`}
        head={
          <>
            <ColumnHeader>Item</ColumnHeader>
            <ColumnHeader>Your rating</ColumnHeader>
            <ColumnHeader>Your comment</ColumnHeader>
            {theirs ? <ColumnHeader>{rating.subjectName}’s own rating</ColumnHeader> : null}
          </>
        }
      >
        {rating.sections.flatMap((section) =>
          section.items.map((item) => (
            <tr key={item.id}>
              <RowHeader>{item.title}</RowHeader>
              <Cell>{levelText(mine.get(item.id), names)}</Cell>
              <Cell className="whitespace-pre-wrap break-words">{mine.get(item.id)?.evidence || '—'}</Cell>
              {theirs ? <Cell>{levelText(theirs.get(item.id), names)}</Cell> : null}
            </tr>
          )),
        )}
      </Table>
      <h3 className="text-xl font-semibold">Your overall comment</h3>
      <p className="whitespace-pre-wrap break-words">{rating.overallComment || '(none)'}</p>
    </Section>
  );
}
