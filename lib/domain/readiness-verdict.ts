import { joinTitles, type Readiness } from '@/lib/domain/readiness';

// What the readiness figure means, in one line and without the figure itself:
// the page prints the figure once, beside this. Bands are a tenth or so wide,
// so two figures a band apart never read the same ("about halfway" at 56%
// and 65% would both be wrong).
const BANDS: readonly { from: number; text: string }[] = [
  { from: 100, text: 'at your target on every item' },
  { from: 90, text: 'close to your targets on almost every item' },
  { from: 75, text: 'most of the way to your targets, with a few gaps to close' },
  { from: 60, text: 'well past halfway to your targets, with clear gaps to close' },
  { from: 51, text: 'just past halfway to your targets: several items are well below them' },
  { from: 50, text: 'halfway to your targets' },
  { from: 40, text: 'just short of halfway to your targets: several items are well below them' },
  { from: 20, text: 'some way from your targets: most items are well below them' },
  { from: 0, text: 'at the start of the way to your targets: most items are at or near the first level' },
];

function band(percent: number): string {
  return (BANDS.find((entry) => percent >= entry.from) ?? BANDS.at(-1)!).text;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one-line reading of a readiness figure, for the person it is about. */
export function readinessVerdict(readiness: Readiness): string {
  switch (readiness.state) {
    case 'unrated':
      return 'Nothing is rated yet.';
    case 'low-coverage':
      return readiness.rated === 1 ? 'Too early to read: only one item is rated.' : 'Too early to read: too few items are rated for a figure.';
    case 'not-yet-ready': {
      const short = readiness.mustHaveShort;
      return `Not yet ready: ${joinTitles(short)} ${short.length === 1 ? 'is a must-have' : 'are must-haves'} two or more levels below target.`;
    }
    case 'figure': {
      const text = band(readiness.percent ?? 0);
      // A figure over some of the items says so: the rest could move it either way.
      if (readiness.rated < readiness.total) return `Over the items you rated, ${text}.`;
      return `${capitalise(text)}.`;
    }
  }
}
