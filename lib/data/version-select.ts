import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * A framework version as pages read it: its levels, then its sections and
 * their items in framework order, with the item fields the page needs.
 */
export function versionSelect<Item extends Prisma.FrameworkItemSelect>(item: Item) {
  return {
    number: true,
    levels: { orderBy: { level: 'asc' }, select: { level: true, name: true } },
    sections: {
      orderBy: { position: 'asc' },
      select: { key: true, title: true, weight: true, items: { orderBy: { position: 'asc' }, select: item } },
    },
  } as const satisfies Prisma.FrameworkVersionSelect;
}

/** An item with what rating it needs: its words, targets, prompts and every level's descriptor. */
export const ratedItemSelect = {
  id: true,
  key: true,
  title: true,
  description: true,
  expectedLevel: true,
  stepUpLevel: true,
  reflectionPrompts: true,
  descriptors: { orderBy: { level: 'asc' }, select: { level: true, text: true, summary: true, signals: true, examples: true } },
} as const satisfies Prisma.FrameworkItemSelect;

/** An answer as its editor holds it: the ratings, the words and the revision a save is checked against. */
export const answerStateSelect = {
  itemId: true,
  level: true,
  noOpportunity: true,
  targetLevel: true,
  confidence: true,
  evidence: true,
  revision: true,
  updatedAt: true,
} as const satisfies Prisma.AssessmentAnswerSelect;
