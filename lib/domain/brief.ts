import { gapLabel } from '@/lib/domain/gap-labels';
import { GOAL_STATUS_LABELS, isOpen, overdueText } from '@/lib/domain/goals';
import { compareItem, isNamedRole, PEER_THRESHOLD, type OthersRating, type RaterRole } from '@/lib/domain/others-view';
import type { Priority, PriorityAction } from '@/lib/domain/priorities';
import { readinessBand, thirdPersonOf } from '@/lib/domain/readiness-verdict';
import { BLANK_EVIDENCE, describeCoverage, joinTitles, MIN_COVERAGE_PERCENT, readinessHeadline, type Readiness } from '@/lib/domain/readiness';
import { subjectName, type DevelopmentSummary, type SummaryItem } from '@/lib/domain/summary';
import { measureLabel } from '@/lib/domain/targets';
import { CONFIDENCE_LABELS } from '@/lib/domain/vocabulary';
import { formatDate } from '@/lib/format/dates';
import { groupEvidenceByItem } from '@/lib/domain/evidence';

// The brief: one page the EM hands to the person who backs their growth (a
// manager, a Head of Engineering, a coach). It speaks about the EM by name,
// never to them: the app says "you" to the EM, what the EM shares does not.
// Its words are the builder's own; the EM's ask and evidence are quoted as
// they wrote them.

/** What the EM chose the brief to include, and what they ask the reader for. Stored per assessment. */
export type BriefChoices = { ask: string; includeEvidence: boolean; includePlan: boolean; includeOthers: boolean; includeLog: boolean };

export const DEFAULT_BRIEF_CHOICES: BriefChoices = { ask: '', includeEvidence: true, includePlan: true, includeOthers: false, includeLog: false };

/** One evidence-log entry as the brief quotes it. `occurredOn` is a calendar day, midnight UTC. */
export type LoggedEntry = { occurredOn: Date; text: string; url: string | null; itemKeys: string[]; createdAt: Date };

/**
 * The evidence the EM logged in the days the assessment covers: since the
 * previous submitted assessment (`sincePrevious`), or all of it before a first one.
 */
export type BriefLogInput = { sincePrevious: boolean; entries: LoggedEntry[] };

/**
 * Others' ratings the viewer of the brief may see: submitted raters' roles,
 * and each item's ratings by key. Null when there are none to show (none
 * submitted, the assessment not submitted, or the EM left others' view out of
 * what a link shows).
 */
export type BriefOthersInput = { raters: RaterRole[]; ratingsByItem: Readonly<Record<string, OthersRating[]>> } | null;

export type BriefEntry = { title: string; detail: string; quote: string | null };

export type BriefSectionKey = 'readiness' | 'strengths' | 'gaps' | 'ask' | 'plan' | 'others' | 'log';

/** A section reads: its paragraphs, its entries, then its notes (what the entries leave out). */
export type BriefSection = { key: BriefSectionKey; heading: string; paragraphs: string[]; entries: BriefEntry[]; notes: string[] };

/** Plain data (strings and arrays only): the page, the PDF worker and the Markdown export all render this. */
export type Brief = { subject: string; title: string; context: string; sections: BriefSection[] };

// The brief is one page: lists are capped and the EM's longer texts cut at a
// word, with the rest named in a line or left to the detail that follows.
/** Strengths shown in full; any further ones are named in one line. */
export const STRENGTHS_SHOWN = 3;
/** Next steps shown in full; any further ones are counted. */
export const NEXT_STEPS_SHOWN = 3;
/** Items where the EM and others differ, shown in full; any further ones are named. */
export const DIFFERENCES_SHOWN = 3;
/** An evidence quote longer than this is cut at a word. */
export const QUOTE_MAX = 160;
/** A goal's action or success measure longer than this is cut at a word. */
export const GOAL_TEXT_SHOWN = 120;
/** Logged evidence entries shown in full; any further ones are counted, by item. */
export const LOG_SHOWN = 5;

export function buildBrief(summary: DevelopmentSummary, choices: BriefChoices, others: BriefOthersInput, now: Date, log: BriefLogInput | null = null): Brief {
  const name = subjectName(summary.owner);
  const sections = [
    readinessSection(summary.readiness, name),
    strengthsSection(summary, name, choices.includeEvidence),
    gapsSection(summary, name),
    askSection(choices.ask, name),
    choices.includePlan ? planSection(summary, name, now) : null,
    choices.includeOthers ? othersSection(summary, others, name) : null,
    choices.includeLog && log ? logSection(summary, log, name) : null,
  ].filter((section): section is BriefSection => section !== null);
  return { subject: name, title: `${name}: development brief`, context: contextLine(summary), sections };
}

