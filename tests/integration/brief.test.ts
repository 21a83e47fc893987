// The brief: its ask and choices saved through the real action, on a real
// database, by the owner only; and the brief opening the exports, read back
// as a reader gets them (the PDF's first page with pdftotext).
import { describe, expect, test, vi } from 'vitest';
import { saveBriefAction } from '@/app/(app)/assessments/[id]/brief/actions';
import { GET as exportSummary } from '@/app/(app)/assessments/[id]/export/[format]/route';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getBriefSource } from '@/lib/data/brief-source';
import { getOthersForBrief } from '@/lib/data/briefs';
import { createEvidence } from '@/lib/data/evidence';
import { createEvidenceSchema } from '@/lib/validation/evidence';
import { acceptInvitation, createInvitation } from '@/lib/data/invitations';
import { saveRating, submitRating } from '@/lib/data/ratings';
import { createShareLink, getSharedSummaryWithBrief } from '@/lib/data/share-links';
import { getSummarySource } from '@/lib/data/summaries';
import { exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { briefTexts, buildBrief, DEFAULT_BRIEF_CHOICES, shortQuote } from '@/lib/domain/brief';
import { buildSharedSummary, buildSummary } from '@/lib/domain/summary';
import { summaryExportSchema } from '@/lib/export/json';
import { answerSchema } from '@/lib/validation/assessment';
import { createInvitationSchema, ratingSchema } from '@/lib/validation/invitation';
import { BRIEF_ASK_MAX } from '@/lib/validation/limits';
import { asViewer, asVisitor, expectRedirect, form, signedInBrowser, within } from '../support/action-request';
import { pdfReaderForFile } from '../support/pdf-reader';
import { ownWords, secondPersonIn } from '../support/second-person';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;
const SECOND_PERSON_WORDS = /\b(you|your|yours|yourself)\b/i;

const ASK = 'Sponsorship for the platform budget review in Q2, and a seat at the quarterly planning offsite.';
const STRONG_EVIDENCE = 'Re-organised two teams (Tom and Priya) around the product lines; both shipped on time.';
// Managing Managers, Technical Strategy and Executive Stakeholders are the must-haves; every target is 4.
const LEVELS = [4, 3, 4, 3, 2, 4, 3, 4, 3, 3, 4];

const reader = pdfReaderForFile();

async function submittedAssessment(user: User, submit = true): Promise<{ id: string; itemIds: string[] }> {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const stored = (await getAssessment(user, assessmentId))!;
  const items = stored.frameworkVersion.sections.flatMap((section) => section.items);
  for (const [index, item] of items.entries()) {
    await saveAnswer(
      user,
      answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: LEVELS[index], noOpportunity: false, targetLevel: 4, confidence: 'HIGH', evidence: STRONG_EVIDENCE }),
    );
  }
  if (submit) await submitAssessment(user, assessmentId, []);
  return { id: assessmentId, itemIds: items.map((item) => item.id) };
}

const briefRow = (id: string) =>
  db().assessment.findUniqueOrThrow({ where: { id }, select: { briefAsk: true, briefEvidence: true, briefPlan: true, briefOthers: true, updatedAt: true } });

async function ratedBy(subject: User, assessmentId: string, itemIds: string[], role: 'MANAGER' | 'MENTOR' | 'PEER', level: number, submit = true) {
  const rater = await seedUser('Rater');
  const created = await createInvitation(subject, createInvitationSchema.parse({ assessmentId, role, note: '' }));
  if (created.kind !== 'created') throw new Error(created.kind);
  const accepted = await acceptInvitation(rater, created.token);
  if (accepted.kind !== 'accepted') throw new Error(accepted.kind);
  for (const itemId of itemIds) {
    await saveRating(rater, ratingSchema.parse({ invitationId: accepted.invitationId, itemId, baseRevision: 0, level, noOpportunity: false, comment: 'Seen it' }));
  }
  if (submit) await submitRating(rater, accepted.invitationId);
}

async function exported(owner: User, id: string, format: 'pdf' | 'md' | 'csv' | 'json'): Promise<Response> {
  const browser = await signedInBrowser(owner);
  return within(browser, () => exportSummary(new Request(`http://localhost/assessments/${id}/export/${format}`), { params: Promise.resolve({ id, format }) }));
}

