// The subject's "Others' view" page: what they may see of others' ratings on
// one assessment, built from what the access layer let through. Peers appear
// only as an aggregate and as unnamed comments; nothing here carries which
// peer said what.
import {
  compareItem,
  isNamedRole,
  PEER_THRESHOLD,
  ratedCount,
  ROLE_LABELS,
  type InvitationStatus,
  type ItemComparison,
  type RaterRole,
} from '@/lib/domain/others-view';
import { joinTitles } from '@/lib/domain/readiness';

type Rated = { level: number | null; noOpportunity: boolean };

export type RevealSource = {
  status: 'DRAFT' | 'SUBMITTED';
  items: { id: string; key: string; title: string }[];
  self: Record<string, Rated>;
  /** Every invitation's role and status, for the counts. */
  invitations: { role: RaterRole; status: InvitationStatus }[];
  /**
   * Raters who submitted, when the subject has submitted too; empty
   * otherwise. `name` is null for a former rater and for every peer.
   */
  raters: { role: RaterRole; name: string | null; overallComment: string; answers: Record<string, Rated & { comment: string }> }[];
  agreed: Record<string, AgreedLevelView>;
};

export type AgreedLevelView = { level: number; agreedWith: string; note: string; agreedAt: Date };

export type NamedRating = { who: string; role: RaterRole } & Rated & { comment: string };

export type RevealItem = {
  id: string;
  key: string;
  title: string;
  comparison: ItemComparison;
  self: Rated;
  named: NamedRating[];
  /** Peers who gave this item no level because they had no opportunity; null while peers are not shown. */
  peerNoOpportunity: number | null;
  /** Peers' comments on this item, unnamed and shuffled; empty while peers are not shown. */
  peerComments: string[];
  agreed: AgreedLevelView | null;
};

export type OthersReveal =
  | { revealed: false; countText: string; why: string }
  | {
      revealed: true;
      countText: string;
      summary: string[];
      peersShown: boolean;
      peerCount: number;
      items: RevealItem[];
      talkAbout: RevealItem[];
      blindSpots: RevealItem[];
      hiddenStrengths: RevealItem[];
      namedOverall: { who: string; text: string }[];
      peerOverall: string[];
    };

export const FORMER_RATER = 'Former rater';

/** How a named rater is called on the page: their name and role, or "Former rater" once their account is gone. */
export function raterLabel(role: RaterRole, name: string | null): string {
  return `${name ?? FORMER_RATER} (${ROLE_LABELS[role].toLowerCase()})`;
}

/** A level or a middle of levels, as the page writes it: "3", "2.5". */
export function levelFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

export function ratedText({ level, noOpportunity }: Rated): string {
  if (noOpportunity) return 'No opportunity to see this';
  return level === null ? 'Not rated' : levelFigure(level);
}

/** Self minus others in words: "+2 (you rate yourself higher)". */
export function differenceText(difference: number | null): string {
  if (difference === null) return 'Cannot compare';
  if (difference === 0) return 'Same';
  const figure = `${difference > 0 ? '+' : '−'}${levelFigure(Math.abs(difference))}`;
  return `${figure} (${difference > 0 ? 'you rate yourself higher' : 'others rate you higher'})`;
}

/** Fisher–Yates with the given source of randomness. */
export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const shuffled = [...values];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  return shuffled;
}

const ROLE_PLURALS: Record<RaterRole, string> = { MANAGER: 'managers', MENTOR: 'mentors or coaches', PEER: 'peers or reports' };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function hiddenWhy(source: RevealSource, rated: number): string {
  if (source.status === 'DRAFT') {
    return rated > 0
      ? 'You have not submitted this assessment yet, so their ratings stay hidden: neither side sees the other’s ratings first. Submit it to see what they said.'
      : 'You have not submitted this assessment yet. Others’ ratings are shown here once you have submitted it and they have submitted theirs.';
  }
  return 'Nobody has submitted their ratings yet. Each person’s ratings appear here once they submit them.';
}

