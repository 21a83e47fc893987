'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { addGoalNote, createGoal, deleteGoal, deleteItemGoals, setGoalStatus, setNextReviewDate, updateGoal, type GoalWriteOutcome } from '@/lib/data/goals';
import { echo, invalid, type ActionResult } from '@/lib/validation/action-result';
import { formFields } from '@/lib/validation/form-data';
import {
  createGoalSchema,
  goalIdSchema,
  goalNoteSchema,
  goalStatusSchema,
  itemGoalsSchema,
  reviewDateSchema,
  updateGoalSchema,
} from '@/lib/validation/goal';
import { unlessUnavailable } from '@/lib/http/unavailable';

const GOAL_TEXT_FIELDS = ['action', 'successMeasure', 'targetDate'];
const NOT_FOUND = 'This goal or item does not exist.';
const UNKNOWN_RESOURCE = 'Choose resources from those listed for this item.';

function refused(outcome: Exclude<GoalWriteOutcome, { kind: 'saved' }>, form: FormData): ActionResult {
  return { ok: false, message: outcome.kind === 'not-found' ? NOT_FOUND : UNKNOWN_RESOURCE, values: echo(form, GOAL_TEXT_FIELDS) };
}

export async function createGoalAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('createGoalAction', async () => {
    const user = await requireUser();
    const parsed = createGoalSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error, undefined, echo(form, GOAL_TEXT_FIELDS));
    const outcome = await createGoal(user, parsed.data);
    if (outcome.kind !== 'saved') return refused(outcome, form);
    revalidatePath('/plan');
    redirect(`/plan?notice=added#goal-${outcome.goalId}`);
  });
}

export async function updateGoalAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('updateGoalAction', async () => {
    const user = await requireUser();
    const parsed = updateGoalSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error, undefined, echo(form, GOAL_TEXT_FIELDS));
    const outcome = await updateGoal(user, parsed.data);
    if (outcome.kind !== 'saved') return refused(outcome, form);
    revalidatePath('/plan');
    redirect(`/plan?notice=updated#goal-${outcome.goalId}`);
  });
}

export async function setGoalStatusAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = goalStatusSchema.safeParse(formFields(form));
  if (!parsed.success) return;
  await setGoalStatus(user, parsed.data.goalId, parsed.data.status);
  revalidatePath('/plan');
}

export async function addGoalNoteAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('addGoalNoteAction', async () => {
    const user = await requireUser();
    const parsed = goalNoteSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error, undefined, echo(form, ['text']));
    if (!(await addGoalNote(user, parsed.data.goalId, parsed.data.text))) return { ok: false, message: NOT_FOUND };
    revalidatePath('/plan');
    return { ok: true, message: 'Note added.' };
  });
}

export async function deleteGoalAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = goalIdSchema.safeParse(formFields(form));
  if (!parsed.success) return;
  await deleteGoal(user, parsed.data.goalId);
  revalidatePath('/plan');
}

export async function deleteItemGoalsAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = itemGoalsSchema.safeParse(formFields(form));
  if (!parsed.success) return;
  await deleteItemGoals(user, parsed.data.itemKey);
  revalidatePath('/plan');
}

export async function setReviewDateAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return unlessUnavailable('setReviewDateAction', async () => {
    const user = await requireUser();
    const parsed = reviewDateSchema.safeParse(formFields(form));
    if (!parsed.success) return invalid(parsed.error, undefined, echo(form, ['nextReviewOn']));
    await setNextReviewDate(user, parsed.data.nextReviewOn);
    revalidatePath('/');
    return { ok: true, message: 'Review date saved.' };
  });
}
