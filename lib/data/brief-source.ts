import 'server-only';
import type { Viewer } from '@/lib/data/access';
import { getOthersForBrief, getOwnLog } from '@/lib/data/briefs';
import { getSummaryWithBriefChoices } from '@/lib/data/summaries';
import type { BriefChoices, BriefLogInput, BriefOthersInput } from '@/lib/domain/brief';
import type { SummarySource } from '@/lib/domain/summary';

export type BriefSource = { source: SummarySource; choices: BriefChoices; others: BriefOthersInput; log: BriefLogInput | null };

/**
 * What the brief page and every export are built from, for the subject: the
 * summary with the brief's choices, then others' ratings and the evidence log
 * only when the choices include them. The brief page asks for others' ratings
 * either way (`othersEvenIfLeftOut`), to offer them only when there are some.
 */
export async function getBriefSource(viewer: Viewer, assessmentId: string, { othersEvenIfLeftOut = false } = {}): Promise<BriefSource | null> {
  const found = await getSummaryWithBriefChoices(viewer, assessmentId);
  if (!found) return null;
  const { source, choices } = found;
  const [others, log] = await Promise.all([
    choices.includeOthers || othersEvenIfLeftOut ? getOthersForBrief(viewer, assessmentId) : null,
    choices.includeLog ? getOwnLog(viewer, { submittedAt: source.assessment.submittedAt, previous: source.previous }) : null,
  ]);
  return { source, choices, others, log };
}
