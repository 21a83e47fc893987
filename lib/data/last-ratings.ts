import 'server-only';
import type { Viewer } from '@/lib/data/access';
import { getFrameworkVersionContent } from '@/lib/data/framework-version-content';
import { findPreviousSubmitted } from '@/lib/data/summaries';
import type { LastRatings } from '@/lib/domain/last-ratings';

/**
 * What the viewer rated each item in their last assessment submitted before
 * this one, by item key (it may be on another framework version), with the
 * level's name as that version called it. Null when there is none. Only the
 * viewer's own assessments and self-ratings are read.
 */
export async function getLastRatings(viewer: Viewer, assessmentId: string, now = new Date()): Promise<LastRatings | null> {
  const previous = await findPreviousSubmitted(viewer, assessmentId, now);
  const content = previous && (await getFrameworkVersionContent(previous.frameworkVersionId));
  if (!previous || !content) return null;
  const keys = new Map(content.sections.flatMap((section) => section.items.map((item) => [item.id, item.key] as const)));
  const names = new Map(content.levels.map((entry) => [entry.level, entry.name]));
  const byItemKey: LastRatings['byItemKey'] = {};
  for (const answer of previous.answers) {
    const key = keys.get(answer.itemId);
    if (!key) continue;
    byItemKey[key] = {
      level: answer.noOpportunity ? null : answer.level,
      levelName: answer.level === null || answer.noOpportunity ? null : (names.get(answer.level) ?? null),
      noOpportunity: answer.noOpportunity,
    };
  }
  return { submittedAt: previous.submittedAt, byItemKey };
}
