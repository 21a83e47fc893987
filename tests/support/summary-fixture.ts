import { frameworkContent } from '@/lib/content/framework-content';
import type { Confidence } from '@/lib/domain/gaps';
import type { GoalView } from '@/lib/domain/goals';
import { sourceItemOf } from '@/lib/content/sample-assessment';
import { buildSharedSummary, buildSummary, type SummarySource } from '@/lib/domain/summary';

type Answer = { level: number | null; noOpportunity?: boolean; confidence?: Confidence | null; evidence?: string };

/** A development summary over the real framework content, from one answer per item (in framework order). */
export function summaryOf(
  answers: Answer[],
  previousLevels?: (number | null)[],
  goals?: GoalView[],
  choices: { priorityChoices?: SummarySource['priorityChoices']; measure?: SummarySource['assessment']['measure']; shared?: boolean } = {},
) {
  const items = frameworkContent.sections.flatMap((section) => section.items.map((item) => ({ item, section })));
  const source: SummarySource = {
    // Measured in role, against level 4 on every item.
    assessment: {
      id: 'assessment-0001',
      status: 'SUBMITTED',
      createdAt: new Date('2026-10-01T09:00:00Z'),
      submittedAt: new Date('2026-10-02T09:00:00Z'),
      frameworkVersion: 1,
      measure: choices.measure === undefined ? 'IN_ROLE' : choices.measure,
    },
    owner: { name: 'Ada Lovelace', email: 'ada@example.com' },
    levelNames: frameworkContent.scale.map(({ level, name }) => ({ level, name })),
    items: items.map(({ item, section }, index) => {
      const answer = answers[index];
      return {
        ...sourceItemOf(item, section),
        resources: frameworkContent.resources
          .filter((resource) => resource.helps.some((help) => help.itemKey === item.key))
          .map((resource) => ({ title: resource.title, kind: resource.kind, why: resource.why, how: resource.helps.find((help) => help.itemKey === item.key)!.how })),
        answer: answer
          ? { level: answer.level, noOpportunity: answer.noOpportunity ?? false, targetLevel: 4, confidence: answer.confidence ?? null, evidence: answer.evidence ?? '' }
          : null,
      };
    }),
    previous: previousLevels
      ? {
          submittedAt: new Date('2026-07-01T09:00:00Z'),
          levels: Object.fromEntries(items.map(({ item }, index) => [item.key, { level: previousLevels[index] ?? null, noOpportunity: false }])),
        }
      : null,
    goals: goals ?? [],
    priorityChoices: choices.priorityChoices ?? {},
  };
  return choices.shared ? buildSharedSummary(source) : buildSummary(source);
}

/** An open goal on `itemKey`, due at the end of March 2027; `fields` set anything else. */
export function goalOn(itemKey: string, fields: Partial<GoalView> = {}): GoalView {
  return {
    id: 'goal-1',
    itemKey,
    action: 'Coach two leads through calibration',
    successMeasure: 'They run the next one without me',
    targetDate: new Date('2027-03-31T00:00:00Z'),
    status: 'IN_PROGRESS',
    finishedAt: null,
    createdAt: new Date('2027-01-01T09:00:00Z'),
    resources: [],
    notes: [],
    ...fields,
  };
}
