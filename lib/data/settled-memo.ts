import 'server-only';
import type { AssessmentStatus } from '@/lib/generated/prisma/client';

/** What a caller has already read of an assessment's row, through the access layer: enough to name what was derived from it. */
export type AssessmentStamp = { id: string; status: AssessmentStatus; submittedAt: Date | null; updatedAt: Date };

// A submitted assessment's ratings never change again, so what is derived from
// them changes only with its measure, which moves its targets and its row's
// updatedAt: it is kept per process under the id and that time (the oldest
// forgotten past the limit), and only a draft's is read on every request.
// Only once it has been submitted for a minute, though: a save already on its
// way when it was submitted may still land, and no statement outlives its
// 20 s timeout.
const KEPT_LIMIT = 20_000;
const SETTLED_AFTER_MS = 60_000;

const isSettled = ({ status, submittedAt }: AssessmentStamp, now: number) =>
  status === 'SUBMITTED' && submittedAt !== null && now - submittedAt.getTime() > SETTLED_AFTER_MS;

// One map per memo, held on globalThis so that every copy of this module in
// one process (pages and route handlers are bundled apart) shares it.
const memos = ((globalThis as { __headwaySettledMemos?: Map<string, Map<string, unknown>> }).__headwaySettledMemos ??= new Map<string, Map<string, unknown>>());

/**
 * Values derived from assessments' own ratings, kept for settled assessments
 * under `name`. A key names the viewer as well as the assessment and the
 * moment: what `load` found for one viewer is never served to another,
 * whatever stamps they pass.
 */
export function settledMemo<T>(name: string) {
  if (!memos.has(name)) memos.set(name, new Map<string, T>());
  const kept = memos.get(name) as Map<string, T>;
  return async function read(
    viewer: { id: string },
    assessments: readonly AssessmentStamp[],
    load: (missing: readonly AssessmentStamp[]) => Promise<Map<string, T>>,
    now = Date.now(),
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    // The row is read before what is derived from it, so a value kept under a key is never older than the row that named it.
    const keyOf = new Map(assessments.map(({ id, updatedAt }) => [id, `${viewer.id}:${id}@${updatedAt.getTime()}`]));
    for (const { id } of assessments) {
      const value = kept.get(keyOf.get(id)!);
      if (value !== undefined) found.set(id, value);
    }
    const missing = assessments.filter(({ id }) => !found.has(id));
    if (missing.length === 0) return found;
    const loaded = await load(missing);
    for (const assessment of missing) {
      const value = loaded.get(assessment.id);
      if (value === undefined) continue;
      found.set(assessment.id, value);
      if (!isSettled(assessment, now)) continue;
      kept.set(keyOf.get(assessment.id)!, value);
      if (kept.size > KEPT_LIMIT) kept.delete(kept.keys().next().value!);
    }
    return found;
  };
}
