import { computeReadiness, type Confidence, type Readiness } from '@/lib/domain/readiness';

export type ReadinessSection = {
  weight: number;
  items: { id: string; title: string; stepUpLevel: number | null; mustHave: boolean }[];
};

export type StoredAnswer = {
  itemId: string;
  level: number | null;
  noOpportunity: boolean;
  targetLevel: number;
  confidence: Confidence | null;
  evidence: string;
};

/** An answer as the form edits it: the stored answer, at the revision it was saved as. */
export type AnswerState = StoredAnswer & { revision: number; updatedAt: Date };

/** Readiness of an assessment's stored answers on its framework version: answers are matched to their items by id. */
export function readinessOfAnswers(sections: readonly ReadinessSection[], answers: readonly StoredAnswer[]): Readiness {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  return computeReadiness(
    sections.map((section) => ({
      weight: section.weight,
      answers: section.items.flatMap((item) => {
        const answer = byItem.get(item.id);
        return answer ? [{ ...answer, title: item.title, stepUpLevel: item.stepUpLevel, mustHave: item.mustHave }] : [];
      }),
    })),
  );
}