function contextLine(summary: DevelopmentSummary): string {
  const { assessment } = summary;
  const when =
    assessment.status === 'DRAFT'
      ? `Draft self-assessment, not submitted (started ${formatDate(assessment.createdAt)})`
      : `Self-assessment submitted ${formatDate(assessment.submittedAt ?? assessment.createdAt)}`;
  return `${when}, against the Head of Engineering framework (version ${assessment.frameworkVersion}), measured against ${measureLabel(assessment.measure)}${
    assessment.measure === null ? '' : ' targets'
  }.`;
}

/** The figure or what stands in its place, then what it means in one line. */
export function readinessReading(readiness: Readiness, name: string): string {
  switch (readiness.state) {
    case 'unrated':
      return 'Nothing is rated yet, so there is no readiness figure.';
    case 'low-coverage':
      return `Too little is rated for a readiness figure: one needs at least ${MIN_COVERAGE_PERCENT}% of the items rated.`;
    case 'not-yet-ready': {
      const short = readiness.mustHaveShort;
      return `${joinTitles(short)} ${short.length === 1 ? 'is a must-have' : 'are must-haves'} two or more levels below target, which no average makes up for; the average across the items rated is ${readiness.percent}%.`;
    }
    case 'figure': {
      // A figure over some of the items says so: the rest could move it either way.
      const over = readiness.rated < readiness.total ? 'Over the items they rated, ' : '';
      return `${over}${name} is ${readinessBand(readiness.percent!, thirdPersonOf(name))}.`;
    }
  }
}

function readinessSection(readiness: Readiness, name: string): BriefSection {
  const paragraphs = [`${readinessHeadline(readiness)} (${describeCoverage(readiness)})`, readinessReading(readiness, name)];
  if (readiness.unsupported > 0) {
    const count = readiness.unsupported;
    paragraphs.push(`${count} item${count === 1 ? ' is' : 's are'} rated at or above target with no evidence written or with low confidence.`);
  }
  return { key: 'readiness', heading: 'Readiness', paragraphs, entries: [], notes: [] };
}

const isBlank = (text: string) => BLANK_EVIDENCE.test(text);

