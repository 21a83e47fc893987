// Confidence levels, goal statuses and resource kinds are declared once, as
// the database schema's enums; everything else (validation, exports, labels)
// derives from them here. Labels read the same on every page and in every
// export.
import { Confidence, GoalStatus, ResourceKind } from '@/lib/generated/prisma/enums';

export { Confidence, GoalStatus, ResourceKind };

export const CONFIDENCE_LABELS: Record<Confidence, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

/** As a resource is named in running text: "Staff Engineer (book)". */
export const RESOURCE_KIND_NAMES: Record<ResourceKind, string> = { BOOK: 'book', PROGRAMME: 'programme' };

export const GOAL_STATUSES = Object.values(GoalStatus);

/** A goal still being worked on: what the plan counts as open and the home page as due. */
export const OPEN_STATUSES: readonly GoalStatus[] = [GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS];