/** The PDF's text as pdftotext reads it: every page, or those `pages` names. */
async function allPagesOf(pdf: ArrayBuffer, pages: string[] = []): Promise<string> {
  return reader.text(await reader.save(pdf), pages);
}

const firstPageOf = async (pdf: ArrayBuffer) => (await allPagesOf(pdf, ['-f', '1', '-l', '1'])).replace(/\s+/g, ' ');

const getBriefChoices = async (viewer: User, id: string) => (await getBriefSource(viewer, id))?.choices ?? null;
const getLogForBrief = async (viewer: User, id: string) => (await getBriefSource(viewer, id))?.log ?? null;

describe('saveBriefAction', () => {
  test('saves the ask and the choices, and an unticked box is a no', async () => {
    const owner = await seedUser('Maya Okafor');
    const { id } = await submittedAssessment(owner);
    expect(await getBriefChoices(owner, id)).toEqual(DEFAULT_BRIEF_CHOICES);

    const browser = await signedInBrowser(owner);
    const saved = await within(browser, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: `  ${ASK}  `, includeOthers: 'on' })));
    expect(saved.ok).toBe(true);
    expect(saved.message).toMatch(/^Saved\./);
    expect(browser.revalidated).toContain(`/assessments/${id}/brief`);
    expect(await getBriefChoices(owner, id)).toEqual({ ask: ASK, includeEvidence: false, includePlan: false, includeOthers: true, includeLog: false });

    // The person's own words leave with "Download all my data".
    expect((await exportAccountData(owner))?.assessments[0]).toMatchObject({ briefAsk: ASK, briefEvidence: false, briefPlan: false, briefOthers: true });

    await within(browser, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: '', includeEvidence: 'on', includePlan: 'on' })));
    expect(await getBriefChoices(owner, id)).toEqual({ ask: '', includeEvidence: true, includePlan: true, includeOthers: false, includeLog: false });
  });

  test.each([
    ['an ask over the limit', { ask: 'x'.repeat(BRIEF_ASK_MAX + 1) }, 'ask'],
    ['a choice other than a tick', { ask: ASK, includePlan: 'yes' }, 'includePlan'],
    ['a NUL character in the ask', { ask: 'Budget\u0000' }, 'ask'],
  ])('refuses %s, says which field, and writes nothing', async (_name, fields, field) => {
    const owner = await seedUser('Maya Okafor');
    const { id } = await submittedAssessment(owner);
    const before = await briefRow(id);
    const refused = await asViewer(owner, () => saveBriefAction(IDLE, form({ assessmentId: id, ...fields })));
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', fieldErrors: { [field]: [expect.any(String)] } });
    expect(await briefRow(id)).toEqual(before);
  });

  test('refuses a field it does not know', async () => {
    const owner = await seedUser();
    const { id } = await submittedAssessment(owner);
    const before = await briefRow(id);
    expect(await asViewer(owner, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: ASK, subjectId: 'someone' })))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await briefRow(id)).toEqual(before);
  });

  test('another user is refused as if the assessment did not exist, and nothing is written', async () => {
    const owner = await seedUser();
    const other = await seedUser();
    const { id } = await submittedAssessment(owner);
    const before = await briefRow(id);
    const refused = await asViewer(other, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: 'Written by someone else', includeOthers: 'on' })));
    expect(refused).toEqual({ ok: false, reason: 'not-found', message: 'This assessment does not exist, or it is not yours.' });
    const madeUp = await asViewer(other, () => saveBriefAction(IDLE, form({ assessmentId: 'c0000000000000000000000000', ask: 'x' })));
    expect(madeUp).toEqual(refused);
    expect(await briefRow(id)).toEqual(before);
    expect(await getBriefChoices(other, id)).toBeNull();
  });

  test('a signed-out visitor is sent to sign in', async () => {
    expect(await asVisitor(() => expectRedirect(() => saveBriefAction(IDLE, form({ assessmentId: 'x', ask: ASK }))))).toBe('/signin');
  });
});

