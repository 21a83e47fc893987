import { z } from 'zod';
import { Confidence, GoalStatus } from '@/lib/domain/vocabulary';
import { READINESS_MEASURE, readinessHeadline } from '@/lib/domain/readiness';
import { isInScale } from '@/lib/domain/rating-scale';
import { PEER_THRESHOLD } from '@/lib/domain/others-view';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import type { OthersView } from '@/lib/domain/others-export';

// A level's bounds are the export's own `assessment.scale`, checked below.
const level = z.number().int().positive();

export const summaryExportSchema = z
  .object({
    format: z.literal('headway-development-summary/1'),
    exportedAt: z.iso.datetime(),
    owner: z.object({ name: z.string().nullable(), email: z.email() }).strict(),
    assessment: z
      .object({
        id: z.string(),
        status: z.enum(['DRAFT', 'SUBMITTED']),
        createdAt: z.iso.datetime(),
        submittedAt: z.iso.datetime().nullable(),
        frameworkVersion: z.number().int().min(1),
        // Null for assessments made before the framework had two targets.
        measure: z.enum(['STEP_UP', 'IN_ROLE']).nullable(),
        // The rating scale of the framework version the assessment was made on.
        scale: z.object({ min: level, max: level }).strict(),
      })
      .strict(),
    readiness: z
      .object({
        percent: z.number().min(0).max(100).nullable(),
        state: z.enum(['unrated', 'low-coverage', 'not-yet-ready', 'figure']),
        headline: z.string(),
        measure: z.string(),
        targets: z.string(),
        rated: z.number().int(),
        noOpportunity: z.number().int(),
        unrated: z.number().int(),
        total: z.number().int(),
        unsupported: z.number().int(),
        targetsBelowStepUp: z.number().int(),
        mustHaveShort: z.array(z.string()),
      })
      .strict(),
    sections: z.array(z.object({ key: z.string(), title: z.string(), weight: z.number().int(), readinessPercent: z.number().nullable() }).strict()),
    reading: z.string(),
    priorities: z.array(
      z
        .object({
          itemKey: z.string(),
          title: z.string(),
          gap: z.number().int().min(1),
          mustHave: z.boolean(),
          action: z.enum(['develop', 'calibrate', 'in-plan']),
          // Kept on top by the person assessed, whatever the rule would say.
          pinned: z.boolean(),
          resources: z.array(z.string()),
        })
        .strict(),
    ),
    // Below target, but set aside from the priorities by the person assessed.
    dismissed: z.array(z.object({ itemKey: z.string(), title: z.string(), gap: z.number().int().min(1) }).strict()),
    opportunities: z.array(z.object({ itemKey: z.string(), title: z.string(), mustHave: z.boolean(), stretch: z.string(), question: z.string() }).strict()),
    items: z.array(
      z
        .object({
          key: z.string(),
          section: z.string(),
          title: z.string(),
          level: level.nullable(),
          levelName: z.string().nullable(),
          noOpportunity: z.boolean(),
          targetLevel: level,
          confidence: z.enum(Confidence).nullable(),
          evidence: z.string(),
        })
        .strict(),
    ),
    goals: z.array(
      z
        .object({
          id: z.string(),
          itemKey: z.string(),
          itemTitle: z.string(),
          action: z.string(),
          successMeasure: z.string(),
          targetDate: z.iso.date(),
          status: z.enum(GoalStatus),
          finishedAt: z.iso.datetime().nullable(),
          resources: z.array(z.object({ title: z.string(), url: z.string().nullable(), fromFramework: z.boolean() }).strict()),
          notes: z.array(z.object({ createdAt: z.iso.datetime(), text: z.string() }).strict()),
        })
        .strict(),
    ),
    // Present only when the person assessed chose to include others' view, and
    // only from raters who submitted on a submitted assessment.
    othersView: z
      .object({
        // Peers are counted only at or above the threshold that keeps them anonymous.
        raters: z.object({ managers: z.number().int().min(0), mentors: z.number().int().min(0), peers: z.number().int().min(PEER_THRESHOLD).nullable() }).strict(),
        items: z.array(
          z
            .object({
              itemKey: z.string(),
              self: level.nullable(),
              named: z.array(z.object({ role: z.enum(['MANAGER', 'MENTOR']), level: level.nullable() }).strict()),
              peers: z.object({ median: z.number(), min: level, max: level, count: z.number().int().min(PEER_THRESHOLD) }).strict().nullable(),
              others: z.number().nullable(),
              difference: z.number().nullable(),
              talkAboutThis: z.boolean(),
              kind: z.enum(['blind spot', 'hidden strength', 'aligned', 'not comparable']),
            })
            .strict(),
        ),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((summary, ctx) => {
    const { scale } = summary.assessment;
    summary.items.forEach((item, index) => {
      for (const field of ['level', 'targetLevel'] as const) {
        const value = item[field];
        if (value !== null && !isInScale(scale, value)) {
          ctx.addIssue({ code: 'custom', path: ['items', index, field], message: `Level ${value} is not on the scale ${scale.min} to ${scale.max}` });
        }
      }
    });
  });

export type SummaryExport = z.infer<typeof summaryExportSchema>;

export function summaryToJson(summary: DevelopmentSummary, exportedAt = new Date(), othersView: OthersView | null = null): SummaryExport {
  const { assessment } = summary;
  return {
    format: 'headway-development-summary/1',
    exportedAt: exportedAt.toISOString(),
    owner: summary.owner,
    assessment: {
      id: assessment.id,
      status: assessment.status,
      createdAt: assessment.createdAt.toISOString(),
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
      frameworkVersion: assessment.frameworkVersion,
      measure: assessment.measure,
      scale: summary.scale,
    },
    readiness: {
      ...summary.readiness,
      headline: readinessHeadline(summary.readiness),
      measure: READINESS_MEASURE,
      targets: summary.measure,
    },
    sections: summary.sections.map((section) => ({ key: section.key, title: section.title, weight: section.weight, readinessPercent: section.readiness.percent })),
    reading: summary.reading,
    priorities: summary.priorities.map((priority) => ({
      itemKey: priority.key,
      title: priority.title,
      gap: priority.gap,
      mustHave: priority.mustHave,
      action: priority.action,
      pinned: priority.pinned,
      resources: priority.resources.map((resource) => resource.title),
    })),
    dismissed: summary.dismissed.map((priority) => ({ itemKey: priority.key, title: priority.title, gap: priority.gap })),
    opportunities: summary.opportunities.map(({ key, ...opportunity }) => ({ itemKey: key, ...opportunity })),
    items: summary.items.map((item) => ({
      key: item.key,
      section: item.sectionTitle,
      title: item.title,
      level: item.level,
      levelName: item.levelName,
      noOpportunity: item.noOpportunity,
      targetLevel: item.targetLevel,
      confidence: item.confidence,
      evidence: item.evidence,
    })),
    goals: summary.goals.map((goal) => ({
      id: goal.id,
      itemKey: goal.itemKey,
      itemTitle: goal.itemTitle,
      action: goal.action,
      successMeasure: goal.successMeasure,
      targetDate: goal.targetDate.toISOString().slice(0, 10),
      status: goal.status,
      finishedAt: goal.finishedAt?.toISOString() ?? null,
      resources: goal.resources.map((resource) => ({ title: resource.title, url: resource.url, fromFramework: resource.resourceKey !== null })),
      notes: goal.notes.map((note) => ({ createdAt: note.createdAt.toISOString(), text: note.text })),
    })),
    ...(othersView
      ? {
          othersView: {
            raters: othersView.raters,
            items: othersView.items.map(({ title: _title, ...item }) => item),
          },
        }
      : {}),
  };
}
