import type { GoalStatus } from '@/lib/domain/vocabulary';
import type { AnswerState } from '@/lib/domain/assessment-readiness';
import type { ItemWithTargets } from '@/lib/domain/framework-view';

export type { AnswerState };

export type EditorItem = ItemWithTargets & {
  /** Empty on versions made before descriptors had a summary, signals and examples. */
  descriptors: { level: number; text: string; summary: string; signals: string[]; examples: string[] }[];
  reflectionPrompts: string[];
  /** The user's open goals on this item, carried over from earlier assessments. */
  openGoals?: OpenGoal[];
  /** What the previous submitted assessment rated this item, in words ("Level 3 · Developing"), if it had the item. */
  lastTime?: string;
  /** What the user logged for this item since their last submitted assessment, newest first. */
  loggedEvidence?: LoggedEntry[];
};

/** The id of an item's card on the form, which the navigator links to. */
export const itemAnchor = (key: string) => `item-${key}`;

/** An evidence-log entry as the editor offers it; `occurredOn` is YYYY-MM-DD. */
export type LoggedEntry = { id: string; occurredOn: string; text: string; url: string | null };

export type OpenGoal = { id: string; action: string; targetDate: Date; status: GoalStatus };

export type EditorSection = { key: string; title: string; items: EditorItem[] };
export type LevelName = { level: number; name: string };

/** What the person has chosen for an item, saved or not. */
export type AnswerDraft = Pick<AnswerState, 'level' | 'noOpportunity' | 'targetLevel' | 'confidence' | 'evidence'>;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'conflict' | 'refused';

export function toDraft(answer: AnswerState): AnswerDraft {
  return {
    level: answer.level,
    noOpportunity: answer.noOpportunity,
    targetLevel: answer.targetLevel,
    confidence: answer.confidence,
    evidence: answer.evidence,
  };
}
