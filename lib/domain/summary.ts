import { groupGoalsByItem, type GoalView } from '@/lib/domain/goals';
import { computeGaps, type Confidence, type Gap, type ItemAnswer } from '@/lib/domain/gaps';
import { pickPriorities } from '@/lib/domain/priorities';
import { readReadiness } from '@/lib/domain/reading';
import { computeReadiness, type Readiness } from '@/lib/domain/readiness';

export type SummaryResource = { title: string; kind: 'BOOK' | 'PROGRAMME'; why: string; how: string };

export type SummarySourceItem = {
  key: string;
  title: string;
  sectionKey: string;
  sectionTitle: string;
  expectedLevel: number;
  descriptors: { level: number; text: string }[];
  resources: SummaryResource[];
  answer: { level: number | null; noOpportunity: boolean; targetLevel: number; confidence: Confidence | null; evidence: string } | null;
};

export type SummarySource = {
  assessment: { id: string; status: 'DRAFT' | 'SUBMITTED'; createdAt: Date; submittedAt: Date | null; frameworkVersion: number };
  owner: { name: string | null; email: string };
  levelNames: { level: number; name: string }[];
  items: SummarySourceItem[];
  previous: { submittedAt: Date; levels: Record<string, { level: number | null; noOpportunity: boolean }> } | null;
  /** The owner's open and recently finished goals on these items. */
  goals: GoalView[];
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
};

export type DevelopmentSummary = {
  assessment: SummarySource['assessment'];
  owner: SummarySource['owner'];
  items: SummaryItem[];
  readiness: Readiness;
  sections: { key: string; title: string; readiness: Readiness }[];
  gaps: Gap[];
  priorities: (Extract<Gap, { state: 'gap' }> & { resources: SummaryResource[] })[];
  reading: string;
  previousSubmittedAt: Date | null;
  goals: SummaryGoal[];
};

/** Everything the gap view, the exports and the shared page show, computed once from stored data. */
export function buildSummary(source: SummarySource): DevelopmentSummary {
  const names = new Map(source.levelNames.map((entry) => [entry.level, entry.name]));
  const items: SummaryItem[] = source.items.map((item) => {
    const answer = item.answer ?? { level: null, noOpportunity: false, targetLevel: item.expectedLevel, confidence: null, evidence: '' };
    const level = answer.noOpportunity ? null : answer.level;
    const previous = source.previous?.levels[item.key];
    return {
      ...item,
      ...answer,
      level,
      levelName: level === null ? null : (names.get(level) ?? null),
      descriptor: item.descriptors.find((descriptor) => descriptor.level === level)?.text ?? null,
      previousLevel: previous && !previous.noOpportunity ? previous.level : null,
    };
  });
  const asAnswer = (item: SummaryItem): ItemAnswer => ({
    key: item.key,
    title: item.title,
    sectionKey: item.sectionKey,
    level: item.level,
    noOpportunity: item.noOpportunity,
    targetLevel: item.targetLevel,
    confidence: item.confidence,
  });
  const readiness = computeReadiness(items);
  const sectionKeys = [...new Set(items.map((item) => item.sectionKey))];
  const sections = sectionKeys.map((key) => {
    const inSection = items.filter((item) => item.sectionKey === key);
    return { key, title: inSection[0]?.sectionTitle ?? key, readiness: computeReadiness(inSection) };
  });
  const gaps = computeGaps(items.map(asAnswer));
  const resourcesByKey = new Map(items.map((item) => [item.key, item.resources]));
  const priorities = pickPriorities(gaps).map((gap) => ({ ...gap, resources: resourcesByKey.get(gap.key) ?? [] }));
  return {
    assessment: source.assessment,
    owner: source.owner,
    items,
    readiness,
    sections,
    gaps,
    priorities,
    reading: readReadiness(readiness, sections, priorities.map((priority) => priority.title)),
    previousSubmittedAt: source.previous?.submittedAt ?? null,
    goals: summaryGoals(source),
  };
}

/** Goals in framework order, open before finished, each with its item's title. */
function summaryGoals(source: SummarySource): SummaryGoal[] {
  const titles = new Map(source.items.map((item) => [item.key, item.title]));
  const onItems = source.goals.filter((goal) => titles.has(goal.itemKey));
  return groupGoalsByItem(onItems, [...titles.keys()]).flatMap((group) =>
    group.goals.map((goal) => ({ ...goal, itemTitle: titles.get(goal.itemKey)! })),
  );
}
