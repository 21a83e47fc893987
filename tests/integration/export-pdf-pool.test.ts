import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { createGoal, updateGoal } from '@/lib/data/goals';
import { getSummarySource } from '@/lib/data/summaries';
import { buildSummary, type DevelopmentSummary } from '@/lib/domain/summary';
import { pdfCacheKey, renderSummaryPdfOffThread } from '@/lib/export/pdf-pool';
import { answerSchema } from '@/lib/validation/assessment';
import { createGoalSchema, updateGoalSchema } from '@/lib/validation/goal';
import { cpuPoolCompletedTasks } from '@/lib/workers/cpu-pool';
import { pdfReaderForFile, pdfTextOf } from '../support/pdf-reader';
import { seedUser } from '../support/users';

// The export route's PDF path: drawn on a worker thread of the CPU pool (whose
// count of finished tasks only a worker thread can raise), cached for a
// submitted assessment until what it shows changes, read back with pdftotext.
type User = Awaited<ReturnType<typeof seedUser>>;

const reader = pdfReaderForFile();
const pdfText = (pdf: Uint8Array) => pdfTextOf(reader, pdf);

async function assessment(user: User, submit: boolean): Promise<string> {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const stored = (await getAssessment(user, assessmentId))!;
  const items = stored.frameworkVersion.sections.flatMap((section) => section.items);
  for (const item of items) {
    await saveAnswer(
      user,
      answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: 2, noOpportunity: false, targetLevel: 4, confidence: 'HIGH', evidence: 'Ran the quarterly review' }),
    );
  }
  if (submit) await submitAssessment(user, assessmentId, items.map((item) => item.key));
  return assessmentId;
}

const summaryOf = async (user: User, id: string): Promise<DevelopmentSummary> => buildSummary((await getSummarySource(user, id))!);

/** Renders through the pool and says how many tasks the pool's threads ran for it. */
async function renderCounted(summary: DevelopmentSummary): Promise<{ pdf: Uint8Array; rendered: number }> {
  const before = cpuPoolCompletedTasks();
  const pdf = await renderSummaryPdfOffThread(summary);
  return { pdf, rendered: cpuPoolCompletedTasks() - before };
}

const goal = (fields: Record<string, unknown>) => ({
  action: 'Run the platform strategy offsite with the principal engineers',
  successMeasure: 'The leadership team adopts the strategy',
  targetDate: '2027-03-31',
  resourceKeys: [],
  customTitle: [''],
  customUrl: [''],
  ...fields,
});

/** A thread's nice value, from its /proc stat line (field 19; the name in parentheses may hold spaces). */
const niceOf = (statPath: string) => Number(readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ')[16]);

describe('the PDF export on the CPU pool', () => {
  test('runs at the lowest CPU priority, while the thread that called it keeps its own', async () => {
    const user = await seedUser('Katherine Johnson');
    await renderCounted(await summaryOf(user, await assessment(user, false)));
    // A thread may end between the listing and the reading: it is then not one of the pool's, which stay.
    const threads = readdirSync('/proc/self/task').flatMap((id) => {
      try {
        return [niceOf(`/proc/self/task/${id}/stat`)];
      } catch {
        return [];
      }
    });
    expect(threads).toContain(19);
    expect(niceOf(`/proc/${readlinkSync('/proc/thread-self')}/stat`)).not.toBe(19);
  });

  test('is drawn on a worker thread and reads back as the summary', async () => {
    const user = await seedUser('Grace Hopper');
    const id = await assessment(user, true);
    const { pdf, rendered } = await renderCounted(await summaryOf(user, id));
    expect(rendered).toBe(1);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    expect(text).toContain('Development summary');
    expect(text).toContain('Grace Hopper');
  });

  test('serves a submitted assessment’s PDF again without drawing it again, and draws anew when a goal changes', async () => {
    const user = await seedUser('Katherine Johnson');
    const id = await assessment(user, true);
    const created = await createGoal(user, createGoalSchema.parse(goal({ itemKey: 'managing-managers' })));
    if (created.kind !== 'saved') throw new Error(created.kind);

    const first = await renderCounted(await summaryOf(user, id));
    expect(first.rendered).toBe(1);
    expect(await pdfText(first.pdf)).toContain('Run the platform strategy offsite with the principal engineers');

    // Loaded from the database again, as a second download does: the same content, so the same PDF, not drawn again.
    const second = await renderCounted(await summaryOf(user, id));
    expect(second.rendered).toBe(0);
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);

    const updated = await updateGoal(user, updateGoalSchema.parse(goal({ goalId: created.goalId, action: 'Publish the two-year platform strategy to every team' })));
    expect(updated.kind).toBe('saved');
    const third = await renderCounted(await summaryOf(user, id));
    expect(third.rendered).toBe(1);
    const text = await pdfText(third.pdf);
    expect(text).toContain('Publish the two-year platform strategy to every team');
    expect(text).not.toContain('Run the platform strategy offsite');
  });

  test('draws a draft every time: it changes with every autosave', async () => {
    const user = await seedUser();
    const id = await assessment(user, false);
    const summary = await summaryOf(user, id);
    expect(pdfCacheKey(summary, new Date())).toBeNull();
    expect((await renderCounted(summary)).rendered).toBe(1);
    expect((await renderCounted(await summaryOf(user, id))).rendered).toBe(1);
  });

  test('keys the cache by what is shown, including a goal falling overdue with the date alone', async () => {
    const user = await seedUser();
    const id = await assessment(user, true);
    const created = await createGoal(user, createGoalSchema.parse(goal({ itemKey: 'managing-managers', targetDate: '2027-03-31' })));
    if (created.kind !== 'saved') throw new Error(created.kind);
    const summary = await summaryOf(user, id);
    const due = new Date('2027-03-30T12:00:00Z');
    expect(pdfCacheKey(summary, due)).toBe(pdfCacheKey(await summaryOf(user, id), due));
    expect(pdfCacheKey(summary, new Date('2027-04-02T12:00:00Z'))).not.toBe(pdfCacheKey(summary, due));
    // Another user's identical-looking assessment never shares a key: the owner and ids are part of what is shown.
    const other = await seedUser();
    expect(pdfCacheKey(await summaryOf(other, await assessment(other, true)), due)).not.toBe(pdfCacheKey(summary, due));
  });
});
