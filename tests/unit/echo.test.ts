import { describe, expect, test } from 'vitest';
import { echo } from '@/lib/validation/action-result';
import { BRIEF_ASK_MAX, EVIDENCE_ENTRY_MAX, EVIDENCE_MAX, NOTE_MAX } from '@/lib/validation/limits';

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe('what a refused form hands back', () => {
  test.each([
    ['a progress note', NOTE_MAX],
    ['an evidence-log entry', EVIDENCE_ENTRY_MAX],
    ['the brief’s ask', BRIEF_ASK_MAX],
    ['an item’s evidence', EVIDENCE_MAX],
  ])('%s at its longest comes back whole', (_what, max) => {
    const text = 'word '.repeat(max / 5);
    expect(echo(formOf({ text }), ['text'])).toEqual({ text });
  });

  test('only the named text fields, and nothing of a file', () => {
    const form = formOf({ text: 'kept', password: 'never handed back' });
    form.append('upload', new Blob(['x']));
    expect(echo(form, ['text', 'upload'])).toEqual({ text: 'kept' });
  });

  test('text far beyond any limit is not reflected whole', () => {
    expect(echo(formOf({ text: 'x'.repeat(100_000) }), ['text']).text!.length).toBeLessThanOrEqual(EVIDENCE_MAX);
  });
});