describe('others’ view in the brief', () => {
  test('comes from submitted raters only, and a share link shows it only once the subject includes it', async () => {
    const subject = await seedUser('Maya Okafor');
    const { id, itemIds } = await submittedAssessment(subject);
    expect(await getOthersForBrief(subject, id)).toBeNull();
    await ratedBy(subject, id, itemIds, 'MANAGER', 2);
    await ratedBy(subject, id, itemIds, 'PEER', 1);

    const others = await getOthersForBrief(subject, id);
    expect(others?.raters.sort()).toEqual(['MANAGER', 'PEER']);
    expect(others?.ratingsByItem['managing-managers']).toEqual(expect.arrayContaining([{ role: 'MANAGER', level: 2, noOpportunity: false }]));
    // Nobody else reads the subject's raters through this.
    expect(await getOthersForBrief(await seedUser(), id)).toBeNull();

    const link = (await createShareLink(subject, { assessmentId: id, label: 'Manager', days: 7 }))!;
    expect((await getSharedSummaryWithBrief(link.token))?.others).toBeNull();
    await asViewer(subject, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: ASK, includeOthers: 'on' })));
    const shared = (await getSharedSummaryWithBrief(link.token))!;
    expect(shared.choices.includeOthers).toBe(true);
    expect(shared.others?.raters.sort()).toEqual(['MANAGER', 'PEER']);

    // One peer alone is never shown: only the manager is counted.
    const brief = buildBrief(buildSummary(shared.source), shared.choices, shared.others, new Date());
    const section = brief.sections.find((candidate) => candidate.key === 'others');
    expect(section?.paragraphs[0]).toBe('Rated by one manager.');
    expect(JSON.stringify(brief)).not.toMatch(/peer/i);
  });
});

describe('the brief opens the exports', () => {
  async function briefedAssessment() {
    const owner = await seedUser('Maya Okafor');
    const { id } = await submittedAssessment(owner);
    await asViewer(owner, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: ASK, includeEvidence: 'on', includePlan: 'on' })));
    const summary = buildSummary((await getSummarySource(owner, id))!);
    return { owner, id, summary };
  }

  test('page 1 of the PDF is the brief: the EM’s name, readiness, strengths, gaps and the ask, and no second person', async () => {
    const { owner, id, summary } = await briefedAssessment();
    const response = await exported(owner, id, 'pdf');
    expect(response.status).toBe(200);
    const page = await firstPageOf(await response.arrayBuffer());

    expect(page).toContain('Maya Okafor: development brief');
    expect(page).toContain(`Readiness ${summary.readiness.percent}% (11 of 11 rated)`);
    expect(page).toContain('Strengths');
    expect(page).toContain('Managing Managers');
    expect(page).toContain(STRONG_EVIDENCE.slice(0, 40));
    expect(page).toContain('The gaps that matter');
    for (const priority of summary.priorities) expect(page).toContain(priority.title);
    expect(page).toContain('What Maya Okafor is asking for');
    expect(page).toContain(ASK);
    expect(page).not.toMatch(SECOND_PERSON_WORDS);
    // The detail follows on later pages, not on the first.
    expect(page).not.toContain('Item by item');
  });

  test('the Markdown export opens with the brief, escaped only where Markdown needs it', async () => {
    const { owner, id, summary } = await briefedAssessment();
    const response = await exported(owner, id, 'md');
    const markdown = await response.text();
    const [top = '', rest = ''] = markdown.split('\n---\n');
    expect(top).toMatch(/^# Maya Okafor: development brief\n/);
    expect(top).toContain(`**${summary.readiness.percent}% (11 of 11 rated)**`);
    expect(top).toContain('## Strengths');
    expect(top).toContain(`  > “${STRONG_EVIDENCE}”`);
    expect(top).toContain('## The gaps that matter');
    for (const priority of summary.priorities) expect(top).toContain(`- **${priority.title}**`);
    expect(top).toContain(`## What Maya Okafor is asking for\n\n> ${ASK}`);
    expect(top).not.toMatch(SECOND_PERSON_WORDS);
    expect(rest).toMatch(/^\n# Development summary\n/);
  });

  test('every page of the PDF after the brief speaks of the EM by name too, quoting only their words and the framework’s', async () => {
    const { owner, id } = await briefedAssessment();
    const shared = buildSharedSummary((await getSummarySource(owner, id))!);
    const text = await allPagesOf(await (await exported(owner, id, 'pdf')).arrayBuffer());
    expect(text).toContain('Item by item');
    expect(text).toContain('Each item as Maya Okafor rated it, with their evidence exactly as they wrote it.');
    expect(text.replace(/\s+/g, ' ')).toContain('Items Maya Okafor pins come first');
    expect(secondPersonIn(ownWords(text, shared))).toEqual([]);
    // The framework's notes on the resources say "you" and are quoted as written: the exception is real.
    expect(secondPersonIn(text).length).toBeGreaterThan(0);
  });

  test('the whole Markdown export speaks of the EM by name', async () => {
    const { owner, id } = await briefedAssessment();
    const shared = buildSharedSummary((await getSummarySource(owner, id))!);
    const markdown = await (await exported(owner, id, 'md')).text();
    expect(markdown).toContain('Items Maya Okafor pins come first');
    expect(markdown).toContain(shared.reading);
    expect(shared.reading).toContain('Maya Okafor');
    expect(secondPersonIn(ownWords(markdown, shared))).toEqual([]);
  });

  test('a changed choice changes the PDF: the brief is part of what the cache keys on', async () => {
    const { owner, id } = await briefedAssessment();
    const first = await firstPageOf(await (await exported(owner, id, 'pdf')).arrayBuffer());
    expect(first).toContain(ASK);
    await asViewer(owner, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: 'A different ask.', includePlan: 'on' })));
    const second = await firstPageOf(await (await exported(owner, id, 'pdf')).arrayBuffer());
    expect(second).toContain('A different ask.');
    expect(second).not.toContain(STRONG_EVIDENCE.slice(0, 40));
  });

  test('another user’s export is not found', async () => {
    const { id } = await briefedAssessment();
    expect((await exported(await seedUser(), id, 'md')).status).toBe(404);
  });
});

