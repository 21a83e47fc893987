import { frameworkContent } from '@/lib/content/framework-content';
import type { BriefChoices } from '@/lib/domain/brief';
import type { Confidence } from '@/lib/domain/gaps';
import type { GoalView } from '@/lib/domain/goals';
import type { SummarySource, SummarySourceItem } from '@/lib/domain/summary';
import type { ItemContent } from '@/lib/content/framework-schema';
import { frameworkTarget } from '@/lib/domain/targets';

// A made-up engineering manager's first assessment, on the committed
// framework content: what the signed-out home page shows as a sample of the
// gap view and the brief. Built from the framework itself and rendered by the
// app's own components, so it never goes stale the way a picture would; its
// dates are counted back and forward from the moment it is shown.

type SampleAnswer = { level: number | null; noOpportunity?: boolean; confidence: Confidence | null; evidence: string };

const ANSWERS: Record<string, SampleAnswer> = {
  'managing-managers': { level: 3, confidence: 'HIGH', evidence: 'Two of my leads are first-time managers; we run monthly skip-levels and they now hire for their own teams.' },
  'technical-strategy': { level: 2, confidence: 'MEDIUM', evidence: 'Wrote the platform strategy for my area; it has not yet been tested beyond it.' },
  'engineering-culture': { level: 3, confidence: 'HIGH', evidence: 'Introduced blameless incident reviews that two other groups have since adopted.' },
  'executive-stakeholders': { level: 2, confidence: 'LOW', evidence: 'Presented a capacity update to the CFO once, with my manager in the room.' },
  'operating-model': { level: 3, confidence: 'MEDIUM', evidence: 'Delivery metrics reviewed monthly across four teams.' },
  'ai-adoption-strategy': { level: 3, confidence: 'HIGH', evidence: 'Led the coding assistant rollout with an opt-in pilot and clear guidance.' },
  'ai-productivity-evidence': { level: null, noOpportunity: true, confidence: null, evidence: '' },
  'ai-ethics-position': { level: 2, confidence: 'MEDIUM', evidence: 'Wrote down where the team will and will not use generated code.' },
  'ai-investment-case': { level: 1, confidence: 'MEDIUM', evidence: '' },
  'ai-team-conversations': { level: 3, confidence: 'HIGH', evidence: 'Ran open sessions on what AI changes for our roles; questions came in anonymously.' },
  'ai-regulation-awareness': { level: 2, confidence: 'MEDIUM', evidence: 'Briefed legal on how the hiring tools use AI.' },
};

const DAY = 24 * 60 * 60 * 1000;
const daysFrom = (now: Date, days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY);

export const SAMPLE_NAME = 'Sam Rivera';

export const SAMPLE_BRIEF_CHOICES: BriefChoices = {
  ask: 'A seat at the quarterly budget review, to build the investment case for AI tooling with finance, and an introduction to the CFO’s team.',
  includeEvidence: true,
  includePlan: true,
  includeOthers: false,
  includeLog: false,
};

function sampleGoals(now: Date): GoalView[] {
  const goal = (id: string, itemKey: string, action: string, successMeasure: string, days: number): GoalView => ({
    id,
    itemKey,
    action,
    successMeasure,
    targetDate: daysFrom(now, days),
    status: 'IN_PROGRESS',
    finishedAt: null,
    createdAt: daysFrom(now, -6),
    resources: [],
    notes: [],
  });
  return [
    goal('sample-goal-1', 'executive-stakeholders', 'Present the quarterly capacity plan to the exec team myself', 'The CFO asks me, not my manager, for the next update', 45),
    goal('sample-goal-2', 'technical-strategy', 'Take the platform strategy to the architecture forum', 'Two other groups adopt its principles', 90),
  ];
}

/** What a summary reads of a content item, apart from the answer and resources. */
export function sourceItemOf(item: ItemContent, section: { key: string; title: string; weight: number }): Omit<SummarySourceItem, 'answer' | 'resources'> {
  return {
    key: item.key,
    title: item.title,
    sectionKey: section.key,
    sectionTitle: section.title,
    sectionWeight: section.weight,
    expectedLevel: item.targets.inRole,
    stepUpLevel: item.targets.stepUp,
    mustHave: item.targets.mustHave,
    opportunity: item.opportunity,
    descriptors: Object.entries(item.descriptors).map(([level, descriptor]) => ({ level: Number(level), text: descriptor.text })),
  };
}

/** The sample's summary source: the committed framework, the answers above, submitted a week before `now`. */
export function sampleSummarySource(now: Date): SummarySource {
  return {
    assessment: { id: 'sample', status: 'SUBMITTED', createdAt: daysFrom(now, -8), submittedAt: daysFrom(now, -7), frameworkVersion: 1, measure: 'STEP_UP' },
    owner: { name: SAMPLE_NAME, email: 'sam.rivera@example.com' },
    levelNames: frameworkContent.scale.map(({ level, name }) => ({ level, name })),
    items: frameworkContent.sections.flatMap((section) =>
      section.items.map((item) => {
        const answer = ANSWERS[item.key];
        return {
          ...sourceItemOf(item, section),
          resources: [],
          answer: answer
            ? {
                level: answer.level,
                noOpportunity: answer.noOpportunity ?? false,
                targetLevel: frameworkTarget({ stepUpLevel: item.targets.stepUp, inRoleLevel: item.targets.inRole }, 'STEP_UP'),
                confidence: answer.confidence,
                evidence: answer.evidence,
              }
            : null,
        };
      }),
    ),
    previous: null,
    goals: sampleGoals(now),
    priorityChoices: {},
  };
}
