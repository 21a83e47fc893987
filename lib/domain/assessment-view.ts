import type { AnswerState } from '@/lib/domain/assessment-readiness';
import type { ItemWithTargets } from '@/lib/domain/framework-view';
import type { TargetMeasure } from '@/lib/domain/targets';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';

// One assessment with the framework version it is pinned to, as its pages
// show it. lib/data returns it; components take it as props.

export type AssessmentItemView = ItemWithTargets & {
  mustHave: boolean;
  reflectionPrompts: string[];
  /** Summary, signals and examples are empty on versions made before descriptors had them. */
  descriptors: { level: number; text: string; summary: string; signals: string[]; examples: string[] }[];
};

export type AssessmentDetail = {
  id: string;
  status: AssessmentStatus;
  createdAt: Date;
  submittedAt: Date | null;
  /** Null for assessments made before the framework had two targets. */
  measure: TargetMeasure | null;
  answers: AnswerState[];
  frameworkVersion: {
    number: number;
    levels: { level: number; name: string }[];
    sections: { key: string; title: string; weight: number; items: AssessmentItemView[] }[];
  };
};
