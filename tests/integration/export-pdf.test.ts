import { beforeAll, describe, expect, test } from 'vitest';
import { frameworkContent } from '@/lib/content/framework-content';
import type { Confidence } from '@/lib/domain/gaps';
import { buildSummary, type DevelopmentSummary, type SummarySource, type SummarySourceItem } from '@/lib/domain/summary';
import { renderSummaryPdf } from '@/lib/export/pdf';
import { sourceItemOf } from '@/lib/content/sample-assessment';
import { pdfReaderForFile } from '../support/pdf-reader';

const reader = pdfReaderForFile();

type Answer = NonNullable<SummarySourceItem['answer']>;

function answer(level: number | null, confidence: Confidence | null, evidence: string, fields: Partial<Answer> = {}): Answer {
  return { level, noOpportunity: false, targetLevel: 4, confidence, evidence, ...fields };
}

const LONG_EVIDENCE_FIRST = 'Decision record 1: we moved billing onto the shared event bus after comparing three options with the architects.';
const LONG_EVIDENCE_LAST = 'Decision record 30: we closed the year by reviewing every earlier decision against what the teams can now ship.';
const longEvidence = Array.from({ length: 30 }, (_, index) =>
  index === 0
    ? LONG_EVIDENCE_FIRST
    : index === 29
      ? LONG_EVIDENCE_LAST
      : `Decision record ${index + 1}: the trade-offs were written down, agreed with product and revisited after one quarter of delivery data.`,
).join(' ');

const ANSWERS: Record<string, Answer | null> = {
  'managing-managers': answer(
    2,
    'LOW',
    'Coached Chloé and Amélie through their first calibration round.\nWrote the <b>people management</b> expectations & shared them with four managers.\n\nStill reviewing team health myself.',
  ),
  'technical-strategy': answer(3, 'MEDIUM', longEvidence),
  'engineering-culture': answer(4, 'HIGH', 'Changed promotion criteria to reward incident reviews.'),
  'executive-stakeholders': answer(1, 'MEDIUM', 'Presented one capacity update to the CFO with my manager.'),
  'operating-model': answer(3, 'HIGH', 'DORA metrics reviewed monthly across six teams.'),
  'ai-adoption-strategy': answer(5, 'HIGH', 'Our AI adoption policy was adopted by the data science function too.'),
  'ai-productivity-evidence': answer(null, null, '', { noOpportunity: true }),
  'ai-ethics-position': null,
  'ai-investment-case': answer(2, 'HIGH', 'Drafted an evidence framework for the coding assistant pilot.'),
  'ai-team-conversations': answer(3, 'LOW', 'Ran two open sessions on what AI means for our roles.', { targetLevel: 5 }),
  'ai-regulation-awareness': answer(4, null, 'Briefed legal on the EU AI Act obligations for our hiring tools.'),
};

/** A summary source built from the real framework content, as the DAL would return it. */
function sourceWith(
  answers: Record<string, Answer | null>,
  fields: Partial<SummarySource['assessment']> = {},
  goals: SummarySource['goals'] = [],
): SummarySource {
  const resources = frameworkContent.resources;
  return {
    assessment: {
      id: 'assessment-1',
      status: 'SUBMITTED',
      createdAt: new Date('2026-03-02T09:00:00Z'),
      submittedAt: new Date('2026-03-10T17:30:00Z'),
      frameworkVersion: 1,
      measure: 'IN_ROLE',
      ...fields,
    },
    owner: { name: 'Aoife Ní Bhriain', email: 'aoife@example.com' },
    levelNames: frameworkContent.scale.map(({ level, name }) => ({ level, name })),
    items: frameworkContent.sections.flatMap((section) =>
      section.items.map((item) => ({
        ...sourceItemOf(item, section),
        resources: resources.flatMap((resource) =>
          resource.helps
            .filter((help) => help.itemKey === item.key)
            .map((help) => ({ title: resource.title, kind: resource.kind, why: resource.why, how: help.how })),
        ),
        answer: answers[item.key] ?? null,
      })),
    ),
    previous: null,
    goals,
    priorityChoices: {},
  };
}