/** The EM's text on one line, cut at a word (and marked) when longer than `max`. */
export function shortText(text: string, max: number): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  const cut = line.slice(0, max + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut.slice(0, max)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** An evidence quote short enough for one page. */
export const shortQuote = (evidence: string) => shortText(evidence, QUOTE_MAX);

function levelPhrase(item: Pick<SummaryItem, 'level' | 'levelName' | 'targetLevel'>): string {
  return `Level ${item.level}${item.levelName ? ` (${item.levelName})` : ''} against a target of ${item.targetLevel}`;
}

function strengthsSection(summary: DevelopmentSummary, name: string, includeEvidence: boolean): BriefSection {
  const byKey = new Map(summary.items.map((item) => [item.key, item]));
  // Must-haves first, then the furthest above target, then the framework's order.
  const strengths = summary.gaps
    .flatMap((gap, index) => {
      const item = byKey.get(gap.key);
      return gap.state === 'at-target' && item ? [{ gap, item, index }] : [];
    })
    .sort((a, b) => Number(b.item.mustHave) - Number(a.item.mustHave) || (b.item.level ?? 0) - b.item.targetLevel - ((a.item.level ?? 0) - a.item.targetLevel) || a.index - b.index);
  const entries = strengths.slice(0, STRENGTHS_SHOWN).map(({ gap, item }): BriefEntry => {
    const support = isBlank(item.evidence)
      ? 'no evidence written'
      : item.confidence
        ? `confidence ${CONFIDENCE_LABELS[item.confidence].toLowerCase()}`
        : 'confidence not given';
    return {
      title: item.title,
      detail: `${levelPhrase(item)}: ${gapLabel(gap)}; ${support}.`,
      quote: includeEvidence && !isBlank(item.evidence) ? shortQuote(item.evidence) : null,
    };
  });
  const rest = strengths.slice(STRENGTHS_SHOWN).map(({ item }) => item.title);
  const paragraphs =
    strengths.length === 0
      ? [`No item is at or above target yet${summary.readiness.rated === 0 ? ': nothing is rated' : ''}.`]
      : [`${strengths.length} of ${summary.items.length} items are at or above ${name}’s target.`];
  const notes = rest.length > 0 ? [`Also at or above target: ${joinTitles(rest)}.`] : [];
  return { key: 'strengths', heading: 'Strengths', paragraphs, entries, notes };
}

const ACTION_FOR_READER: Record<PriorityAction, string> = {
  develop: 'To develop first.',
  calibrate: 'Rated with low confidence: worth a second view before planning for it.',
  'in-plan': 'Already in the plan.',
};

function priorityEntry(priority: Priority, byKey: ReadonlyMap<string, SummaryItem>, name: string): BriefEntry {
  const item = byKey.get(priority.key);
  const level = item ? levelPhrase(item) : `Level ${priority.level} against a target of ${priority.targetLevel}`;
  return {
    title: priority.title,
    detail: `${level}: ${gapLabel(priority)}.${priority.mustHave ? ' A must-have for the role.' : ''}${priority.pinned ? ` Put first by ${name}.` : ''} ${ACTION_FOR_READER[priority.action]}`,
    quote: null,
  };
}

function gapsSection(summary: DevelopmentSummary, name: string): BriefSection {
  const byKey = new Map(summary.items.map((item) => [item.key, item]));
  const paragraphs =
    summary.priorities.length === 0
      ? [summary.dismissed.length > 0 ? `Every item below target is set aside by ${name} for now.` : 'No item is below target.']
      : [`The ${summary.priorities.length === 1 ? 'item' : `${summary.priorities.length} items`} ${name} puts first:`];
  const notes: string[] = [];
  if (summary.otherGaps.length > 0) notes.push(`Also below target: ${joinTitles(summary.otherGaps.map((gap) => gap.title))}.`);
  if (summary.opportunities.length > 0) {
    notes.push(`No opportunity yet to show ${joinTitles(summary.opportunities.map((opportunity) => opportunity.title))}: an opening here would help.`);
  }
  return { key: 'gaps', heading: 'The gaps that matter', paragraphs, entries: summary.priorities.map((priority) => priorityEntry(priority, byKey, name)), notes };
}

function askSection(ask: string, name: string): BriefSection | null {
  if (isBlank(ask)) return null;
  return { key: 'ask', heading: `What ${name} is asking for`, paragraphs: [ask.trim()], entries: [], notes: [] };
}

function planSection(summary: DevelopmentSummary, name: string, now: Date): BriefSection {
  const open = summary.goals.filter(isOpen).sort((a, b) => a.targetDate.getTime() - b.targetDate.getTime() || a.createdAt.getTime() - b.createdAt.getTime());
  const entries = open.slice(0, NEXT_STEPS_SHOWN).map((goal): BriefEntry => {
    const overdue = overdueText(goal, now);
    return {
      title: shortText(goal.action, GOAL_TEXT_SHOWN),
      detail: `${goal.itemTitle}. ${GOAL_STATUS_LABELS[goal.status]}, due ${formatDate(goal.targetDate)}${overdue ? ` (${overdue})` : ''}. Success looks like: ${shortText(goal.successMeasure, GOAL_TEXT_SHOWN)}`,
      quote: null,
    };
  });
  const later = open.length - entries.length;
  const done = summary.goals.filter((goal) => goal.status === 'DONE').length;
  const paragraphs = [open.length === 0 ? `${name} has no open goals in the plan yet.` : `${name}’s next steps, soonest first:`];
  const notes: string[] = [];
  if (later > 0) notes.push(`${later} more open goal${later === 1 ? '' : 's'} later in the plan.`);
  if (done > 0) notes.push(`${done} goal${done === 1 ? '' : 's'} finished recently.`);
  return { key: 'plan', heading: 'Next steps', paragraphs, entries, notes };
}

const ROLE_NOUNS: Record<Exclude<RaterRole, 'PEER'>, [string, string]> = {
  MANAGER: ['manager', 'managers'],
  MENTOR: ['mentor or coach', 'mentors or coaches'],
};

function countOf(count: number, [one, many]: [string, string]): string {
  return `${count === 1 ? 'one' : count} ${count === 1 ? one : many}`;
}

/**
 * Others' view as the reader may see it: who rated (named roles by count,
 * peers only once there are enough of them to stay anonymous), and the items
 * where the EM and the others differ by a level or more. Nothing when no
 * rating may be shown.
 */
function othersSection(summary: DevelopmentSummary, others: BriefOthersInput, name: string): BriefSection | null {
  if (!others) return null;
  const peers = others.raters.filter((role) => !isNamedRole(role)).length;
  const who = (['MANAGER', 'MENTOR'] as const)
    .map((role) => ({ role, count: others.raters.filter((rater) => rater === role).length }))
    .filter(({ count }) => count > 0)
    .map(({ role, count }) => countOf(count, ROLE_NOUNS[role]));
  if (peers >= PEER_THRESHOLD) who.push(`${peers} peers or reports, as a group`);
  if (who.length === 0) return null;
  const compared = summary.items.map((item) => ({ item, comparison: compareItem(item.level, others.ratingsByItem[item.key] ?? []) }));
  const comparable = compared.filter(({ comparison }) => comparison.kind !== 'not comparable');
  if (comparable.length === 0) return null;
  // The widest differences first: they are the ones worth a conversation.
  const differing = comparable
    .filter(({ comparison }) => comparison.kind !== 'aligned')
    .sort((a, b) => Math.abs(b.comparison.difference ?? 0) - Math.abs(a.comparison.difference ?? 0));
  const entries = differing.slice(0, DIFFERENCES_SHOWN).map(({ item, comparison }): BriefEntry => ({
    title: item.title,
    detail: `${name}: level ${comparison.self}; others: ${comparison.others} (the middle rating). ${
      comparison.kind === 'blind spot' ? `Rated higher by ${name} than by others.` : `Rated higher by others than by ${name}.`
    }${comparison.talkAboutThis ? ' Worth a conversation.' : ''}`,
    quote: null,
  }));
  return {
    key: 'others',
    heading: 'Others’ view',
    paragraphs: [
      `Rated by ${joinTitles(who)}.`,
      `Within a level of each other on ${comparable.length - differing.length} of ${comparable.length} items compared.`,
    ],
    entries,
    notes: differing.length > DIFFERENCES_SHOWN ? [`Also differing by a level or more: ${joinTitles(differing.slice(DIFFERENCES_SHOWN).map(({ item }) => item.title))}.`] : [],
  };
}

/**
 * What the EM logged between assessments, by item in the framework's order and
 * newest first within one: the date, their words (cut at a word) and the link.
 * An entry on two items is listed under each, as it is evidence for both.
 */
function logSection(summary: DevelopmentSummary, log: BriefLogInput, name: string): BriefSection {
  const titles = new Map(summary.items.map((item) => [item.key, item.title]));
  const listed = groupEvidenceByItem(log.entries, [...titles.keys()])
    .filter((group) => titles.has(group.itemKey))
    .flatMap((group) => group.entries.map((entry) => ({ title: titles.get(group.itemKey)!, entry })));
  const entries = listed.slice(0, LOG_SHOWN).map(({ title, entry }): BriefEntry => ({
    title,
    detail: `Logged for ${formatDate(entry.occurredOn)}${entry.url ? `; link: ${entry.url}` : ''}.`,
    quote: shortQuote(entry.text),
  }));
  const rest = listed.slice(LOG_SHOWN);
  const when = log.sincePrevious ? 'since their previous self-assessment' : 'up to this self-assessment, their first';
  const paragraphs =
    listed.length === 0
      ? [`${name} logged no evidence on these items ${when}.`]
      : [`Evidence ${name} logged ${when}, by item, newest first.`];
  const notes =
    rest.length > 0 ? [`${rest.length} more logged ${rest.length === 1 ? 'entry' : 'entries'}, on ${joinTitles([...new Set(rest.map(({ title }) => title))])}.`] : [];
  return { key: 'log', heading: 'Evidence since the last assessment', paragraphs, entries, notes };
}

/** Every piece of text a brief shows, in order: what the renderers draw and the tests read. */
export function briefTexts(brief: Brief): string[] {
  return [
    brief.title,
    brief.context,
    ...brief.sections.flatMap((section) => [
      section.heading,
      ...section.paragraphs,
      ...section.entries.flatMap((entry) => [entry.title, entry.detail, ...(entry.quote ? [entry.quote] : [])]),
      ...section.notes,
    ]),
  ];
}
