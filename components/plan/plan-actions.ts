import type { FormAction } from '@/components/ui/action-form';

/** The plan's server actions, handed down by the page so the components stay free of server imports. */
export type PlanActions = {
  setStatus: FormAction;
  addNote: FormAction;
  deleteGoal: FormAction;
  deleteItemGoals: FormAction;
};
