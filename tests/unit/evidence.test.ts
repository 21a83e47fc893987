import { describe, expect, test } from 'vitest';
import {
  appendEvidence,
  evidenceParagraph,
  groupEvidenceByItem,
  groupEvidenceByMonth,
  holdsParagraph,
  monthLabel,
} from '@/lib/domain/evidence';
import { createEvidenceSchema, deleteEvidenceSchema, newEvidenceQuerySchema, updateEvidenceSchema } from '@/lib/validation/evidence';

const today = new Date().toISOString().slice(0, 10);
const valid = { occurredOn: '2026-11-20', text: 'Coached Sam through his first hiring loop', url: '', itemKeys: 'managing-managers', goalId: '' };

describe('createEvidenceSchema', () => {
  test('a form with one item, no link and no goal', () => {
    expect(createEvidenceSchema.parse(valid)).toEqual({
      occurredOn: new Date('2026-11-20T00:00:00.000Z'),
      text: 'Coached Sam through his first hiring loop',
      url: null,
      itemKeys: ['managing-managers'],
      goalId: null,
    });
  });

  test('several items (repeated, de-duplicated), a link and a goal', () => {
    const parsed = createEvidenceSchema.parse({
      ...valid,
      url: ' https://example.com/doc ',
      itemKeys: ['managing-managers', 'engineering-culture', 'managing-managers'],
      goalId: 'cgoal123',
    });
    expect(parsed).toMatchObject({ url: 'https://example.com/doc', itemKeys: ['managing-managers', 'engineering-culture'], goalId: 'cgoal123' });
  });

  test('today is allowed', () => {
    expect(createEvidenceSchema.safeParse({ ...valid, occurredOn: today }).success).toBe(true);
  });

  test.each([
    { field: 'occurredOn', value: '2027-02-30', message: '2027-02-30 is not a date in the calendar' },
    { field: 'occurredOn', value: '2026-13-01', message: '2026-13-01 is not a date in the calendar' },
    { field: 'occurredOn', value: '20/11/2026', message: 'Give a date as year-month-day, e.g. 2027-03-31' },
    { field: 'occurredOn', value: '2099-01-01', message: 'Choose the day it happened: today or earlier' },
    { field: 'occurredOn', value: '1999-12-31', message: 'Choose a date between 2000 and 2100' },
    { field: 'text', value: '   ', message: 'Write what happened' },
    { field: 'text', value: 'x'.repeat(2001), message: 'Keep this to 2,000 characters' },
    { field: 'text', value: 'a\u0000b', message: 'Remove the invisible control character (U+0000) from this text' },
    { field: 'url', value: 'javascript:alert(1)', message: 'A link must start with http:// or https://' },
    { field: 'url', value: 'ftp://example.com/file', message: 'A link must start with http:// or https://' },
    { field: 'itemKeys', value: undefined, message: 'Choose at least one framework item' },
    { field: 'itemKeys', value: 'Not A Key!', message: 'Choose an item from the framework' },
    { field: 'goalId', value: 'not an id', message: 'Not a valid id' },
  ])('$field = $value is refused: $message', ({ field, value, message }) => {
    const result = createEvidenceSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  test('2,000 characters exactly is allowed', () => {
    expect(createEvidenceSchema.safeParse({ ...valid, text: 'x'.repeat(2000) }).success).toBe(true);
  });

  test.each(['userId', 'id'])('an extra %s field is refused', (field) => {
    expect(createEvidenceSchema.safeParse({ ...valid, [field]: 'someone' }).success).toBe(false);
  });

  test('editing needs the entry id; deleting takes an id and the grouping to return to', () => {
    expect(updateEvidenceSchema.safeParse(valid).success).toBe(false);
    expect(updateEvidenceSchema.safeParse({ ...valid, entryId: 'centry1' }).success).toBe(true);
    expect(deleteEvidenceSchema.parse({ entryId: 'centry1', by: 'month' })).toEqual({ entryId: 'centry1', by: 'month' });
    expect(deleteEvidenceSchema.safeParse({ entryId: 'centry1', by: 'year' }).success).toBe(false);
  });

  test('the new-entry page ignores a malformed preselection', () => {
    expect(newEvidenceQuerySchema.parse({ item: 'managing-managers', goal: 'cgoal1' })).toEqual({ item: 'managing-managers', goal: 'cgoal1' });
    expect(newEvidenceQuerySchema.parse({ item: '<script>', goal: ['a', 'b'] })).toEqual({ item: undefined, goal: undefined });
  });
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const entry = (id: string, occurredOn: string, itemKeys: string[], createdAt = '2026-12-01T09:00:00.000Z') => ({
  id,
  occurredOn: day(occurredOn),
  itemKeys,
  createdAt: new Date(createdAt),
});

describe('grouping the log', () => {
  const entries = [
    entry('a', '2026-10-03', ['culture']),
    entry('b', '2026-11-20', ['hiring', 'culture']),
    entry('c', '2026-11-20', ['hiring'], '2026-12-01T10:00:00.000Z'),
    entry('d', '2026-09-30', ['retired-item']),
  ];

  test('by item: framework order, an entry under each of its items, newest first, unknown keys last', () => {
    const groups = groupEvidenceByItem(entries, ['hiring', 'culture', 'strategy']);
    expect(groups.map((group) => [group.itemKey, group.entries.map((each) => each.id)])).toEqual([
      ['hiring', ['c', 'b']],
      ['culture', ['b', 'a']],
      ['retired-item', ['d']],
    ]);
  });

  test('by month: newest month first, each month newest first', () => {
    const groups = groupEvidenceByMonth(entries);
    expect(groups.map((group) => [group.month, group.entries.map((each) => each.id)])).toEqual([
      ['2026-11', ['c', 'b']],
      ['2026-10', ['a']],
      ['2026-09', ['d']],
    ]);
    expect(monthLabel('2026-11')).toBe('November 2026');
  });

  test('an empty log has no groups', () => {
    expect(groupEvidenceByItem([], ['hiring'])).toEqual([]);
    expect(groupEvidenceByMonth([])).toEqual([]);
  });
});

describe('adding an entry to the evidence box', () => {
  const paragraph = evidenceParagraph({ occurredOn: '2026-11-20', text: 'Ran the debrief', url: 'https://example.com/doc' });

  test.each([
    { current: '', expected: '2026-11-20: Ran the debrief (https://example.com/doc)' },
    { current: 'Led calibration.  \n', expected: 'Led calibration.\n\n2026-11-20: Ran the debrief (https://example.com/doc)' },
  ])('after "$current"', ({ current, expected }) => {
    expect(appendEvidence(current, paragraph, 4000)).toBe(expected);
    expect(holdsParagraph(expected, paragraph)).toBe(true);
  });

  test('no link, no brackets', () => {
    expect(evidenceParagraph({ occurredOn: '2026-11-20', text: 'Ran the debrief', url: null })).toBe('2026-11-20: Ran the debrief');
  });

  test('what would not fit is not cut: null', () => {
    expect(appendEvidence('x'.repeat(3990), paragraph, 4000)).toBeNull();
  });
});
