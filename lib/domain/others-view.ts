// Others' view: who rates an assessment's subject, in which role, and what
// each person may see. The rules are the project's visibility notes; the
// access layer enforces them and these words describe them.
import { InvitationState, RaterRole } from '@/lib/generated/prisma/enums';

export { InvitationState, RaterRole };

/** At least this many peers must have submitted before their aggregate is shown: fewer could be told apart. */
export const PEER_THRESHOLD = 3;

export const ROLE_LABELS: Record<RaterRole, string> = {
  MANAGER: 'Manager',
  MENTOR: 'Mentor or coach',
  PEER: 'Peer or report',
};

/** What the subject sees of an invitation: its stored state, or "expired" once an open one is past its date. */
export type InvitationStatus = 'invited' | 'accepted' | 'submitted' | 'withdrawn' | 'expired';

export const STATUS_LABELS: Record<InvitationStatus, string> = {
  invited: 'Invited',
  accepted: 'Accepted, rating',
  submitted: 'Submitted',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

export function invitationStatus(invitation: { state: InvitationState; expiresAt: Date }, now: Date): InvitationStatus {
  switch (invitation.state) {
    case 'SUBMITTED':
      return 'submitted';
    case 'WITHDRAWN':
      return 'withdrawn';
    case 'ACCEPTED':
      return invitation.expiresAt > now ? 'accepted' : 'expired';
    case 'PENDING':
      return invitation.expiresAt > now ? 'invited' : 'expired';
  }
}

/** "2 of 4 have rated": withdrawn invitations are not counted. */
export function ratedCount(statuses: readonly InvitationStatus[]): { rated: number; asked: number; text: string } {
  const asked = statuses.filter((status) => status !== 'withdrawn').length;
  const rated = statuses.filter((status) => status === 'submitted').length;
  return { rated, asked, text: asked === 0 ? 'Nobody has been asked yet' : `${rated} of ${asked} ${asked === 1 ? 'has' : 'have'} rated` };
}

/** The roles shown to the subject by name; peers and reports never are. */
export const NAMED_ROLES = ['MANAGER', 'MENTOR'] as const satisfies readonly RaterRole[];

export const isNamedRole = (role: RaterRole) => (NAMED_ROLES as readonly RaterRole[]).includes(role);

/**
 * Who will see a rater's ratings, in the rater's terms: said on the
 * invitation before they start, and to the subject before they invite.
 */
export function whoSeesWhat(role: RaterRole, subjectName: string): string[] {
  const named = isNamedRole(role);
  return [
    named
      ? `${subjectName} will see your ratings and comments with your name, once they have submitted their own self-assessment and you have submitted yours. Until then, neither of you sees the other's ratings.`
      : `${subjectName} will never see your ratings on their own. Once at least ${PEER_THRESHOLD} peers or reports have submitted, and ${subjectName} has submitted their self-assessment, they see only the middle rating and the range per item across all of you, and your comments without names, in random order.`,
    named
      ? `Once you have both submitted, you will see ${subjectName}'s own ratings beside yours.`
      : `You will not see ${subjectName}'s own ratings, and no one else who rates ${subjectName} sees yours.`,
    'Nobody else sees your ratings: not other raters, not anyone holding a link to the summary.',
    `Once you submit, your ratings are final. If you delete your account, ${subjectName} keeps the ratings you submitted, marked as from a "former rater", without your name.`,
  ];
}

/** The same rules, as the subject reads them before inviting anyone. */
export const SUBJECT_SEES = [
  'Nobody you invite sees your self-ratings before you have submitted your self-assessment and they have submitted theirs. Peers and reports never see them.',
  'You see no one’s ratings until you have submitted your self-assessment, and then only from those who have submitted: until then you see only how many have rated.',
  `Your manager and your mentor or coach are shown to you by name. Peers and reports are shown only together, as the middle rating and the range per item, once at least ${PEER_THRESHOLD} of them have submitted; their comments without names.`,
  'Each link works once: the first account to accept it rates you. Someone who deletes their account leaves their submitted ratings with you, marked "former rater".',
];

/** One rater's rating of one item, as the subject may see it once revealed. */
export type OthersRating = { role: RaterRole; level: number | null; noOpportunity: boolean };

/** Items this far apart or more between self and others are worth a conversation. */
export const TALK_THRESHOLD = 2;

export type ItemComparison = {
  self: number | null;
  /** Managers' and mentors' levels, in the order given. */
  named: (number | null)[];
  /** Peers as an aggregate, only when at least PEER_THRESHOLD of them gave this item a level. */
  peers: { median: number; min: number; max: number; count: number } | null;
  /** The middle of every level the subject may see (named raters, and peers when shown). */
  others: number | null;
  /** Self minus others: positive when the subject rates themselves higher. */
  difference: number | null;
  talkAboutThis: boolean;
  kind: 'blind spot' | 'hidden strength' | 'aligned' | 'not comparable';
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How the subject's self-rating of one item compares with others'. A peer's
 * level counts only inside an aggregate of at least PEER_THRESHOLD peers:
 * fewer could be told apart, so then no peer level is used at all.
 */
export function compareItem(self: number | null, ratings: readonly OthersRating[]): ItemComparison {
  const levelOf = (rating: OthersRating) => (rating.noOpportunity ? null : rating.level);
  const named = ratings.filter((rating) => isNamedRole(rating.role)).map(levelOf);
  const peerLevels = ratings.filter((rating) => rating.role === 'PEER').flatMap((rating) => (levelOf(rating) === null ? [] : [levelOf(rating)!]));
  const peers =
    peerLevels.length >= PEER_THRESHOLD
      ? { median: median(peerLevels)!, min: Math.min(...peerLevels), max: Math.max(...peerLevels), count: peerLevels.length }
      : null;
  const visible = [...named.flatMap((level) => (level === null ? [] : [level])), ...(peers ? peerLevels : [])];
  const others = median(visible);
  const difference = self === null || others === null ? null : self - others;
  const kind = difference === null ? 'not comparable' : difference >= 1 ? 'blind spot' : difference <= -1 ? 'hidden strength' : 'aligned';
  return { self, named, peers, others, difference, talkAboutThis: difference !== null && Math.abs(difference) >= TALK_THRESHOLD, kind };
}

/** One invitation as the person who sent it sees it in the list. */
export type InvitationRow = {
  id: string;
  role: RaterRole;
  note: string;
  status: InvitationStatus;
  createdAt: Date;
  expiresAt: Date;
  submittedAt: Date | null;
  /** The rater's name for a named role once accepted; "former rater" once their account is gone; never a peer's. */
  rater: string | null;
};

type RatedItem = { itemId: string; level: number | null; noOpportunity: boolean; evidence: string | null };

/** A rater's own ratings of someone, and that person's, once both may be seen. */
export type SubmittedRatingView = {
  role: RaterRole;
  subjectName: string;
  overallComment: string | null;
  levels: { level: number; name: string }[];
  sections: { key: string; items: { id: string; title: string }[] }[];
  answers: RatedItem[];
  selfRatings: RatedItem[] | null;
};
