import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calendarEvents, type CalendarGoal, type CalendarSource } from '@/lib/domain/calendar';
import { renderCalendar } from '@/lib/export/ical';
import { parseCalendar } from '../support/calendar-parse';

const ORIGIN = 'https://headway.example';
const NOW = new Date('2026-12-04T10:15:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const goal = (id: string, targetDate: string, action = `Goal ${id}`): CalendarGoal => ({
  id,
  action,
  successMeasure: 'Two leads run hiring loops on their own',
  itemTitle: 'Managing Managers',
  targetDate: day(targetDate),
});

const source = (overrides: Partial<CalendarSource> = {}): CalendarSource => ({
  feedId: 'feed1',
  chosenReviewDate: null,
  lastSubmittedAt: null,
  openGoals: [],
  ...overrides,
});

describe('the calendar’s events', () => {
  test('before a first submission and with no chosen date there is no review, only goals', () => {
    expect(calendarEvents(source({ openGoals: [goal('g1', '2027-01-31')] })).map((event) => event.uid)).toEqual(['goal-g1@headway']);
  });

  test('the review falls three months after the last submission, or on the chosen date, and leads to a new assessment', () => {
    const [fromSubmission] = calendarEvents(source({ lastSubmittedAt: new Date('2026-12-04T15:30:00Z') }));
    expect(fromSubmission).toMatchObject({ date: day('2027-03-04'), path: '/assess', uid: 'review-feed1@headway' });
    expect(fromSubmission?.description).toMatch(/^Three months after your last submitted assessment\./);
    const [chosen] = calendarEvents(source({ lastSubmittedAt: new Date('2026-12-04T15:30:00Z'), chosenReviewDate: day('2027-02-01') }));
    expect(chosen).toMatchObject({ date: day('2027-02-01'), description: expect.stringMatching(/^The review date you chose\./) as string });
  });

  test('goals follow the review, soonest first, each leading to its card on the plan', () => {
    const events = calendarEvents(source({ lastSubmittedAt: day('2026-12-01'), openGoals: [goal('late', '2027-06-30'), goal('soon', '2027-01-15')] }));
    expect(events.map((event) => [event.uid, event.path])).toEqual([
      ['review-feed1@headway', '/assess'],
      ['goal-soon@headway', '/plan#goal-soon'],
      ['goal-late@headway', '/plan#goal-late'],
    ]);
    expect(events[1]).toMatchObject({ summary: 'Goal due: Goal soon', description: 'Managing Managers. How you will know it worked: Two leads run hiring loops on their own' });
  });
});

describe('the iCalendar document, read back by an independent parser', () => {
  test('holds every event with its all-day date, summary, link, unique id and a stamp', () => {
    const events = calendarEvents(source({ lastSubmittedAt: day('2026-11-30'), openGoals: [goal('g1', '2027-01-31'), goal('g2', '2027-02-28')] }));
    const text = renderCalendar(events, ORIGIN, NOW);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    // All-day dates are written as dates, not as midnight in some time zone.
    expect(text.match(/^DTSTART;VALUE=DATE:\d{8}\r$/gm)).toHaveLength(3);
    const parsed = parseCalendar(text);
    expect(parsed.name).toBe('Headway: reviews and goals');
    expect(parsed.events).toEqual([
      {
        uid: 'review-feed1@headway',
        summary: 'Headway review: take your next assessment',
        description: 'Three months after your last submitted assessment. Take a new assessment to see how your gaps have closed.',
        url: `${ORIGIN}/assess`,
        date: '2027-02-28',
        stamp: '2026-12-04T10:15:00Z',
      },
      { uid: 'goal-g1@headway', summary: 'Goal due: Goal g1', description: events[1]!.description, url: `${ORIGIN}/plan#goal-g1`, date: '2027-01-31', stamp: '2026-12-04T10:15:00Z' },
      { uid: 'goal-g2@headway', summary: 'Goal due: Goal g2', description: events[2]!.description, url: `${ORIGIN}/plan#goal-g2`, date: '2027-02-28', stamp: '2026-12-04T10:15:00Z' },
    ]);
  });

  test('an empty plan before any submission is still a valid, empty calendar', () => {
    expect(parseCalendar(renderCalendar(calendarEvents(source()), ORIGIN, NOW))).toEqual({ name: 'Headway: reviews and goals', events: [] });
  });

  test('whatever a goal says (commas, semicolons, backslashes, line breaks, any script) comes back as written', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(text, text, fc.date({ min: day('2020-01-01'), max: day('2100-12-31'), noInvalidDate: true }), (action, successMeasure, when) => {
        const targetDate = new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate()));
        const [event] = calendarEvents(source({ openGoals: [{ id: 'g1', action, successMeasure, itemTitle: 'Engineering Culture', targetDate }] }));
        const [parsed] = parseCalendar(renderCalendar([event!], ORIGIN, NOW)).events;
        expect(parsed).toMatchObject({ summary: event!.summary, description: event!.description, date: targetDate.toISOString().slice(0, 10) });
      }),
      { numRuns: 300 },
    );
  });
});
