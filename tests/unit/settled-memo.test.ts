import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { settledMemo, type AssessmentStamp } from '@/lib/data/settled-memo';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const ADA = { id: 'ada' };
const submitted = (id: string, secondsAgo: number, updatedAt = new Date(NOW - secondsAgo * 1000)): AssessmentStamp => ({
  id,
  status: 'SUBMITTED',
  submittedAt: new Date(NOW - secondsAgo * 1000),
  updatedAt,
});
const draft = (id: string): AssessmentStamp => ({ id, status: 'DRAFT', submittedAt: null, updatedAt: new Date(NOW - 5_000) });

/** A memo whose loader records which ids it was asked for and answers "value of <id> #<call>". */
function recordingMemo() {
  const asked: string[][] = [];
  const read = settledMemo<string>(randomUUID());
  const load = (missing: readonly AssessmentStamp[]) => {
    asked.push(missing.map(({ id }) => id));
    return Promise.resolve(new Map(missing.map(({ id }) => [id, `${id} #${asked.length}`])));
  };
  return { asked, read: (stamps: AssessmentStamp[], now = NOW, viewer = ADA) => read(viewer, stamps, load, now) };
}

describe('settledMemo', () => {
  test('keeps what it derived from an assessment submitted over a minute ago, and asks again only for the rest', async () => {
    const memo = recordingMemo();
    const settled = submitted('a', 3600);
    expect(await memo.read([settled, draft('d')])).toEqual(new Map([['a', 'a #1'], ['d', 'd #1']]));
    expect(await memo.read([settled, draft('d')])).toEqual(new Map([['a', 'a #1'], ['d', 'd #2']]));
    expect(memo.asked).toEqual([['a', 'd'], ['d']]);
  });

  test('reads a just-submitted assessment again until it has settled, since a save on its way may still land', async () => {
    const memo = recordingMemo();
    const fresh = submitted('a', 10);
    await memo.read([fresh]);
    await memo.read([fresh]);
    expect(memo.asked).toEqual([['a'], ['a']]);
    await memo.read([fresh], NOW + 120_000);
    await memo.read([fresh], NOW + 120_000);
    expect(memo.asked).toEqual([['a'], ['a'], ['a']]);
  });

  test('what was kept for one viewer is never served to another, whatever stamps they pass', async () => {
    const memo = recordingMemo();
    const settled = submitted('a', 3600);
    await memo.read([settled]);
    expect(await memo.read([settled], NOW, { id: 'bea' })).toEqual(new Map([['a', 'a #2']]));
    expect(memo.asked).toEqual([['a'], ['a']]);
  });

  test('a row changed since (a new measure moves its updatedAt) is read afresh', async () => {
    const memo = recordingMemo();
    await memo.read([submitted('a', 3600)]);
    const remeasured = submitted('a', 3600, new Date(NOW - 1000));
    expect(await memo.read([remeasured])).toEqual(new Map([['a', 'a #2']]));
    expect(memo.asked).toEqual([['a'], ['a']]);
  });

  test('keeps nothing for an assessment the loader found nothing for (not the viewer’s), and asks nothing for an empty list', async () => {
    const memo = recordingMemo();
    const read = settledMemo<string>(randomUUID());
    const asked: string[] = [];
    const none = (missing: readonly AssessmentStamp[]) => {
      asked.push(...missing.map(({ id }) => id));
      return Promise.resolve(new Map<string, string>());
    };
    expect(await read(ADA, [submitted('x', 3600)], none, NOW)).toEqual(new Map());
    expect(await read(ADA, [submitted('x', 3600)], none, NOW)).toEqual(new Map());
    expect(asked).toEqual(['x', 'x']);
    expect(await memo.read([])).toEqual(new Map());
    expect(memo.asked).toEqual([]);
  });
});
