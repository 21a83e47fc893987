import { describe, expect, test } from 'vitest';
import { thirdPersonOf } from '@/lib/domain/readiness-verdict';
import { agreedNote, describeLevelsFrom } from '@/lib/domain/summary';

const items = (agreedWith: (string | null)[]) => agreedWith.map((levelAgreedWith) => ({ levelAgreedWith }));

describe('describeLevelsFrom', () => {
  test('says nothing when every level is the EM’s own', () => {
    expect(describeLevelsFrom(items([null, null]))).toBeNull();
  });

  test('counts the agreed levels, to the EM and about them by name', () => {
    expect(describeLevelsFrom(items(['Mo', null, null]))).toBe(
      'Gaps and priorities start from the levels you agreed with others on 1 of 3 items, and your own on the rest; readiness stays on your own ratings.',
    );
    expect(describeLevelsFrom(items(['Mo', null, null]), thirdPersonOf('Sam Lee'))).toBe(
      'Gaps and priorities start from the levels Sam Lee agreed with others on 1 of 3 items, and their own on the rest; readiness stays on their own ratings.',
    );
  });

  test('has no "of N" when every level was agreed', () => {
    expect(describeLevelsFrom(items(['Mo', 'Mo']))).toBe('Gaps and priorities start from the levels you agreed with others after talking them over; readiness stays on your own ratings.');
  });
});

describe('agreedNote', () => {
  test('names who agreed, and says "agreed" when nobody was named', () => {
    expect(agreedNote({ levelAgreedWith: 'Mo (my manager)' })).toBe('agreed with Mo (my manager)');
    expect(agreedNote({ levelAgreedWith: '' })).toBe('agreed');
    expect(agreedNote({ levelAgreedWith: null })).toBeNull();
  });
});
