import 'server-only';
import { ownAssessments, ownEvidence, ownEvidenceEntry, ownGoal, ownGoals, type Viewer } from '@/lib/data/access';
import { listPlannableItems } from '@/lib/data/goals';
import { db } from '@/lib/db/db';
import { compareNewestFirst, type EvidenceView } from '@/lib/domain/evidence';
import { isOpen, startOfDay } from '@/lib/domain/goals';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CreateEvidenceInput, UpdateEvidenceInput } from '@/lib/validation/evidence';

const entrySelect = {
  id: true,
  occurredOn: true,
  text: true,
  url: true,
  itemKeys: true,
  createdAt: true,
  goal: { select: { id: true, action: true } },
} satisfies Prisma.EvidenceEntrySelect;

export type EvidenceItem = { key: string; title: string; sectionTitle: string };
export type EvidenceGoalChoice = { id: string; action: string; itemKey: string };

/** The items of the current framework: what an entry can be logged against. */
export async function listEvidenceItems(): Promise<EvidenceItem[]> {
  return (await listPlannableItems()).map(({ key, title, sectionTitle }) => ({ key, title, sectionTitle }));
}

/**
 * The viewer's goals an entry can advance: the open ones, and the one the
 * entry already names (it may have been finished since).
 */
export async function listEvidenceGoals(viewer: Viewer, keep: string | null = null): Promise<EvidenceGoalChoice[]> {
  const goals = await db().goal.findMany({
    where: ownGoals(viewer),
    orderBy: [{ targetDate: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, action: true, itemKey: true, status: true },
  });
  return goals.filter((goal) => isOpen(goal) || goal.id === keep).map(({ id, action, itemKey }) => ({ id, action, itemKey }));
}

export type EvidenceWriteOutcome = { kind: 'saved'; entryId: string } | { kind: 'not-found' } | { kind: 'unknown-item' } | { kind: 'unknown-goal' };

/** Item keys must be the current framework's and a goal must be the viewer's; null when both hold. */
async function checkReferences(viewer: Viewer, input: CreateEvidenceInput): Promise<EvidenceWriteOutcome | null> {
  const known = new Set((await listEvidenceItems()).map((item) => item.key));
  if (input.itemKeys.some((key) => !known.has(key))) return { kind: 'unknown-item' };
  if (input.goalId && (await db().goal.count({ where: ownGoal(viewer, input.goalId) })) === 0) return { kind: 'unknown-goal' };
  return null;
}

function entryData(input: CreateEvidenceInput) {
  return { occurredOn: input.occurredOn, text: input.text, url: input.url, itemKeys: input.itemKeys, goalId: input.goalId };
}

export async function createEvidence(viewer: Viewer, input: CreateEvidenceInput): Promise<EvidenceWriteOutcome> {
  const refused = await checkReferences(viewer, input);
  if (refused) return refused;
  const entry = await db().evidenceEntry.create({ data: { ...ownEvidence(viewer), ...entryData(input) }, select: { id: true } });
  return { kind: 'saved', entryId: entry.id };
}

export async function updateEvidence(viewer: Viewer, input: UpdateEvidenceInput): Promise<EvidenceWriteOutcome> {
  const refused = await checkReferences(viewer, input);
  if (refused) return refused;
  const { count } = await db().evidenceEntry.updateMany({ where: ownEvidenceEntry(viewer, input.entryId), data: entryData(input) });
  return count > 0 ? { kind: 'saved', entryId: input.entryId } : { kind: 'not-found' };
}

export async function deleteEvidence(viewer: Viewer, entryId: string): Promise<boolean> {
  const { count } = await db().evidenceEntry.deleteMany({ where: ownEvidenceEntry(viewer, entryId) });
  return count > 0;
}

export async function getEvidence(viewer: Viewer, entryId: string): Promise<EvidenceView | null> {
  return db().evidenceEntry.findFirst({ where: ownEvidenceEntry(viewer, entryId), select: entrySelect });
}

/** The whole log, newest first. */
export async function listEvidence(viewer: Viewer): Promise<EvidenceView[]> {
  return db().evidenceEntry.findMany({ where: ownEvidence(viewer), orderBy: [{ occurredOn: 'desc' }, { createdAt: 'desc' }], select: entrySelect });
}

/**
 * Entries on any of the given items that happened on or after the day the
 * viewer last submitted an assessment (all of them before a first one): what
 * the next rating should draw on.
 */
export async function listEvidenceSinceLastAssessment(viewer: Viewer, itemKeys: readonly string[]): Promise<EvidenceView[]> {
  const last = await db().assessment.findFirst({
    where: { ...ownAssessments(viewer), status: 'SUBMITTED' },
    orderBy: { submittedAt: 'desc' },
    select: { submittedAt: true },
  });
  const since = last?.submittedAt ? { occurredOn: { gte: startOfDay(last.submittedAt) } } : {};
  const entries = await db().evidenceEntry.findMany({
    where: { ...ownEvidence(viewer), ...since, itemKeys: { hasSome: [...itemKeys] } },
    select: entrySelect,
  });
  return entries.sort(compareNewestFirst);
}
