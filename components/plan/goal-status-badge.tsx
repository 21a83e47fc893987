import { Badge, type BadgeTone } from '@/components/ui/badge';
import { GOAL_STATUS_LABELS } from '@/lib/domain/goals';
import type { GoalStatus } from '@/lib/domain/vocabulary';

const tones: Record<GoalStatus, BadgeTone> = {
  NOT_STARTED: 'neutral',
  IN_PROGRESS: 'accent',
  DONE: 'success',
  DROPPED: 'neutral',
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <Badge tone={tones[status]}>{GOAL_STATUS_LABELS[status]}</Badge>;
}
