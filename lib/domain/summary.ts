import { groupGoalsByItem, isOpen, type GoalView } from '@/lib/domain/goals';
import { computeGaps, type Confidence, type Gap, type ItemAnswer } from '@/lib/domain/gaps';
import { arrangePriorities, listOpportunities, type Opportunity, type OpportunityPrompt, type Priority, type PriorityChoice } from '@/lib/domain/priorities';
import { readReadiness, readReadinessDetail } from '@/lib/domain/reading';
import { readinessVerdict, SECOND_PERSON, thirdPersonOf, type ReadingVoice } from '@/lib/domain/readiness-verdict';
import { scaleOf, type RatingScale } from '@/lib/domain/rating-scale';
import { computeReadiness, computeSectionReadiness, type Readiness } from '@/lib/domain/readiness';
import { describeMeasure, frameworkTarget, type TargetMeasure } from '@/lib/domain/targets';

export type SummaryResource = { title: string; kind: 'BOOK' | 'PROGRAMME'; why: string; how: string; level?: number | null; part?: string | null };

export type SummarySourceItem = {
  key: string;
  title: string;
  sectionKey: string;
  sectionTitle: string;
  /** The section's weight in the overall figure. */
  sectionWeight: number;
  /** "Effective in the role". */
  expectedLevel: number;
  /** "Ready to step up"; null on versions made before there were two targets. */
  stepUpLevel: number | null;
  mustHave: boolean;
  opportunity: OpportunityPrompt | null;
  descriptors: { level: number; text: string }[];
  resources: SummaryResource[];
  answer: { level: number | null; noOpportunity: boolean; targetLevel: number; confidence: Confidence | null; evidence: string } | null;
  /** The level the EM agreed with someone after talking it over, if they recorded one. */
  agreed?: { level: number; agreedWith: string } | null;
};

/** Where an assessment's levels now come from: the EM's own ratings, or the levels they agreed where they recorded one. */
export type LevelsFrom = 'SELF' | 'AGREED';

export type SummarySource = {
  assessment: {
    id: string;
    status: 'DRAFT' | 'SUBMITTED';
    createdAt: Date;
    submittedAt: Date | null;
    frameworkVersion: number;
    measure: TargetMeasure | null;
    /** SELF when absent. */
    levelsFrom?: LevelsFrom;
  };
  owner: { name: string | null; email: string };
  levelNames: { level: number; name: string }[];
  items: SummarySourceItem[];
  previous: { submittedAt: Date; levels: Record<string, { level: number | null; noOpportunity: boolean }> } | null;
  /** The owner's open and recently finished goals on these items. */
  goals: GoalView[];
  /** The owner's pins and dismissals, by item key. */
  priorityChoices: Readonly<Record<string, PriorityChoice>>;
};

/** An assessment's own items and answers, without the previous assessment or goals: what comparing two needs. */
export type AssessedItems = Pick<SummarySource, 'assessment' | 'items'>;

export type SummaryGoal = GoalView & { itemTitle: string };

export type SummaryItem = SummarySourceItem & {
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
  confidence: Confidence | null;
  evidence: string;
  levelName: string | null;
  descriptor: string | null;
  previousLevel: number | null;
  /** Who the level now was agreed with, when it is an agreed level rather than the EM's own. */
  levelAgreedWith: string | null;
};

export type DevelopmentSummary = {
  assessment: SummarySource['assessment'];
  owner: SummarySource['owner'];
  /** The rating scale of the framework version the assessment is pinned to. */
  scale: RatingScale;
  items: SummaryItem[];
  readiness: Readiness;
  sections: { key: string; title: string; weight: number; readiness: Readiness }[];
  gaps: Gap[];
  priorities: (Priority & { resources: SummaryResource[] })[];
  /** Below target but not among the priorities: each can be pinned. */
  otherGaps: Priority[];
  /** Below target and dismissed by the owner. */
  dismissed: Priority[];
  opportunities: Opportunity[];
  /** Items rated at or above their target, in framework order. */
  strengths: Extract<Gap, { state: 'at-target' }>[];
  /** The readiness figure read in one line, without the figure. */
  verdict: string;
  /** What follows the verdict on the gap view, beside the figures. */
  readingDetail: string;
  /** The verdict and its detail as one paragraph, for the exports. */
  reading: string;
  /** Which targets the figures are measured against, in one sentence. */
  measure: string;
  previousSubmittedAt: Date | null;
  goals: SummaryGoal[];
  /** Who the words speak to or of: the EM ("you") in the app, the EM by name in what they share. */
  voice: ReadingVoice;
};

/**
 * Everything the gap view, the exports and the shared page show, computed once
 * from stored data. The app speaks to the EM (the default); what the EM hands
 * to someone else passes `thirdPersonOf(their name)`.
 */
