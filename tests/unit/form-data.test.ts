import { expect, test } from 'vitest';
import { submitSchema } from '@/lib/validation/assessment';
import { formFields } from '@/lib/validation/form-data';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

test('leaves out Next’s own action fields', () => {
  expect(formFields(form([['$ACTION_ID_abc', ''], ['name', 'Ada']]))).toEqual({ name: 'Ada' });
});

test.each([1, 2, 4, 11])('keeps %i repeated values as one flat list', (count) => {
  const values = Array.from({ length: count }, (_, index) => `item-${index}`);
  const fields = formFields(form(values.map((value) => ['confirmUnrated', value])));
  expect(fields.confirmUnrated).toEqual(count === 1 ? 'item-0' : values);
});

test('a submit confirming many unrated items validates', () => {
  const keys = Array.from({ length: 7 }, (_, index) => `item-${index}`);
  const data = form([['assessmentId', 'a1'], ...keys.map((key): [string, string] => ['confirmUnrated', key])]);
  expect(submitSchema.parse({ ...formFields(data), confirmUnrated: data.getAll('confirmUnrated') }).confirmUnrated).toEqual(keys);
});
