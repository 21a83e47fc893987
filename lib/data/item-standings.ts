import 'server-only';
import { ownAssessment, ownAssessments, selfAnswersOf, type Viewer } from '@/lib/data/access';
import { db } from '@/lib/db/db';
import { getFrameworkVersionContent, type VersionContent } from '@/lib/data/framework-version-content';
import type { GoalGuide, ItemStanding } from '@/lib/domain/item-standing';
import { frameworkTarget, type TargetMeasure } from '@/lib/domain/targets';

type Answer = { itemId: string; level: number | null; noOpportunity: boolean; targetLevel: number; evidence: string };
type Rated = { id: string; measure: TargetMeasure | null; frameworkVersionId: string; submittedAt: Date | null; createdAt: Date; answers: Answer[] };

const ratedSelect = (viewer: Viewer) => ({
  id: true,
  measure: true,
  frameworkVersionId: true,
  submittedAt: true,
  createdAt: true,
  answers: { where: selfAnswersOf(viewer.id), select: { itemId: true, level: true, noOpportunity: true, targetLevel: true, evidence: true } },
});

function findLatestSubmitted(viewer: Viewer): Promise<Rated | null> {
  return db().assessment.findFirst({
    where: { ...ownAssessments(viewer), status: 'SUBMITTED' },
    orderBy: { submittedAt: 'desc' },
    select: ratedSelect(viewer),
  });
}

type VersionItem = VersionContent['sections'][number]['items'][number];

/** Each item of the assessment's version with the person's answer on it; an item left unrated has its framework target. */
function standingsOf(assessment: Rated, content: VersionContent): Map<string, ItemStanding & { item: VersionItem; evidence: string }> {
  const answers = new Map(assessment.answers.map((answer) => [answer.itemId, answer]));
  const names = new Map(content.levels.map((level) => [level.level, level.name]));
  return new Map(
    content.sections.flatMap((section) =>
      section.items.map((item) => {
        const answer = answers.get(item.id);
        const level = answer && !answer.noOpportunity ? answer.level : null;
        const targetLevel = answer?.targetLevel ?? frameworkTarget({ stepUpLevel: item.stepUpLevel, inRoleLevel: item.expectedLevel }, assessment.measure);
        const standing = { level, noOpportunity: answer?.noOpportunity ?? false, targetLevel, levelName: level === null ? null : (names.get(level) ?? null) };
        return [item.key, { ...standing, item, evidence: answer?.evidence ?? '' }] as const;
      }),
    ),
  );
}

/** Where the viewer stands on each item (by key), from their latest submitted assessment; empty before the first. */
export async function listItemStandings(viewer: Viewer): Promise<Map<string, ItemStanding>> {
  const latest = await findLatestSubmitted(viewer);
  const content = latest && (await getFrameworkVersionContent(latest.frameworkVersionId));
  if (!latest || !content) return new Map();
  return new Map([...standingsOf(latest, content)].map(([key, { item: _item, evidence: _evidence, ...standing }]) => [key, standing]));
}

/**
 * The guide for a goal on `itemKey`, from the viewer's assessment `fromId`
 * (the gap view the goal was started from) or else their latest submitted
 * one, on the framework version that assessment is pinned to. Null when
 * there is no such assessment of theirs or the item is not on its version.
 */
export async function getGoalGuide(viewer: Viewer, itemKey: string, fromId?: string): Promise<GoalGuide | null> {
  const assessment = fromId
    ? await db().assessment.findFirst({ where: ownAssessment(viewer, fromId), select: ratedSelect(viewer) })
    : await findLatestSubmitted(viewer);
  const content = assessment && (await getFrameworkVersionContent(assessment.frameworkVersionId));
  const standing = assessment && content ? standingsOf(assessment, content).get(itemKey) : undefined;
  if (!assessment || !content || !standing) return null;
  const top = content.levels.at(-1)?.level ?? standing.targetLevel;
  const nextLevel = Math.min((standing.level ?? 0) + 1, top);
  // The framework's text, not the person's: the descriptor of the level above where they stand.
  const next =
    standing.level !== null && standing.level >= top
      ? null
      : await db().levelDescriptor.findFirst({ where: { itemId: standing.item.id, level: nextLevel }, select: { level: true, summary: true, text: true, signals: true } });
  const { item, ...rest } = standing;
  return {
    ...rest,
    assessedOn: assessment.submittedAt ?? assessment.createdAt,
    draft: assessment.submittedAt === null,
    next: next ? { ...next, name: content.levels.find((level) => level.level === next.level)?.name ?? null } : null,
    stretch: item.opportunityStretch,
  };
}
