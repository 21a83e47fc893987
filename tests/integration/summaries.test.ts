import { describe, expect, test } from 'vitest';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getAssessedItems, getSummarySource } from '@/lib/data/summaries';
import { buildSummary } from '@/lib/domain/summary';
import { csvCell, summaryToCsv } from '@/lib/export/csv';
import { summaryFilename } from '@/lib/export/filename';
import { summaryExportSchema, summaryToJson } from '@/lib/export/json';
import { summaryToMarkdown } from '@/lib/export/markdown';
import { answerSchema } from '@/lib/validation/assessment';
import { seedUser } from '../support/users';

type User = Awaited<ReturnType<typeof seedUser>>;

async function assessmentWith(user: User, levels: (number | null)[], evidence: Record<number, string> = {}) {
  const started = (await startAssessment(user, 'blank'))!;
  const assessment = (await getAssessment(user, started.assessmentId))!;
  const items = assessment.frameworkVersion.sections.flatMap((section) => section.items);
  for (const [index, item] of items.entries()) {
    const level = levels[index] ?? null;
    await saveAnswer(
      user,
      answerSchema.parse({
        assessmentId: started.assessmentId,
        itemId: item.id,
        baseRevision: 0,
        level: level === 0 ? null : level,
        noOpportunity: level === 0,
        targetLevel: 4,
        confidence: index === 2 ? 'LOW' : 'HIGH',
        evidence: evidence[index] ?? '',
      }),
    );
  }
  return { id: started.assessmentId, items };
}

