import type { BriefChoices, BriefOthersInput } from '@/lib/domain/brief';
import { compareItem, isNamedRole, PEER_THRESHOLD, ROLE_LABELS, type ItemComparison, type RaterRole } from '@/lib/domain/others-view';
import type { DevelopmentSummary } from '@/lib/domain/summary';

// Others' view as the exports carry it: per item, each named rater's level by
// role (never by name: the export travels), the peers only as an aggregate of
// at least PEER_THRESHOLD, and how far the EM's own level is from the middle
// of what others gave. Built only from what the EM may see (submitted
// raters, submitted assessment) and only when the EM chose to include it.

export type NamedRole = Exclude<RaterRole, 'PEER'>;

/** A named rater's level of one item; null when they had no opportunity to see it or left it unrated. */
export type NamedLevel = { role: NamedRole; level: number | null };

export type ItemOthersView = {
  itemKey: string;
  title: string;
  self: number | null;
  named: NamedLevel[];
  peers: ItemComparison['peers'];
  others: number | null;
  difference: number | null;
  talkAboutThis: boolean;
  kind: ItemComparison['kind'];
};

export type OthersView = {
  /** Who rated, by role; peers counted only once there are enough of them to stay anonymous, else null. */
  raters: { managers: number; mentors: number; peers: number | null };
  items: ItemOthersView[];
};

/** Others' view for the exports, or null when the EM left it out or no one's rating may be shown. */
export function othersViewOf(summary: DevelopmentSummary, choices: BriefChoices, others: BriefOthersInput): OthersView | null {
  if (!choices.includeOthers || !others) return null;
  const peers = others.raters.filter((role) => !isNamedRole(role)).length;
  const raters = {
    managers: others.raters.filter((role) => role === 'MANAGER').length,
    mentors: others.raters.filter((role) => role === 'MENTOR').length,
    peers: peers >= PEER_THRESHOLD ? peers : null,
  };
  if (raters.managers + raters.mentors === 0 && raters.peers === null) return null;
  const items = summary.items.map((item): ItemOthersView => {
    const ratings = others.ratingsByItem[item.key] ?? [];
    const comparison = compareItem(item.level, ratings);
    const named = ratings.flatMap((rating): NamedLevel[] =>
      rating.role === 'PEER' ? [] : [{ role: rating.role, level: rating.noOpportunity ? null : rating.level }],
    );
    // Managers before mentors, whatever order the ratings came in.
    named.sort((a, b) => Number(a.role === 'MENTOR') - Number(b.role === 'MENTOR'));
    return {
      itemKey: item.key,
      title: item.title,
      self: comparison.self,
      named,
      peers: comparison.peers,
      others: comparison.others,
      difference: comparison.difference,
      talkAboutThis: comparison.talkAboutThis,
      kind: comparison.kind,
    };
  });
  return { raters, items };
}

/** A level as the exports print it; "no level" for no opportunity or not rated. */
export const levelOrNone = (level: number | null) => (level === null ? 'no level' : String(level));

/** "Manager 3; mentor or coach no level; peers 3 (2–4, 5 peers)": what others gave one item, in one phrase. */
export function othersLevelsText(item: ItemOthersView): string {
  const parts = item.named.map((rating) => `${ROLE_LABELS[rating.role].toLowerCase()} ${levelOrNone(rating.level)}`);
  if (item.peers) parts.push(`peers ${item.peers.median} (${item.peers.min}–${item.peers.max}, ${item.peers.count} peers)`);
  return parts.length === 0 ? 'No one else rated it' : parts.join('; ');
}

/** How the EM's own level stands against others', about the EM by name. */
export function differenceText(item: ItemOthersView, name: string): string {
  if (item.difference === null) return 'Not compared: a level is missing on one side.';
  const by = Math.abs(item.difference);
  const levels = `${by} level${by === 1 ? '' : 's'}`;
  const text =
    item.kind === 'blind spot'
      ? `${name} rates it ${levels} higher than others do.`
      : item.kind === 'hidden strength'
        ? `Others rate it ${levels} higher than ${name} does.`
        : `Within a level of each other.`;
  return item.talkAboutThis ? `${text} Talk about this.` : text;
}

/** "one manager, two mentors or coaches and 4 peers or reports": who rated, as the exports say it. */
export function ratersText(raters: OthersView['raters']): string {
  const parts: string[] = [];
  if (raters.managers > 0) parts.push(`${raters.managers} ${raters.managers === 1 ? 'manager' : 'managers'}`);
  if (raters.mentors > 0) parts.push(`${raters.mentors} ${raters.mentors === 1 ? 'mentor or coach' : 'mentors or coaches'}`);
  if (raters.peers !== null) parts.push(`${raters.peers} peers or reports, as a group`);
  return parts.join(', ');
}

/** The rule under the figures, for every export: what others' levels are and when peers count. */
export const OTHERS_VIEW_RULE = `Levels from raters who submitted, shown by role. Peers and reports count only together, as the middle level and the range, once at least ${PEER_THRESHOLD} of them rated the item. "Others" is the middle of every level shown; a difference of 2 levels or more is marked "talk about this".`;