type ReadBack = { pdf: Buffer; pages: number; text: string; body: string; pageText: (page: number) => Promise<string> };

async function renderAndRead(summary: DevelopmentSummary): Promise<ReadBack> {
  const pdf = await renderSummaryPdf(summary);
  const file = await reader.save(pdf);
  const pages = await reader.pages(file);
  const text = await reader.text(file, ['-layout']);
  // The page area without the header and footer, so text running across a page break reads on.
  const bodyText = await reader.text(file, ['-layout', '-x', '0', '-y', '52', '-W', '595', '-H', '736']);
  return {
    pdf,
    pages,
    text,
    body: bodyText.replace(/\s+/g, ' '),
    pageText: (page) => reader.text(file, ['-layout', '-f', String(page), '-l', String(page)]),
  };
}

describe('renderSummaryPdf', () => {
  const summary = buildSummary(sourceWith(ANSWERS));
  let submitted: ReadBack;

  beforeAll(async () => {
    submitted = await renderAndRead(summary);
  });

  test('is a PDF of more than one page', () => {
    expect(submitted.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(submitted.pages).toBeGreaterThanOrEqual(2);
  });

  test('gives the summary at a glance on the first page', async () => {
    expect(summary.readiness.percent).not.toBeNull();
    const first = await submitted.pageText(1);
    expect(first).toContain('Development summary');
    expect(first).toContain('Aoife Ní Bhriain');
    expect(first).toContain('Submitted 10 Mar 2026');
    // Two must-haves two levels below target: the reading rules them out whatever the average, and gives the average too.
    expect(summary.readiness.state).toBe('not-yet-ready');
    expect(first).toContain('Not yet ready');
    expect(first).toMatch(/Not yet ready: Managing Managers and Executive Stakeholder Relationships are must-haves two or\s+more levels below target/);
    expect(first.replace(/\s+/g, ' ')).toContain(`No average makes up for those; across the items you rated, the average is ${summary.readiness.percent}%.`);
    // The gap chart names every item in full, with no code to decode.
    for (const item of summary.items) expect(first.replace(/\s+/g, ' ')).toContain(item.title);
    expect(first).toMatch(/Measured against the “effective in the role” targets/);
    // The gap chart: largest first, and the items without a gap by their label rather than a bar.
    expect(first.indexOf('3 levels below target')).toBeLessThan(first.indexOf('2 levels below target'));
    expect(first.indexOf('2 levels below target')).toBeLessThan(first.indexOf('1 level below target'));
    for (const label of ['at target', 'above target', 'no opportunity yet', 'not rated']) expect(first).toContain(label);
  });

  test('names the priorities, the rule behind them and what helps with the first', () => {
    expect(summary.priorities.map((priority) => priority.title)).toEqual([
      'Executive Stakeholder Relationships',
      'Managing Managers',
      'Organisation-Wide Technical Strategy',
    ]);
    for (const priority of summary.priorities) expect(submitted.body).toContain(priority.title);
    expect(submitted.body).toContain('Items you pin come first; items you dismiss are left out');
    expect(submitted.body).toContain('Then must-have items below their target, then the largest gaps');
    // Managing Managers was rated with low confidence.
    expect(submitted.body).toContain('Calibrate first (must-have). Level 2 now, target 4');
    const resources = summary.priorities[0]!.resources;
    expect(resources.length).toBeGreaterThan(0);
    for (const resource of resources) expect(submitted.body).toContain(resource.title);
    expect(submitted.body).toContain(resources[0]!.how.split(' ').slice(0, 8).join(' '));
  });

  test('shows every item with its level, target and evidence as written', () => {
    for (const item of frameworkContent.sections.flatMap((section) => section.items)) expect(submitted.body).toContain(item.title);
    expect(submitted.body).toContain('2 – Emerging');
    expect(submitted.body).toContain('No opportunity yet');
    expect(submitted.body).toContain('Not rated');
    expect(submitted.body).toContain('Coached Chloé and Amélie through their first calibration round.');
    expect(submitted.body).toContain('Wrote the <b>people management</b> expectations & shared them with four managers.');
    // Line breaks kept: each line of the evidence starts a line of its own.
    expect(submitted.text).toMatch(/calibration round\.[ \t]*\n[ \t]*Wrote the <b>people management<\/b>/);
  });

  test('prints long evidence in full, across pages', () => {
    expect(longEvidence.length).toBeGreaterThan(3_400);
    expect(submitted.body).toContain(LONG_EVIDENCE_FIRST);
    expect(submitted.body).toContain(LONG_EVIDENCE_LAST);
    expect(submitted.body).toContain('Decision record 17: the trade-offs were written down');
  });

  test('numbers the pages and has no draft marker once submitted', async () => {
    expect(await submitted.pageText(submitted.pages)).toContain(`Page ${submitted.pages} of ${submitted.pages}`);
    expect(submitted.text).not.toContain('DRAFT');
  });

  test('marks every page of a draft', async () => {
    const draft = await renderAndRead(buildSummary(sourceWith(ANSWERS, { status: 'DRAFT', submittedAt: null })));
    expect(draft.pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= draft.pages; page += 1) expect(await draft.pageText(page)).toContain('DRAFT');
  });

  test('says so when nothing is rated', async () => {
    const empty = buildSummary(sourceWith({}, { status: 'DRAFT', submittedAt: null }));
    const read = await renderAndRead(empty);
    expect(read.body).toContain('Not rated yet (0 of 11 rated)');
    expect(read.body).toContain('Nothing is rated yet');
    expect(read.body).toContain('No item is below its target yet: nothing is rated.');
    expect(read.body).toContain('No evidence written.');
  });

  test('compares with the previous assessment when there is one', async () => {
    const source = sourceWith(ANSWERS);
    source.previous = { submittedAt: new Date('2025-09-01T12:00:00Z'), levels: { 'managing-managers': { level: 1, noOpportunity: false } } };
    const read = await renderAndRead(buildSummary(source));
    expect(read.body).toContain('Compared with your assessment of');
    expect(read.body).toMatch(/Last time 1 \(/);
  });

  test('includes the development plan on its own page when there are goals', async () => {
    expect(submitted.text).not.toContain('Development plan');
    const goal = {
      id: 'goal-1',
      itemKey: 'technical-strategy',
      action: 'Write the two-year platform strategy with the principal engineers',
      successMeasure: 'The leadership team adopts it at the March offsite',
      targetDate: new Date('2026-05-31T00:00:00Z'),
      status: 'IN_PROGRESS' as const,
      finishedAt: null,
      createdAt: new Date('2026-03-11T09:00:00Z'),
      resources: [{ title: 'Team Topologies', url: null, resourceKey: 'team-topologies' }],
      notes: [{ id: 'note-1', text: 'First draft circulated', createdAt: new Date('2026-04-02T09:00:00Z') }],
    };
    const read = await renderAndRead(buildSummary(sourceWith(ANSWERS, {}, [goal])));
    expect(read.pages).toBe(submitted.pages + 1);
    const start = read.body.indexOf('Development plan');
    expect(start).toBeGreaterThan(0);
    const plan = read.body.slice(start, read.body.indexOf('Item by item', start));
    expect(plan).toContain('Organisation-Wide Technical Strategy');
    expect(plan).toContain('Write the two-year platform strategy with the principal engineers');
    expect(plan).toContain('Success measure: The leadership team adopts it at the March offsite');
    expect(plan).toContain('Resources: Team Topologies');
    expect(plan).toContain('First draft circulated');
  });

  test('renders evidence in any script without failing', async () => {
    const evidence = 'Zoë’s naïve café notes – Ελληνικά, Кириллица, Tiếng Việt; 漢字かな, 한국어, العربية, 😀 👩‍💻 🇫🇷; tab\there; CRLF\r\nnext line.';
    const read = await renderAndRead(buildSummary(sourceWith({ ...ANSWERS, 'engineering-culture': answer(4, 'HIGH', evidence) })));
    expect(read.body).toContain('Zoë’s naïve café notes – Ελληνικά, Кириллица, Tiếng Việt;');
    expect(read.text).toMatch(/CRLF[ \t]*\n[ \t]*next line\./);
  });
});
