// The evidence log on a real database, through the actions' own wrapper:
// what is refused writes nothing, and one user's entries are nobody else's.
import { describe, expect, test, vi } from 'vitest';
import { createEvidenceAction, deleteEvidenceAction, updateEvidenceAction } from '@/app/(app)/evidence/actions';
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from '@/lib/data/assessments';
import { getEvidence, listEvidence, listEvidenceGoals, listEvidenceSinceLastAssessment } from '@/lib/data/evidence';
import { createGoal, deleteGoal } from '@/lib/data/goals';
import { exportAccountData } from '@/lib/data/users';
import { db } from '@/lib/db/db';
import { answerSchema } from '@/lib/validation/assessment';
import { createGoalSchema } from '@/lib/validation/goal';
import { asViewer, expectRedirect, form } from '../support/action-request';
import { seedUser } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/action-request')).nextHeaders);
vi.mock('next/cache', async () => (await import('../support/action-request')).nextCache);

type User = Awaited<ReturnType<typeof seedUser>>;
const IDLE = { ok: true } as const;
const ITEM = 'managing-managers';
const OTHER_ITEM = 'engineering-culture';

const fields = (overrides: Record<string, string | string[]> = {}) => ({
  occurredOn: '2026-11-20',
  text: 'Coached Sam through his first hiring loop',
  url: 'https://example.com/debrief',
  itemKeys: [ITEM],
  goalId: '',
  ...overrides,
});

/** Logs an entry through the action, as the form posts it, and gives its id. */
async function logged(user: User, overrides: Record<string, string | string[]> = {}): Promise<string> {
  const target = await asViewer(user, () => expectRedirect(() => createEvidenceAction(IDLE, form(fields(overrides)))));
  const id = /^\/evidence\?notice=added#entry-(.+)$/.exec(target)?.[1];
  if (!id) throw new Error(`logged: redirected to ${target}`);
  return id;
}

async function goalOf(user: User, itemKey = ITEM) {
  const outcome = await createGoal(
    user,
    createGoalSchema.parse({ itemKey, action: 'Coach two leads through hiring', successMeasure: 'Both run one alone', targetDate: '2027-05-31', resourceKeys: [], customTitle: [''], customUrl: [''] }),
  );
  if (outcome.kind !== 'saved') throw new Error('goalOf: not saved');
  return outcome.goalId;
}

const count = () => db().evidenceEntry.count();

describe('logging evidence', () => {
  test('an entry with two items, a link and a goal is saved as typed and listed newest first', async () => {
    const user = await seedUser();
    const goalId = await goalOf(user);
    const first = await logged(user, { occurredOn: '2026-10-01', itemKeys: [ITEM, OTHER_ITEM], goalId, text: '  Ran the hiring debrief\r\nalone  ' });
    const second = await logged(user, { occurredOn: '2026-11-02', url: '' });
    const entries = await listEvidence(user);
    expect(entries.map((entry) => entry.id)).toEqual([second, first]);
    expect(entries[1]).toMatchObject({
      occurredOn: new Date('2026-10-01T00:00:00.000Z'),
      text: 'Ran the hiring debrief\nalone',
      url: 'https://example.com/debrief',
      itemKeys: [ITEM, OTHER_ITEM],
      goal: { id: goalId, action: 'Coach two leads through hiring' },
    });
    expect(entries[0]).toMatchObject({ url: null, goal: null });
  });

  test.each<{ name: string; overrides: Record<string, string | string[]>; field: string; message: string }>([
    { name: 'a date that does not exist', overrides: { occurredOn: '2026-02-30' }, field: 'occurredOn', message: '2026-02-30 is not a date in the calendar' },
    { name: 'a date in the far future', overrides: { occurredOn: '2090-01-01' }, field: 'occurredOn', message: 'Choose the day it happened: today or earlier' },
    { name: 'a link that is not http(s)', overrides: { url: 'javascript:alert(1)' }, field: 'url', message: 'A link must start with http:// or https://' },
    { name: 'text over 2,000 characters', overrides: { text: 'x'.repeat(2001) }, field: 'text', message: 'Keep this to 2,000 characters' },
    { name: 'no item', overrides: { itemKeys: [] }, field: 'itemKeys', message: 'Choose at least one framework item' },
    { name: 'an item key not in the framework', overrides: { itemKeys: [ITEM, 'made-up-item'] }, field: 'itemKeys', message: 'Choose items from the current framework.' },
  ])('$name: a clear message and nothing written', async ({ overrides, field, message }) => {
    const user = await seedUser();
    const before = await count();
    const result = await asViewer(user, () => createEvidenceAction(IDLE, form(fields(overrides))));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.fieldErrors?.[field]).toContain(message);
    expect(await count()).toBe(before);
  });

  test('a refusal hands back what was typed, so the form keeps it', async () => {
    const user = await seedUser();
    const result = await asViewer(user, () => createEvidenceAction(IDLE, form(fields({ url: 'ftp://example.com' }))));
    expect(result).toMatchObject({ ok: false, values: { occurredOn: '2026-11-20', text: 'Coached Sam through his first hiring loop', url: 'ftp://example.com' } });
  });

  test('a goal that is not the user’s is refused, and nothing is written', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const bGoal = await goalOf(b);
    const before = await count();
    const result = await asViewer(a, () => createEvidenceAction(IDLE, form(fields({ goalId: bGoal }))));
    expect(result).toEqual({ ok: false, reason: 'invalid', message: 'Choose one of your own goals, or none.', fieldErrors: { goalId: ['Choose one of your own goals, or none.'] } });
    expect(await count()).toBe(before);
    expect((await listEvidenceGoals(a)).map((goal) => goal.id)).not.toContain(bGoal);
  });

  test('an extra field (another user’s id) is refused', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const before = await count();
    const result = await asViewer(a, () => createEvidenceAction(IDLE, form({ ...fields(), userId: b.id })));
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await count()).toBe(before);
  });

  test('deleting the goal keeps the entry, without the goal', async () => {
    const user = await seedUser();
    const goalId = await goalOf(user);
    const id = await logged(user, { goalId });
    await deleteGoal(user, goalId);
    expect(await getEvidence(user, id)).toMatchObject({ id, goal: null });
  });
});

