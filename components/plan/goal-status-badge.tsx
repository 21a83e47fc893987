import { GOAL_STATUS_LABELS } from '@/lib/domain/goals';
import type { GoalStatus } from '@/lib/validation/goal';

const tones: Record<GoalStatus, string> = {
  NOT_STARTED: 'border-line text-ink',
  IN_PROGRESS: 'border-accent text-accent',
  DONE: 'border-success text-success',
  DROPPED: 'border-line text-ink-muted line-through decoration-1',
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium ${tones[status]}`}>
      {GOAL_STATUS_LABELS[status]}
    </span>
  );
}
