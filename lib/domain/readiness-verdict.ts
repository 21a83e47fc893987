import { joinTitles, type Readiness } from '@/lib/domain/readiness';

// What the readiness figure means, in one line and without the figure itself:
// the page prints the figure once, beside this. Bands are a tenth or so wide,
// so two figures a band apart never read the same ("about halfway" at 56%
// and 65% would both be wrong).
/**
 * Who a reading is about: the EM, spoken to in the app, or spoken of by name
 * in what they share.
 */
export type ReadingVoice = {
  subject: string;
  be: 'are' | 'is';
  possessive: string;
  pronoun: string;
  /** "your" or "Sam Lee’s": whose, where "their" would leave the reader asking whose. */
  whose: string;
  /** True when the reading names the person: a sentence then starts with their name rather than leaving the subject out. */
  named: boolean;
};

export const SECOND_PERSON: ReadingVoice = { subject: 'You', be: 'are', possessive: 'your', pronoun: 'you', whose: 'your', named: false };

export const thirdPersonOf = (name: string): ReadingVoice => ({ subject: name, be: 'is', possessive: 'their', pronoun: 'they', whose: `${name}’s`, named: true });

const BANDS: readonly { from: number; text: (their: string) => string }[] = [
  { from: 100, text: (their) => `at ${their} target on every item` },
  { from: 90, text: (their) => `close to ${their} targets on almost every item` },
  { from: 75, text: (their) => `most of the way to ${their} targets, with a few gaps to close` },
  { from: 60, text: (their) => `well past halfway to ${their} targets, with clear gaps to close` },
  { from: 51, text: (their) => `just past halfway to ${their} targets: several items are well below them` },
  { from: 50, text: (their) => `halfway to ${their} targets` },
  { from: 40, text: (their) => `just short of halfway to ${their} targets: several items are well below them` },
  { from: 20, text: (their) => `some way from ${their} targets: most items are well below them` },
  { from: 0, text: (their) => `at the start of the way to ${their} targets: most items are at or near the first level` },
];

/** Where a figure puts someone, as what follows "You are" or "Sam is". */
export function readinessBand(percent: number, voice: ReadingVoice = SECOND_PERSON): string {
  return (BANDS.find((entry) => percent >= entry.from) ?? BANDS.at(-1)!).text(voice.possessive);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one-line reading of a readiness figure: to the person it is about, or about them by name. */
export function readinessVerdict(readiness: Readiness, voice: ReadingVoice = SECOND_PERSON): string {
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
      const band = readinessBand(readiness.percent ?? 0, voice);
      // Spoken to, the verdict leaves "you are" out; spoken of, it names whom it reads.
      const text = voice.named ? `${voice.subject} ${voice.be} ${band}` : band;
      // A figure over some of the items says so: the rest could move it either way.
      if (readiness.rated < readiness.total) return `Over the items ${voice.named ? '' : 'you '}rated, ${text}.`;
      return `${capitalise(text)}.`;
    }
  }
}
