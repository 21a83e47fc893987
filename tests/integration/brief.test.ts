// The brief: its ask and choices saved through the real action, on a real
// database, by the owner only; and the brief opening the exports, read back
// as a reader gets them (the PDF's first page with pdftotext).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { saveBriefAction } from '@/app/assessments/[id]/brief/actions';
import { GET as exportSummary } from '@/app/assessments/[id]/export/[format]/route';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getBriefChoices, getOthersForBrief } from '@/lib/data/briefs';
import { acceptInvitation, createInvitation } from '@/lib/data/invitations';
import { saveRating, submitRating } from '@/lib/data/ratings';
import { createShareLink, getSharedSummaryWithBrief } from '@/lib/data/share-links';
import { getSummarySource } from '@/lib/data/summaries';
import { exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { buildBrief, DEFAULT_BRIEF_CHOICES } from '@/lib/domain/brief';
import { buildSharedSummary, buildSummary } from '@/lib/domain/summary';
import { answerSchema } from '@/lib/validation/assessment';
import { createInvitationSchema, ratingSchema } from '@/lib/validation/invitation';
import { BRIEF_ASK_MAX } from '@/lib/validation/limits';
import { asViewer, asVisitor, expectRedirect, form, signedInBrowser, within } from '../support/action-request';
import { ownWords, secondPersonIn } from '../support/second-person';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;
const run = promisify(execFile);
const SECOND_PERSON_WORDS = /\b(you|your|yours|yourself)\b/i;

const ASK = 'Sponsorship for the platform budget review in Q2, and a seat at the quarterly planning offsite.';
const STRONG_EVIDENCE = 'Re-organised two teams (Tom and Priya) around the product lines; both shipped on time.';
// Managing Managers, Technical Strategy and Executive Stakeholders are the must-haves; every target is 4.
const LEVELS = [4, 3, 4, 3, 2, 4, 3, 4, 3, 3, 4];

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'headway-brief-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function submittedAssessment(user: User): Promise<{ id: string; itemIds: string[] }> {
  const { assessmentId } = (await startAssessment(user, 'blank'))!;
  const stored = (await getAssessment(user, assessmentId))!;
  const items = stored.frameworkVersion.sections.flatMap((section) => section.items);
  for (const [index, item] of items.entries()) {
    await saveAnswer(
      user,
      answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: LEVELS[index], noOpportunity: false, targetLevel: 4, confidence: 'HIGH', evidence: STRONG_EVIDENCE }),
    );
  }
  await submitAssessment(user, assessmentId, []);
  return { id: assessmentId, itemIds: items.map((item) => item.id) };
}

const briefRow = (id: string) =>
  db().assessment.findUniqueOrThrow({ where: { id }, select: { briefAsk: true, briefEvidence: true, briefPlan: true, briefOthers: true, updatedAt: true } });

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
    expect(await getBriefChoices(owner, id)).toEqual({ ask: ASK, includeEvidence: false, includePlan: false, includeOthers: true });

    // The person's own words leave with "Download all my data".
    expect((await exportAccountData(owner))?.assessments[0]).toMatchObject({ briefAsk: ASK, briefEvidence: false, briefPlan: false, briefOthers: true });

    await within(browser, () => saveBriefAction(IDLE, form({ assessmentId: id, ask: '', includeEvidence: 'on', includePlan: 'on' })));
    expect(await getBriefChoices(owner, id)).toEqual({ ask: '', includeEvidence: true, includePlan: true, includeOthers: false });
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
  async function ratedBy(subject: User, assessmentId: string, itemIds: string[], role: 'MANAGER' | 'PEER', level: number) {
    const rater = await seedUser('Rater');
    const created = await createInvitation(subject, createInvitationSchema.parse({ assessmentId, role, note: '' }));
    if (created.kind !== 'created') throw new Error(created.kind);
    const accepted = await acceptInvitation(rater, created.token);
    if (accepted.kind !== 'accepted') throw new Error(accepted.kind);
    for (const itemId of itemIds) {
      await saveRating(rater, ratingSchema.parse({ invitationId: accepted.invitationId, itemId, baseRevision: 0, level, noOpportunity: false, comment: 'Seen it' }));
    }
    await submitRating(rater, accepted.invitationId);
  }

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
  async function exported(owner: User, id: string, format: 'pdf' | 'md'): Promise<Response> {
    const browser = await signedInBrowser(owner);
    return within(browser, () => exportSummary(new Request(`http://localhost/assessments/${id}/export/${format}`), { params: Promise.resolve({ id, format }) }));
  }

  async function firstPageOf(pdf: ArrayBuffer): Promise<string> {
    const file = path.join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, Buffer.from(pdf));
    return (await run('pdftotext', ['-f', '1', '-l', '1', file, '-'])).stdout.replace(/\s+/g, ' ');
  }

  async function allPagesOf(pdf: ArrayBuffer): Promise<string> {
    const file = path.join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, Buffer.from(pdf));
    return (await run('pdftotext', [file, '-'])).stdout;
  }

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