describe('another user’s entries', () => {
  test('cannot be read, edited or deleted; the owner’s own calls can', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const bEntry = await logged(b, { text: 'B’s private evidence' });

    expect(await getEvidence(a, bEntry)).toBeNull();
    expect(await listEvidence(a)).toEqual([]);
    const gone = { ok: false, reason: 'not-found', message: 'This entry no longer exists: it may have been deleted in another tab.' };
    expect(await asViewer(a, () => updateEvidenceAction(IDLE, form({ entryId: bEntry, ...fields({ text: 'Rewritten by A' }) })))).toEqual(gone);
    expect(await asViewer(a, () => deleteEvidenceAction(IDLE, form({ entryId: bEntry })))).toEqual(gone);
    expect(await getEvidence(b, bEntry)).toMatchObject({ text: 'B’s private evidence' });

    const updated = await asViewer(b, () => expectRedirect(() => updateEvidenceAction(IDLE, form({ entryId: bEntry, ...fields({ text: 'Rewritten by B' }) }))));
    expect(updated).toBe(`/evidence?notice=updated#entry-${bEntry}`);
    expect(await getEvidence(b, bEntry)).toMatchObject({ text: 'Rewritten by B' });
    expect(await asViewer(b, () => expectRedirect(() => deleteEvidenceAction(IDLE, form({ entryId: bEntry, by: 'month' }))))).toBe('/evidence?by=month&notice=deleted');
    expect(await getEvidence(b, bEntry)).toBeNull();
  });

  test('an edit with bad input changes nothing', async () => {
    const user = await seedUser();
    const id = await logged(user);
    const result = await asViewer(user, () => updateEvidenceAction(IDLE, form({ entryId: id, ...fields({ itemKeys: ['made-up-item'], text: 'Changed' }) })));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', message: 'Choose items from the current framework.' });
    expect(await getEvidence(user, id)).toMatchObject({ text: 'Coached Sam through his first hiring loop', itemKeys: [ITEM] });
  });

  test('are not in the user’s data export; the user’s own are', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const mine = await logged(a, { text: 'A’s own evidence' });
    await logged(b, { text: 'B’s private evidence' });
    const data = await exportAccountData(a);
    expect(data?.evidenceEntries).toEqual([
      expect.objectContaining({ id: mine, occurredOn: new Date('2026-11-20T00:00:00.000Z'), text: 'A’s own evidence', url: 'https://example.com/debrief', itemKeys: [ITEM], goalId: null }),
    ]);
    expect(JSON.stringify(data)).not.toContain('B’s private evidence');
  });
});

describe('evidence since the last assessment', () => {
  async function submitOn(user: User, submittedAt: Date) {
    const { assessmentId } = (await startAssessment(user, 'blank'))!;
    const assessment = (await getAssessment(user, assessmentId))!;
    const item = assessment.frameworkVersion.sections[0]!.items[0]!;
    await saveAnswer(user, answerSchema.parse({ assessmentId, itemId: item.id, baseRevision: 0, level: 3, noOpportunity: false, targetLevel: 4, confidence: 'LOW', evidence: 'Ran calibration' }));
    await submitAssessment(user, assessmentId, assessment.frameworkVersion.sections.flatMap((section) => section.items.map((entry) => entry.key)));
    await db().assessment.update({ where: { id: assessmentId }, data: { submittedAt } });
  }

  test('before a first assessment every entry counts; after one, those from its day on, on the items asked for', async () => {
    const user = await seedUser();
    const old = await logged(user, { occurredOn: '2026-09-01' });
    const sameDay = await logged(user, { occurredOn: '2026-10-15' });
    const later = await logged(user, { occurredOn: '2026-11-01', itemKeys: [OTHER_ITEM, ITEM] });
    const elsewhere = await logged(user, { occurredOn: '2026-11-02', itemKeys: [OTHER_ITEM] });
    expect((await listEvidenceSinceLastAssessment(user, [ITEM])).map((entry) => entry.id)).toEqual([later, sameDay, old]);

    await submitOn(user, new Date('2026-10-15T16:30:00.000Z'));
    expect((await listEvidenceSinceLastAssessment(user, [ITEM])).map((entry) => entry.id)).toEqual([later, sameDay]);
    expect((await listEvidenceSinceLastAssessment(user, [OTHER_ITEM])).map((entry) => entry.id)).toEqual([elsewhere, later]);

    const other = await seedUser();
    expect(await listEvidenceSinceLastAssessment(other, [ITEM, OTHER_ITEM])).toEqual([]);
  });
});

describe('deleting an account', () => {
  test('removes its entries and no one else’s', async () => {
    const a = await seedUser();
    const b = await seedUser();
    const removed = await logged(a);
    const kept = await logged(b);
    await db().user.delete({ where: { id: a.id } });
    expect(await db().evidenceEntry.findMany({ where: { id: { in: [removed, kept] } }, select: { id: true } })).toEqual([{ id: kept }]);
  });
});