function summaryLines(source: RevealSource, items: RevealItem[], peersShown: boolean, peerCount: number): string[] {
  const who = (['MANAGER', 'MENTOR', 'PEER'] as const).flatMap((role) => {
    const count = source.raters.filter((rater) => rater.role === role).length;
    return count > 0 ? [plural(count, ROLE_LABELS[role].toLowerCase(), ROLE_PLURALS[role])] : [];
  });
  const lines = [`Rated by ${joinTitles(who)}.`];
  if (peerCount > 0 && !peersShown) {
    lines.push(`Peers and reports are shown only together, once at least ${PEER_THRESHOLD} have submitted: until then their ratings and comments are left out.`);
  }
  const talk = items.filter((item) => item.comparison.talkAboutThis);
  const compared = items.filter((item) => item.comparison.kind !== 'not comparable');
  lines.push(
    talk.length === 0
      ? `No item differs by two levels or more between you and others (${plural(compared.length, 'item', 'items')} compared).`
      : `${plural(talk.length, 'item is', 'items are')} flagged “Talk about this”: you and others differ by two levels or more (${plural(compared.length, 'item', 'items')} compared).`,
  );
  const widest = (kind: ItemComparison['kind']) =>
    items.filter((item) => item.comparison.kind === kind).sort((a, b) => Math.abs(b.comparison.difference!) - Math.abs(a.comparison.difference!))[0];
  const blind = widest('blind spot');
  const hidden = widest('hidden strength');
  const describe = (item: RevealItem) => `${item.title}: you rate yourself ${levelFigure(item.comparison.self!)}, others ${levelFigure(item.comparison.others!)}`;
  lines.push(blind ? `Biggest blind spot: ${describe(blind)}.` : 'No blind spots: on every item compared, others rate you at least as high as you do.');
  lines.push(hidden ? `Biggest hidden strength: ${describe(hidden)}.` : 'No hidden strengths: on every item compared, you rate yourself at least as high as others do.');
  return lines;
}

const byWidest = (a: RevealItem, b: RevealItem) => Math.abs(b.comparison.difference ?? 0) - Math.abs(a.comparison.difference ?? 0);

/**
 * The page's content. Before the reveal, only the count and why nothing
 * more is shown. `random` orders the peers' comments: a fresh order on every
 * request, so the order carries nothing about who wrote what (an order kept
 * from the database, by creation time or id, would match the order the
 * subject sent the invitations in).
 */
export function buildOthersReveal(source: RevealSource, random: () => number): OthersReveal {
  const count = ratedCount(source.invitations.map((invitation) => invitation.status));
  const countText = `${count.text}.`;
  if (source.status === 'DRAFT' || source.raters.length === 0) return { revealed: false, countText, why: hiddenWhy(source, count.rated) };

  const named = source.raters.filter((rater) => isNamedRole(rater.role));
  const peers = source.raters.filter((rater) => !isNamedRole(rater.role));
  const peersShown = peers.length >= PEER_THRESHOLD;
  const items = source.items.map((item): RevealItem => {
    const self = source.self[item.id] ?? { level: null, noOpportunity: false };
    const ratings = source.raters.flatMap((rater) => {
      const answer = rater.answers[item.id];
      return answer ? [{ role: rater.role, level: answer.level, noOpportunity: answer.noOpportunity }] : [];
    });
    const peerAnswers = peersShown ? peers.flatMap((peer) => (peer.answers[item.id] ? [peer.answers[item.id]!] : [])) : [];
    return {
      ...item,
      self,
      comparison: compareItem(self.noOpportunity ? null : self.level, ratings),
      named: named.map((rater) => ({
        who: raterLabel(rater.role, rater.name),
        role: rater.role,
        ...(rater.answers[item.id] ?? { level: null, noOpportunity: false, comment: '' }),
      })),
      peerNoOpportunity: peersShown ? peerAnswers.filter((answer) => answer.noOpportunity).length : null,
      // Each item is shuffled on its own, so one peer's comments do not stand at the same place on every item.
      peerComments: shuffle(peerAnswers.map((answer) => answer.comment.trim()).filter(Boolean), random),
      agreed: source.agreed[item.id] ?? null,
    };
  });
  return {
    revealed: true,
    countText,
    summary: summaryLines(source, items, peersShown, peers.length),
    peersShown,
    peerCount: peers.length,
    items,
    talkAbout: items.filter((item) => item.comparison.talkAboutThis).sort(byWidest),
    blindSpots: items.filter((item) => item.comparison.kind === 'blind spot').sort(byWidest),
    hiddenStrengths: items.filter((item) => item.comparison.kind === 'hidden strength').sort(byWidest),
    namedOverall: named.flatMap((rater) => (rater.overallComment.trim() ? [{ who: raterLabel(rater.role, rater.name), text: rater.overallComment.trim() }] : [])),
    peerOverall: peersShown ? shuffle(peers.map((peer) => peer.overallComment.trim()).filter(Boolean), random) : [],
  };
}
