import 'server-only';
import { ownAccount, ownGoal, ownGoals, sharedGoals, type SharedSummary, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { getCurrentVersionContent } from '@/lib/data/framework-version-content';
import { recentlyFinishedSince, type GoalView } from '@/lib/domain/goals';
import type { Prisma } from '@/lib/generated/prisma/client';
import { OPEN_STATUSES, type GoalStatus } from '@/lib/domain/vocabulary';
import type { CreateGoalInput, CustomResource, UpdateGoalInput } from '@/lib/validation/goal';

/** A goal's own columns, as the plan and the data export read them. */
export const goalFields = {
  id: true,
  itemKey: true,
  action: true,
  successMeasure: true,
  targetDate: true,
  status: true,
  finishedAt: true,
  createdAt: true,
} satisfies Prisma.GoalSelect;

const goalSelect = {
  ...goalFields,
  resources: { orderBy: { position: 'asc' }, select: { title: true, url: true, resourceKey: true } },
  notes: { orderBy: { createdAt: 'desc' }, select: { id: true, text: true, createdAt: true } },
} satisfies Prisma.GoalSelect;

/**
 * Goals with their resources and notes, in target-date order. The relations
 * are asked for only when there are goals to attach them to: Prisma would ask
 * anyway, and most people reading a summary have no goals on it yet.
 */
async function findGoalViews(where: Prisma.GoalWhereInput): Promise<GoalView[]> {
  const client = db();
  const goals = await client.goal.findMany({ where, orderBy: [{ targetDate: 'asc' }, { createdAt: 'asc' }], select: goalFields });
  if (goals.length === 0) return [];
  const goalId = { in: goals.map((goal) => goal.id) };
  const [resources, notes] = await Promise.all([
    client.goalResource.findMany({ where: { goalId }, orderBy: { position: 'asc' }, select: { goalId: true, title: true, url: true, resourceKey: true } }),
    client.goalNote.findMany({ where: { goalId }, orderBy: { createdAt: 'desc' }, select: { goalId: true, id: true, text: true, createdAt: true } }),
  ]);
  return goals.map((goal) => ({
    ...goal,
    resources: resources.filter((resource) => resource.goalId === goal.id).map(({ goalId: _goalId, ...resource }) => resource),
    notes: notes.filter((note) => note.goalId === goal.id).map(({ goalId: _goalId, ...note }) => note),
  }));
}

export type PlannableResource = { key: string; title: string; kind: 'BOOK' | 'PROGRAMME'; how: string };
export type PlannableItem = { key: string; title: string; sectionTitle: string; resources: PlannableResource[] };

/** The items of the current framework, each with the books and programmes mapped to it: what a goal can be set on. */
export async function listPlannableItems(): Promise<PlannableItem[]> {
  const version = await getCurrentVersionContent();
  return (version?.sections ?? []).flatMap((section) =>
    section.items.map((item) => ({
      key: item.key,
      title: item.title,
      sectionTitle: section.title,
      resources: [...item.resources]
        .sort((a, b) => a.resource.position - b.resource.position)
        .map(({ how, resource }) => ({ key: resource.key, title: resource.title, kind: resource.kind, how })),
    })),
  );
}

type ResourceRow = { resourceKey: string | null; title: string; url: string | null; position: number };

/** Framework resources must be mapped to the item; their titles are copied so the goal reads the same later. */
function resourceRows(item: PlannableItem, resourceKeys: string[], custom: CustomResource[]): ResourceRow[] | 'unknown-resource' {
  const mapped = new Map(item.resources.map((resource) => [resource.key, resource]));
  if (resourceKeys.some((key) => !mapped.has(key))) return 'unknown-resource';
  return [
    ...resourceKeys.map((key) => ({ resourceKey: key, title: mapped.get(key)!.title, url: null })),
    ...custom.map((resource) => ({ resourceKey: null, title: resource.title, url: resource.url })),
  ].map((row, position) => ({ ...row, position }));
}

async function findPlannableItem(itemKey: string): Promise<PlannableItem | null> {
  return (await listPlannableItems()).find((item) => item.key === itemKey) ?? null;
}

export type GoalWriteOutcome = { kind: 'saved'; goalId: string } | { kind: 'not-found' } | { kind: 'unknown-resource' };

export async function createGoal(viewer: Viewer, input: CreateGoalInput): Promise<GoalWriteOutcome> {
  const item = await findPlannableItem(input.itemKey);
  if (!item) return { kind: 'not-found' };
  const rows = resourceRows(item, input.resourceKeys, input.customResources);
  if (rows === 'unknown-resource') return { kind: 'unknown-resource' };
  const goal = await db().goal.create({
    data: {
      ...ownGoals(viewer),
      itemKey: item.key,
      action: input.action,
      successMeasure: input.successMeasure,
      targetDate: input.targetDate,
      resources: { create: rows },
    },
    select: { id: true },
  });
  return { kind: 'saved', goalId: goal.id };
}

/** Replaces what, how-measured, when and the resources in one transaction; status and notes are kept. */
export async function updateGoal(viewer: Viewer, input: UpdateGoalInput): Promise<GoalWriteOutcome> {
  const goal = await db().goal.findFirst({ where: ownGoal(viewer, input.goalId), select: { id: true, itemKey: true } });
  if (!goal) return { kind: 'not-found' };
  const item = await findPlannableItem(goal.itemKey);
  if (!item) return { kind: 'not-found' };
  const rows = resourceRows(item, input.resourceKeys, input.customResources);
  if (rows === 'unknown-resource') return { kind: 'unknown-resource' };
  await db().$transaction([
    db().goalResource.deleteMany({ where: { goalId: goal.id, goal: ownGoals(viewer) } }),
    db().goal.update({
      where: ownGoal(viewer, goal.id),
      data: {
        action: input.action,
        successMeasure: input.successMeasure,
        targetDate: input.targetDate,
        resources: { create: rows },
      },
    }),
  ]);
  return { kind: 'saved', goalId: goal.id };
}

export type StatusOutcome = { kind: 'changed' } | { kind: 'unchanged' } | { kind: 'not-found' };

/** Idempotent: setting the status a goal already has writes nothing, so "done" twice keeps the first finish date. */
export async function setGoalStatus(viewer: Viewer, goalId: string, status: GoalStatus, now = new Date()): Promise<StatusOutcome> {
  const finished = status === 'DONE' || status === 'DROPPED';
  const { count } = await db().goal.updateMany({
    where: { ...ownGoal(viewer, goalId), status: { not: status } },
    data: { status, finishedAt: finished ? now : null },
  });
  if (count > 0) return { kind: 'changed' };
  const exists = await db().goal.count({ where: ownGoal(viewer, goalId) });
  return exists ? { kind: 'unchanged' } : { kind: 'not-found' };
}

export async function addGoalNote(viewer: Viewer, goalId: string, text: string): Promise<boolean> {
  const goal = await db().goal.findFirst({ where: ownGoal(viewer, goalId), select: { id: true } });
  if (!goal) return false;
  await db().goalNote.create({ data: { goalId: goal.id, text } });
  return true;
}

export async function deleteGoal(viewer: Viewer, goalId: string): Promise<boolean> {
  const { count } = await db().goal.deleteMany({ where: ownGoal(viewer, goalId) });
  return count > 0;
}

/** Every goal of the user's on one item; other items' goals are untouched. */
export async function deleteItemGoals(viewer: Viewer, itemKey: string): Promise<number> {
  const { count } = await db().goal.deleteMany({ where: { ...ownGoals(viewer), itemKey } });
  return count;
}

export async function getGoal(viewer: Viewer, goalId: string): Promise<GoalView | null> {
  return db().goal.findFirst({ where: ownGoal(viewer, goalId), select: goalSelect });
}

export async function listGoals(viewer: Viewer): Promise<GoalView[]> {
  return findGoalViews(ownGoals(viewer));
}

/** The viewer's goals on the given items that are open or finished recently: what summaries and a new assessment show. */
export async function listCurrentGoals(viewer: Viewer, itemKeys: readonly string[], now = new Date()): Promise<GoalView[]> {
  return findCurrentGoals(ownGoals(viewer), itemKeys, now);
}

/** The same goals of the person whose summary a live share link opens. */
export async function listSharedGoals(link: SharedSummary, itemKeys: readonly string[], now = new Date()): Promise<GoalView[]> {
  return findCurrentGoals(sharedGoals(link), itemKeys, now);
}

async function findCurrentGoals(whose: Prisma.GoalWhereInput, itemKeys: readonly string[], now: Date): Promise<GoalView[]> {
  return findGoalViews({
    ...whose,
    itemKey: { in: [...itemKeys] },
    OR: [{ status: { in: [...OPEN_STATUSES] } }, { finishedAt: { gte: recentlyFinishedSince(now) } }],
  });
}

export async function setNextReviewDate(viewer: Viewer, date: Date): Promise<void> {
  await db().user.update({ where: ownAccount(viewer), data: { nextReviewOn: date } });
}
