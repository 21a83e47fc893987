'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { validatedAction } from '@/lib/actions/validated-action';
import { addGoalNote, createGoal, deleteGoal, deleteItemGoals, setGoalStatus, setNextReviewDate, updateGoal, type GoalWriteOutcome } from '@/lib/data/goals';
import type { ActionFailure } from '@/lib/validation/action-result';
import {
  createGoalSchema,
  goalIdSchema,
  goalNoteSchema,
  goalStatusSchema,
  itemGoalsSchema,
  reviewDateSchema,
  updateGoalSchema,
} from '@/lib/validation/goal';

const GOAL_TEXT_FIELDS = ['action', 'successMeasure', 'targetDate'];
const NOT_FOUND = 'This goal or item does not exist.';
const GOAL_NOT_FOUND = 'This goal no longer exists: it may have been deleted in another tab.';
const UNKNOWN_RESOURCE = 'Choose resources from those listed for this item.';

/** Where a goal's form goes once the goal is written: to the goal on the plan, or back with why not. */
function afterGoalWrite(outcome: GoalWriteOutcome, notice: 'added' | 'updated'): ActionFailure {
  if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: NOT_FOUND };
  if (outcome.kind === 'unknown-resource') return { ok: false, reason: 'invalid', message: UNKNOWN_RESOURCE };
  revalidatePath('/plan');
  redirect(`/plan?notice=${notice}#goal-${outcome.goalId}`);
}

export const createGoalAction = validatedAction(createGoalSchema, async (input, viewer) => afterGoalWrite(await createGoal(viewer, input), 'added'), {
  echo: GOAL_TEXT_FIELDS,
});

export const updateGoalAction = validatedAction(updateGoalSchema, async (input, viewer) => afterGoalWrite(await updateGoal(viewer, input), 'updated'), {
  echo: GOAL_TEXT_FIELDS,
});

export const setGoalStatusAction = validatedAction(
  goalStatusSchema,
  async ({ goalId, status }, viewer) => {
    const outcome = await setGoalStatus(viewer, goalId, status);
    if (outcome.kind === 'not-found') return { ok: false, reason: 'not-found', message: GOAL_NOT_FOUND };
    revalidatePath('/plan');
    return { ok: true, message: outcome.kind === 'changed' ? 'Status updated.' : 'The goal already had this status.' };
  },
  { invalid: 'Choose a status from the list.' },
);

export const addGoalNoteAction = validatedAction(
  goalNoteSchema,
  async ({ goalId, text }, viewer) => {
    if (!(await addGoalNote(viewer, goalId, text))) return { ok: false, reason: 'not-found', message: GOAL_NOT_FOUND };
    revalidatePath('/plan');
    return { ok: true, message: 'Note added.' };
  },
  { echo: ['text'] },
);

export const deleteGoalAction = validatedAction(
  goalIdSchema,
  async ({ goalId }, viewer) => {
    if (!(await deleteGoal(viewer, goalId))) return { ok: false, reason: 'not-found', message: GOAL_NOT_FOUND };
    revalidatePath('/plan');
    return { ok: true, message: 'Goal deleted.' };
  },
  { invalid: GOAL_NOT_FOUND },
);

export const deleteItemGoalsAction = validatedAction(
  itemGoalsSchema,
  async ({ itemKey }, viewer) => {
    const count = await deleteItemGoals(viewer, itemKey);
    if (count === 0) return { ok: false, reason: 'not-found', message: 'There are no goals on this item to delete.' };
    revalidatePath('/plan');
    return { ok: true, message: `${count} goal${count === 1 ? '' : 's'} deleted.` };
  },
  { invalid: 'Choose an item from the framework.' },
);

export const setReviewDateAction = validatedAction(
  reviewDateSchema,
  async ({ nextReviewOn }, viewer) => {
    await setNextReviewDate(viewer, nextReviewOn);
    revalidatePath('/');
    return { ok: true, message: 'Review date saved.' };
  },
  { echo: ['nextReviewOn'] },
);
