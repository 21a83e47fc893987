import type { ActionResult } from '@/lib/validation/action-result';

/** The plan's server actions, handed down by the page so the components stay free of server imports. */
export type PlanActions = {
  setStatus: (form: FormData) => Promise<void>;
  addNote: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  deleteGoal: (form: FormData) => Promise<void>;
  deleteItemGoals: (form: FormData) => Promise<void>;
};