export function buildSummary(source: SummarySource, voice: ReadingVoice = SECOND_PERSON): DevelopmentSummary {
  const names = new Map(source.levelNames.map((entry) => [entry.level, entry.name]));
  const itemsFrom = (useAgreed: boolean): SummaryItem[] =>
    // The recorded agreement is dropped from the item: only a level in use, and who agreed it, travel on.
    source.items.map(({ agreed: recorded, ...item }) => {
      const answer = item.answer ?? {
        level: null,
        noOpportunity: false,
        targetLevel: frameworkTarget({ stepUpLevel: item.stepUpLevel, inRoleLevel: item.expectedLevel }, source.assessment.measure),
        confidence: null,
        evidence: '',
      };
      const agreed = useAgreed ? (recorded ?? null) : null;
      const level = agreed ? agreed.level : answer.noOpportunity ? null : answer.level;
      const previous = source.previous?.levels[item.key];
      return {
        ...item,
        ...answer,
        noOpportunity: agreed ? false : answer.noOpportunity,
        levelAgreedWith: agreed?.agreedWith ?? null,
        level,
        levelName: level === null ? null : (names.get(level) ?? null),
        descriptor: item.descriptors.find((descriptor) => descriptor.level === level)?.text ?? null,
        previousLevel: previous && !previous.noOpportunity ? previous.level : null,
      };
    });
  // Gaps and priorities start from agreed levels when the EM chose them; the
  // readiness figure stays on their own ratings, as every other page shows it.
  const items = itemsFrom(source.assessment.levelsFrom === 'AGREED');
  const ownItems = source.assessment.levelsFrom === 'AGREED' ? itemsFrom(false) : items;
  const asAnswer = (item: SummaryItem): ItemAnswer => ({
    key: item.key,
    title: item.title,
    sectionKey: item.sectionKey,
    level: item.level,
    noOpportunity: item.noOpportunity,
    targetLevel: item.targetLevel,
    confidence: item.confidence,
    mustHave: item.mustHave,
  });
  const sectionKeys = [...new Set(ownItems.map((item) => item.sectionKey))];
  const bySection = sectionKeys.map((key) => ownItems.filter((item) => item.sectionKey === key));
  const readiness = computeReadiness(bySection.map((inSection) => ({ weight: inSection[0]?.sectionWeight ?? 1, answers: inSection })));
  const sections = bySection.map((inSection, index) => ({
    key: sectionKeys[index]!,
    title: inSection[0]?.sectionTitle ?? sectionKeys[index]!,
    weight: inSection[0]?.sectionWeight ?? 1,
    readiness: computeSectionReadiness(inSection),
  }));
  const gaps = computeGaps(items.map(asAnswer));
  const resourcesByKey = new Map(items.map((item) => [item.key, item.resources]));
  const openGoalKeys = new Set(source.goals.filter(isOpen).map((goal) => goal.itemKey));
  const arranged = arrangePriorities(gaps, openGoalKeys, new Map(Object.entries(source.priorityChoices)));
  const priorities = arranged.priorities.map((gap) => ({ ...gap, resources: resourcesByKey.get(gap.key) ?? [] }));
  const prompts = new Map(items.flatMap((item) => (item.opportunity ? [[item.key, item.opportunity] as const] : [])));
  return {
    assessment: source.assessment,
    owner: source.owner,
    scale: scaleOf(source.levelNames),
    items,
    readiness,
    sections,
    gaps,
    priorities,
    otherGaps: arranged.others,
    dismissed: arranged.dismissed,
    opportunities: listOpportunities(gaps, prompts),
    strengths: gaps.filter((gap): gap is Extract<Gap, { state: 'at-target' }> => gap.state === 'at-target'),
    verdict: readinessVerdict(readiness, voice),
    readingDetail: readReadinessDetail(readiness, sections, priorities.map((priority) => priority.title), voice),
    reading: readReadiness(readiness, sections, priorities.map((priority) => priority.title), voice),
    measure: [describeMeasure(source.assessment.measure, source.assessment.frameworkVersion, voice.named ? voice.subject : null), describeLevelsFrom(items, voice)]
      .filter(Boolean)
      .join(' '),
    previousSubmittedAt: source.previous?.submittedAt ?? null,
    goals: summaryGoals(source),
    voice,
  };
}

/** Which levels the figures start from, in one sentence, when some are agreed rather than the EM's own; null otherwise. */
export function describeLevelsFrom(items: readonly Pick<SummaryItem, 'levelAgreedWith'>[], voice: ReadingVoice = SECOND_PERSON): string | null {
  const agreed = items.filter((item) => item.levelAgreedWith !== null).length;
  if (agreed === 0) return null;
  const who = voice.named ? voice.subject : 'you';
  const own = voice.named ? 'their own' : 'your own';
  return agreed === items.length
    ? `Gaps and priorities start from the levels ${who} agreed with others after talking them over; readiness stays on ${own} ratings.`
    : `Gaps and priorities start from the levels ${who} agreed with others on ${agreed} of ${items.length} items, and ${own} on the rest; readiness stays on ${own} ratings.`;
}

/** The EM as what they share names them: their name, or their email when they gave none. */
export function subjectName(owner: SummarySource['owner']): string {
  return owner.name?.trim() || owner.email;
}

/** The summary as the EM's reader gets it (the share page, the PDF, the Markdown): about the EM by name. */
export function buildSharedSummary(source: SummarySource): DevelopmentSummary {
  return buildSummary(source, thirdPersonOf(subjectName(source.owner)));
}

/** Goals in framework order, open before finished, each with its item's title. */
function summaryGoals(source: SummarySource): SummaryGoal[] {
  const titles = new Map(source.items.map((item) => [item.key, item.title]));
  const onItems = source.goals.filter((goal) => titles.has(goal.itemKey));
  return groupGoalsByItem(onItems, [...titles.keys()]).flatMap((group) =>
    group.goals.map((goal) => ({ ...goal, itemTitle: titles.get(goal.itemKey)! })),
  );
}

/** "agreed with Sam (my manager)": said beside a level now that was agreed rather than self-rated. */
export const agreedNote = (item: Pick<SummaryItem, 'levelAgreedWith'>): string | null =>
  item.levelAgreedWith === null ? null : item.levelAgreedWith ? `agreed with ${item.levelAgreedWith}` : 'agreed';
