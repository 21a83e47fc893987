import { describe, expect, test } from 'vitest';
import { compareItem, invitationStatus, median, ratedCount, type OthersRating } from '@/lib/domain/others-view';

const manager = (level: number | null, noOpportunity = false): OthersRating => ({ role: 'MANAGER', level, noOpportunity });
const peer = (level: number | null, noOpportunity = false): OthersRating => ({ role: 'PEER', level, noOpportunity });

describe('comparing self with others', () => {
  test.each([
    ['a manager two below: a blind spot to talk about', 4, [manager(2)], { others: 2, difference: 2, talkAboutThis: true, kind: 'blind spot', peers: null }],
    ['a mentor one above: a hidden strength, not flagged', 2, [{ role: 'MENTOR', level: 3, noOpportunity: false }], { others: 3, difference: -1, talkAboutThis: false, kind: 'hidden strength' }],
    ['two peers are too few to be shown or counted', 3, [peer(1), peer(1)], { others: null, difference: null, kind: 'not comparable', peers: null }],
    ['three peers make an aggregate', 3, [peer(1), peer(5), peer(2)], { peers: { median: 2, min: 1, max: 5, count: 3 }, others: 2, difference: 1, kind: 'blind spot' }],
    ['"no opportunity" is not a level', 3, [manager(null, true), peer(4), peer(4), peer(4, true)], { others: null, peers: null, kind: 'not comparable' }],
    ['no self-rating: nothing to compare', null, [manager(3)], { others: 3, difference: null, kind: 'not comparable', talkAboutThis: false }],
    ['named and peers together: the middle of all', 5, [manager(3), peer(2), peer(3), peer(4)], { others: 3, difference: 2, talkAboutThis: true, kind: 'blind spot' }],
    ['the same level: aligned', 3, [manager(3)], { difference: 0, kind: 'aligned', talkAboutThis: false }],
  ] as const)('%s', (_name, self, ratings, expected) => {
    expect(compareItem(self, ratings)).toMatchObject(expected);
  });

  test.each([
    [[], null],
    [[3], 3],
    [[1, 4], 2.5],
    [[5, 1, 3], 3],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('invitation states as the subject reads them', () => {
  const now = new Date('2027-01-10T12:00:00Z');
  const later = new Date('2027-01-11T00:00:00Z');
  const earlier = new Date('2027-01-09T00:00:00Z');
  test.each([
    ['PENDING', later, 'invited'],
    ['PENDING', earlier, 'expired'],
    ['ACCEPTED', later, 'accepted'],
    ['ACCEPTED', earlier, 'expired'],
    ['SUBMITTED', earlier, 'submitted'],
    ['WITHDRAWN', later, 'withdrawn'],
  ] as const)('%s, expiring %s: %s', (state, expiresAt, expected) => {
    expect(invitationStatus({ state, expiresAt }, now)).toBe(expected);
  });

  test('the count leaves withdrawn invitations out', () => {
    expect(ratedCount(['submitted', 'accepted', 'withdrawn', 'expired']).text).toBe('1 of 3 have rated');
    expect(ratedCount(['invited']).text).toBe('0 of 1 has rated');
    expect(ratedCount([]).text).toBe('Nobody has been asked yet');
  });
});