describe('others’ view in the exports', () => {
  const includeOthers = (owner: User, id: string, included: boolean) =>
    asViewer(owner, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: ASK, includePlan: 'on', ...(included ? { includeOthers: 'on' } : {}) })));

  async function allFormats(owner: User, id: string) {
    const [pdf, md, csv, json] = await Promise.all((['pdf', 'md', 'csv', 'json'] as const).map((format) => exported(owner, id, format)));
    return {
      pdf: (await allPagesOf(await pdf!.arrayBuffer())).replace(/\s+/g, ' '),
      md: await md!.text(),
      csv: await csv!.text(),
      json: summaryExportSchema.parse(await json!.json()),
    };
  }

  /** A submitted self-assessment (levels as in LEVELS) rated by a manager at 2, a mentor who has not submitted, and `peers` peers at 3, 4 and 5 in turn. */
  async function ratedAssessment(peers: number, submitted = true) {
    const owner = await seedUser('Maya Okafor');
    const { id, itemIds } = await submittedAssessment(owner, submitted);
    await ratedBy(owner, id, itemIds, 'MANAGER', 2);
    await ratedBy(owner, id, itemIds, 'MENTOR', 5, false);
    for (let index = 0; index < peers; index += 1) await ratedBy(owner, id, itemIds, 'PEER', 3 + (index % 3));
    return { owner, id };
  }

  test('each format carries it when, and only when, the EM includes it: by role, peers as a group of three or more', async () => {
    const { owner, id } = await ratedAssessment(3);
    await includeOthers(owner, id, false);
    const without = await allFormats(owner, id);
    expect(without.json.othersView).toBeUndefined();
    expect(without.pdf).not.toContain('Others’ view');
    expect(without.md).not.toContain('Others’ view');
    expect(without.csv.split('\r\n')[0]).not.toContain('Others');

    await includeOthers(owner, id, true);
    const withOthers = await allFormats(owner, id);
    const view = withOthers.json.othersView!;
    // The mentor has not submitted: not counted, no level anywhere.
    expect(view.raters).toEqual({ managers: 1, mentors: 0, peers: 3 });
    const managing = view.items.find((item) => item.itemKey === 'managing-managers')!;
    // Self 4; manager 2; peers 3, 4, 5 → median 4; others' middle of 2, 3, 4, 5 is 3.5.
    expect(managing).toEqual({
      itemKey: 'managing-managers',
      self: 4,
      named: [{ role: 'MANAGER', level: 2 }],
      peers: { median: 4, min: 3, max: 5, count: 3 },
      others: 3.5,
      difference: 0.5,
      talkAboutThis: false,
      kind: 'aligned',
    });
    expect(JSON.stringify(view)).not.toMatch(/"level":5\b|MENTOR|Rater/);

    expect(withOthers.pdf).toContain('Others’ view');
    expect(withOthers.pdf).toContain('Rated by 1 manager, 3 peers or reports, as a group.');
    expect(withOthers.pdf).toContain('Maya Okafor: 4. Others: manager 2; peers 4 (3–5, 3 peers); middle 3.5.');
    expect(withOthers.md).toContain('## Others’ view');
    expect(withOthers.md).toContain('- **Managing Managers**: Maya Okafor 4; others: manager 2; peers 4 (3–5, 3 peers); middle 3.5. Within a level of each other.');
    const [header = '', firstRow = ''] = withOthers.csv.split('\r\n');
    expect(header).toContain('"Others: manager","Others: mentor or coach","Peers: middle level"');
    expect(firstRow).toMatch(/"2","","4","3","5","3","3.5","0.5","no"$/);
  });

  test('a difference of two levels or more is marked "talk about this" in every format', async () => {
    const { owner, id } = await ratedAssessment(0);
    await includeOthers(owner, id, true);
    const { json, pdf, md } = await allFormats(owner, id);
    // Peers under three: no group, no count, no peer level.
    expect(json.othersView!.raters).toEqual({ managers: 1, mentors: 0, peers: null });
    const managing = json.othersView!.items.find((item) => item.itemKey === 'managing-managers')!;
    expect(managing).toMatchObject({ self: 4, named: [{ role: 'MANAGER', level: 2 }], peers: null, others: 2, difference: 2, talkAboutThis: true, kind: 'blind spot' });
    expect(pdf).toContain('Managing Managers · talk about this');
    expect(pdf).toContain('Maya Okafor rates it 2 levels higher than others do. Talk about this.');
    expect(md).toContain('- **Managing Managers** (talk about this): Maya Okafor 4; others: manager 2; middle 2.');
  });

  test('two peers are never shown, not even counted', async () => {
    const owner = await seedUser('Maya Okafor');
    const { id, itemIds } = await submittedAssessment(owner);
    await ratedBy(owner, id, itemIds, 'PEER', 1);
    await ratedBy(owner, id, itemIds, 'PEER', 1);
    await includeOthers(owner, id, true);
    const { json, pdf, md, csv } = await allFormats(owner, id);
    expect(json.othersView).toBeUndefined();
    expect(pdf).not.toContain('Others’ view');
    expect(md).not.toContain('Others’ view');
    expect(csv).not.toContain('Peers');
  });

  test('blind: a draft carries no one’s ratings, even when included and a rater has submitted', async () => {
    const { owner, id } = await ratedAssessment(3, false);
    await includeOthers(owner, id, true);
    const { json, pdf, md, csv } = await allFormats(owner, id);
    expect(json.othersView).toBeUndefined();
    expect(pdf).not.toContain('Others’ view');
    expect(md).not.toContain('Others’ view');
    expect(csv.split('\r\n')[0]).not.toContain('Others');
  });
});

