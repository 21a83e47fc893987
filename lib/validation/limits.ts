// The limits and fixed phrases that a form shows and its schema enforces. No
// zod here: client components import these, and a schema module would bring
// the whole of zod into the browser for a handful of numbers.

/** The longest address email allows (RFC 5321's path limit, less its angle brackets). */
export const EMAIL_MAX = 254;
export const NAME_MAX = 100;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;
export const DELETE_CONFIRMATION = 'delete my account';

export const EVIDENCE_MAX = 4000;

export const GOAL_TEXT_MAX = 500;
export const EVIDENCE_ENTRY_MAX = 2000;
export const EVIDENCE_ITEMS_MAX = 50;
export const NOTE_MAX = 2000;
export const RESOURCE_TITLE_MAX = 200;
export const RESOURCE_URL_MAX = 2000;
export const CUSTOM_RESOURCE_ROWS = 5;

export const INVITATION_NOTE_MAX = 500;
export const RATER_COMMENT_MAX = 2000;
export const OVERALL_COMMENT_MAX = 4000;
export const INVITATIONS_PER_ASSESSMENT = 20;
export const INVITATION_DEFAULT_DAYS = 14;
export const INVITATION_MAX_DAYS = 90;

/** What the EM asks the reader of their brief for: a few sentences, so the brief stays one page. */
export const BRIEF_ASK_MAX = 600;

/** Who agreed a level with the EM, in their words: "Sam (my manager)". */
export const AGREED_WITH_MAX = 120;
export const AGREED_NOTE_MAX = 500;