describe('development summary', () => {
  test('is built from the stored assessment, with the previous submitted one for comparison', async () => {
    const user = await seedUser('Ada Lovelace');
    const first = await assessmentWith(user, [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    await submitAssessment(user, first.id, []);
    const second = await assessmentWith(user, [3, 4, 1, 2, 5, 3, 0, null, 2, 3, 4], { 0: 'Ran calibration' });
    expect(await submitAssessment(user, second.id, ['ai-ethics-position'])).toMatchObject({ kind: 'submitted' });

    const summary = buildSummary((await getSummarySource(user, second.id))!);
    expect(summary.previousSubmittedAt).toBeInstanceOf(Date);
    expect(summary.items.map((item) => item.previousLevel)).toEqual(Array(11).fill(2));
    expect(summary.readiness).toMatchObject({ rated: 9, noOpportunity: 1, unrated: 1, total: 11, state: 'not-yet-ready', mustHaveShort: ['Executive Stakeholder Relationships'] });
    // Must-haves first (Executive Stakeholder Relationships two levels short, Managing Managers one), then the largest gap.
    expect(summary.priorities.map((priority) => [priority.key, priority.action])).toEqual([
      ['executive-stakeholders', 'develop'],
      ['managing-managers', 'develop'],
      ['engineering-culture', 'calibrate'],
    ]);
    expect(summary.opportunities.map((opportunity) => opportunity.key)).toEqual(['ai-productivity-evidence']);
    expect(summary.measure).toMatch(/“ready to step up” targets of framework version 1/);
    expect(summary.priorities[0]!.resources.length).toBeGreaterThan(0);
    expect(summaryFilename(summary, 'pdf')).toMatch(/^headway-summary-ada-lovelace-\d{4}-\d{2}-\d{2}-submitted-[a-z0-9]{8}\.pdf$/);
  });

  test('compares with the owner’s own last submitted assessment before it, never a later one or someone else’s', async () => {
    const [ada, bea] = [await seedUser(), await seedUser()];
    const all = (level: number) => Array.from({ length: 11 }, () => level);
    const beas = await assessmentWith(bea, all(5));
    await submitAssessment(bea, beas.id, []);
    const first = await assessmentWith(ada, all(1));
    await submitAssessment(ada, first.id, []);
    expect(buildSummary((await getSummarySource(ada, first.id))!).previousSubmittedAt).toBeNull();

    const second = await assessmentWith(ada, all(2));
    await submitAssessment(ada, second.id, []);
    const third = await assessmentWith(ada, all(3));
    // A draft compares with the last submitted one; the second compares with the first, not the later draft.
    expect(buildSummary((await getSummarySource(ada, third.id))!).items.map((item) => item.previousLevel)).toEqual(all(2));
    expect(buildSummary((await getSummarySource(ada, second.id))!).items.map((item) => item.previousLevel)).toEqual(all(1));
  });

  test('is not available to another user', async () => {
    const owner = await seedUser();
    const other = await seedUser();
    const { id } = await assessmentWith(owner, [3]);
    expect(await getSummarySource(other, id)).toBeNull();
    expect(await getAssessedItems(other, id)).toBeNull();
  });

  test('for comparing, one assessment carries its own answers on every item, in framework order', async () => {
    const user = await seedUser();
    const { id, items } = await assessmentWith(user, [3, 0, 5], { 0: 'Ran calibration' });
    const assessed = (await getAssessedItems(user, id))!;
    expect(assessed.assessment).toMatchObject({ id, status: 'DRAFT', submittedAt: null });
    expect(assessed.items.map((item) => item.key)).toEqual(items.map((item) => item.key));
    expect(assessed.items.slice(0, 4).map((item) => item.answer && { level: item.answer.level, noOpportunity: item.answer.noOpportunity })).toEqual([
      { level: 3, noOpportunity: false },
      { level: null, noOpportunity: true },
      { level: 5, noOpportunity: false },
      { level: null, noOpportunity: false },
    ]);
    expect(assessed.items[0]!.answer?.evidence).toBe('Ran calibration');
    expect(await getAssessedItems(user, 'no-such-assessment')).toBeNull();
  });

  test('of an assessment with no ratings says so, rather than failing', async () => {
    const user = await seedUser();
    const { id } = await assessmentWith(user, []);
    const summary = buildSummary((await getSummarySource(user, id))!);
    expect(summary.readiness.percent).toBeNull();
    expect(summary.priorities).toEqual([]);
    expect(summaryToMarkdown(summary)).toContain('Nothing is rated yet');
    expect(summaryToCsv(summary).trim().split('\r\n')).toHaveLength(12);
  });
});

describe('exports', () => {
  test('CSV has one row per item and never lets a spreadsheet run a formula', async () => {
    const user = await seedUser();
    const { id } = await assessmentWith(user, [3, 2], { 0: '=HYPERLINK("http://evil.example","click")', 1: '+1 "quoted", and more\nsecond line' });
    const csv = summaryToCsv(buildSummary((await getSummarySource(user, id))!));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"Section","Code","Item","Level","Level name","State","Target","Step-up level","Target below step-up level","Gap","Confidence","Evidence","Measured against","How readiness is measured","Goals"',
    );
    expect(lines[1]).toContain('"“ready to step up”","Each rated item counts 0% at level 1');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'+1 ""quoted"", and more\nsecond line"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  test.each([
    ['=SUM(A1:A2)', `"'=SUM(A1:A2)"`],
    ['+cmd', `"'+cmd"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['\tTab', `"'\tTab"`],
    ['\rReturn', `"'\rReturn"`],
    [' =1+1', `"' =1+1"`],
    ['  \t@SUM(1)', `"'  \t@SUM(1)"`],
    ['\n=cmd', `"'\n=cmd"`],
    ['\u00a0+cmd', `"'\u00a0+cmd"`],
    ['\u3000-2', `"'\u3000-2"`],
    ['＝SUM(A1:A2)', `"'＝SUM(A1:A2)"`],
    ['＋cmd', `"'＋cmd"`],
    ['－2', `"'－2"`],
    ['＠SUM(1)', `"'＠SUM(1)"`],
    ['  leading spaces, then words', '"  leading spaces, then words"'],
    ['a = b', '"a = b"'],
    ['plain text', '"plain text"'],
    [3, '"3"'],
    [null, '""'],
  ])('escapes the cell %j as %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('JSON validates against the export schema and names the framework version', async () => {
    const user = await seedUser();
    const { id } = await assessmentWith(user, [3, 0]);
    const json = summaryToJson(buildSummary((await getSummarySource(user, id))!));
    const parsed = summaryExportSchema.parse(JSON.parse(JSON.stringify(json)));
    expect(parsed.assessment.frameworkVersion).toBe(1);
    expect(parsed.items).toHaveLength(11);
    expect(parsed.items[1]).toMatchObject({ level: null, noOpportunity: true });
  });

  test('Markdown marks a draft and escapes evidence so it cannot become HTML or a link', async () => {
    const user = await seedUser();
    const { id } = await assessmentWith(user, [3], { 0: '<script>alert(1)</script> [link](http://evil.example)' });
    const markdown = summaryToMarkdown(buildSummary((await getSummarySource(user, id))!));
    expect(markdown).toMatch(/^# Development summary \(DRAFT\)/);
    expect(markdown).toContain('> \\<script>alert(1)\\</script> \\[link\\](http://evil.example)');
  });
});
