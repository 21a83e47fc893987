// A rater's side-by-side view of the people they rate: their own rating of
// each item beside the person's self-rating, where that has been revealed to
// them. Which self-ratings are revealed is the access layer's decision; this
// only lays out what it was given.
import type { RaterRole } from '@/lib/domain/others-view';
import { formatDate } from '@/lib/format/dates';

type Rated = { key: string; level: number | null; noOpportunity: boolean };

export type SideBySideInput = {
  id: string;
  subjectName: string;
  role: RaterRole;
  /** The rater has submitted their ratings. */
  submitted: boolean;
  /** The person has submitted the assessment being rated. */
  subjectSubmitted: boolean;
  /** When the person submitted that assessment, or began it. */
  assessedAt: Date;
  own: readonly (Rated & { title: string })[];
  /** Null unless revealed to the rater. */
  self: readonly Rated[] | null;
};

/** Why a person's self-ratings are shown or not, in the rater's terms. */
export type SelfShown = 'shown' | 'peer' | 'after-you-submit' | 'after-they-submit';

export const SELF_SHOWN_TEXT: Record<SelfShown, string> = {
  shown: 'Their own ratings are shown: you have both submitted.',
  peer: 'As a peer or report, you do not see their own ratings.',
  'after-you-submit': 'Their own ratings are shown once you submit yours.',
  'after-they-submit': 'Their own ratings are shown once they submit their self-assessment.',
};

export type SideBySideColumn = {
  id: string;
  subjectName: string;
  /** The person's name, with their assessment's date where the same name heads another column (two assessments, or two people of one name). */
  label: string;
  role: RaterRole;
  assessedAt: Date;
  selfShown: SelfShown;
};
/** A level, "no opportunity", or not rated (null); `self` is undefined where it is not shown. */
export type SideBySideCell = { own: number | 'no-opportunity' | null; self?: number | 'no-opportunity' | null };
export type SideBySideRow = { key: string; title: string; cells: SideBySideCell[] };

type Shown = SideBySideCell['own'];
const value = (rated: Rated | undefined): Shown => (rated === undefined ? null : rated.noOpportunity ? 'no-opportunity' : rated.level);

function selfShown(input: SideBySideInput): SelfShown {
  if (input.self !== null) return 'shown';
  if (input.role === 'PEER') return 'peer';
  return input.submitted ? 'after-they-submit' : 'after-you-submit';
}

/** One column per person rated, one row per item (matched by key, in the order first met). */
export function buildSideBySide(inputs: readonly SideBySideInput[]): { columns: SideBySideColumn[]; rows: SideBySideRow[] } {
  const titles = new Map<string, string>();
  for (const input of inputs) for (const item of input.own) if (!titles.has(item.key)) titles.set(item.key, item.title);
  const named = (name: string) => inputs.filter((input) => input.subjectName === name).length;
  const columns = inputs.map((input) => ({
    id: input.id,
    subjectName: input.subjectName,
    label: named(input.subjectName) > 1 ? `${input.subjectName}, ${formatDate(input.assessedAt)}` : input.subjectName,
    role: input.role,
    assessedAt: input.assessedAt,
    selfShown: selfShown(input),
  }));
  const rows = [...titles].map(([key, title]) => ({
    key,
    title,
    cells: inputs.map((input): SideBySideCell => {
      const own = value(input.own.find((item) => item.key === key));
      return input.self === null ? { own } : { own, self: value(input.self.find((item) => item.key === key)) };
    }),
  }));
  return { columns, rows };
}