describe('evidence logged since the last assessment', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
  const OLD = 'Wrote the hiring rubric with the staff engineers.';
  const RECENT = 'Ran the skip-level round with all four managers (Tom and Priya) and re-presented the themes to the CTO.';
  const TODAY = 'Agreed the platform budget case with finance.';
  const LINK = 'https://wiki.example.com/skip-levels';

  const log = (user: User, occurredOn: string, text: string, itemKeys: string[], url = '') =>
    createEvidence(user, createEvidenceSchema.parse({ occurredOn, text, url, itemKeys }));

  /** A first assessment submitted 30 days ago, a second submitted now, and entries before, between and after the first. */
  async function twoAssessmentsAndALog() {
    const owner = await seedUser('Maya Okafor');
    const first = await submittedAssessment(owner);
    await db().assessment.update({ where: { id: first.id }, data: { submittedAt: new Date(Date.now() - 30 * DAY) } });
    await log(owner, daysAgo(40), OLD, ['managing-managers']);
    await log(owner, daysAgo(10), RECENT, ['managing-managers', 'operating-model'], LINK);
    await log(owner, daysAgo(0), TODAY, ['executive-stakeholders']);
    // Someone else's log is never theirs to show.
    const other = await seedUser('Someone Else');
    await log(other, daysAgo(5), 'Not Maya’s entry.', ['managing-managers']);
    const second = await submittedAssessment(owner);
    return { owner, first, second };
  }

  const includeLog = (owner: User, id: string, included: boolean) =>
    asViewer(owner, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: ASK, ...(included ? { includeLog: 'on' } : {}) })));

  test('left out until chosen; chosen, the brief lists the entries since the previous assessment by item, with date, text and link', async () => {
    const { owner, second } = await twoAssessmentsAndALog();
    expect(await getLogForBrief(owner, second.id)).toBeNull();
    await includeLog(owner, second.id, true);
    expect(await getBriefChoices(owner, second.id)).toMatchObject({ includeLog: true });
    expect((await exportAccountData(owner))?.assessments.find((row) => row.id === second.id)).toMatchObject({ briefLog: true });

    const logged = (await getLogForBrief(owner, second.id))!;
    expect(logged.sincePrevious).toBe(true);
    expect(logged.entries.map((entry) => entry.text)).toEqual([TODAY, RECENT]);
    // Another user reads nothing through it.
    expect(await getLogForBrief(await seedUser(), second.id)).toBeNull();

    const summary = buildSummary((await getSummarySource(owner, second.id))!);
    const section = buildBrief(summary, (await getBriefChoices(owner, second.id))!, null, new Date(), logged).sections.find((part) => part.key === 'log')!;
    expect(section.heading).toBe('Evidence since the last assessment');
    expect(section.paragraphs).toEqual(['Evidence Maya Okafor logged since their previous self-assessment, by item, newest first.']);
    // Framework order: Managing Managers, Executive Stakeholders, Operating Model; the entry on two items under each.
    expect(section.entries.map((entry) => [entry.title, entry.quote])).toEqual([
      ['Managing Managers', shortQuote(RECENT)],
      ['Executive Stakeholder Relationships', TODAY],
      ['Operating Model and Delivery Health at Scale', shortQuote(RECENT)],
    ]);
    expect(section.entries[0]!.detail).toMatch(new RegExp(`^Logged for \\d{1,2} \\w{3} \\d{4}; link: ${LINK.replace(/[.]/g, '\\.')}\\.$`));
  });

  test('the first assessment’s brief lists what was logged up to it', async () => {
    const { owner, first } = await twoAssessmentsAndALog();
    await includeLog(owner, first.id, true);
    const logged = (await getLogForBrief(owner, first.id))!;
    expect(logged.sincePrevious).toBe(false);
    expect(logged.entries.map((entry) => entry.text)).toEqual([OLD]);
  });

  test('the PDF’s first page, the Markdown and a share link carry it when chosen, and a share link stops when unticked', async () => {
    const { owner, second } = await twoAssessmentsAndALog();
    const link = (await createShareLink(owner, { assessmentId: second.id, label: 'Manager', days: 7 }))!;
    expect((await getSharedSummaryWithBrief(link.token))?.log).toBeNull();
    await includeLog(owner, second.id, true);

    const page = await firstPageOf(await (await exported(owner, second.id, 'pdf')).arrayBuffer());
    expect(page).toContain('Evidence since the last assessment');
    expect(page).toContain(TODAY);
    expect(page).toContain(LINK);
    expect(page).not.toContain(OLD);
    expect(page).not.toMatch(SECOND_PERSON_WORDS);

    const [top = ''] = (await (await exported(owner, second.id, 'md')).text()).split('\n---\n');
    expect(top).toContain('## Evidence since the last assessment');
    expect(top).toContain(`  > “${TODAY}”`);
    expect(top).not.toContain('Not Maya’s entry.');

    const shared = (await getSharedSummaryWithBrief(link.token))!;
    expect(shared.log?.entries.map((entry) => entry.text)).toEqual([TODAY, RECENT]);
    const brief = buildBrief(buildSharedSummary(shared.source), shared.choices, shared.others, new Date(), shared.log);
    expect(briefTexts(brief).filter((text) => SECOND_PERSON_WORDS.test(text))).toEqual([]);
    expect(brief.sections.map((part) => part.key)).toContain('log');

    await includeLog(owner, second.id, false);
    expect((await getSharedSummaryWithBrief(link.token))?.log).toBeNull();
  });
});
