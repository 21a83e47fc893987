import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SummaryItems } from '@/components/gaps/summary-items';
import { SummaryOverview } from '@/components/gaps/summary-overview';
import { SummaryPlan } from '@/components/plan/summary-plan';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { goalOn, summaryOf } from '../support/summary-fixture';
import { ownWords, secondPersonIn } from '../support/second-person';

// The share page's appendix (after the brief) is read by the EM's manager or
// coach: it speaks of the EM by name. The EM's own gap view, built from the
// same components, keeps speaking to them.
const NOW = new Date('2027-01-15T12:00:00Z');
const EVIDENCE = 'Ran the calibration round with you-know-who and wrote up your feedback.';
const answers = [2, 3, 4, 1, 2, 4, null, 3, 4, 3, 4].map((level, index) => ({
  level,
  noOpportunity: level === null,
  // A low-confidence priority and a strength without evidence, so every optional line is drawn.
  confidence: index === 3 ? ('LOW' as const) : ('HIGH' as const),
  evidence: index === 5 ? '' : EVIDENCE,
}));
const goals = [goalOn('managing-managers'), goalOn('operating-model', { id: 'goal-2', targetDate: new Date('2026-12-01T00:00:00Z') })];
const previous = [1, 2, 3, 1, 2, 3, null, 2, 3, 3, 3];

function appendix(summary: DevelopmentSummary, addGoalFrom?: string): string {
  const { container } = render(
    <>
      <SummaryOverview summary={summary} addGoalFrom={addGoalFrom} />
      <SummaryPlan summary={summary} now={NOW} addGoalFrom={addGoalFrom} />
      <SummaryItems summary={summary} />
    </>,
  );
  // Every text a reader or a screen reader meets: the labels and descriptions as well as the visible text.
  const labels = [...container.querySelectorAll('[aria-label], [title]')].map((element) => `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`);
  return [container.textContent ?? '', ...labels].join(' ');
}

describe('the summary under the shared brief', () => {
  test('speaks of the EM by name and never to anyone, apart from the words it quotes', () => {
    const summary = summaryOf(answers, previous, goals, { shared: true });
    expect(summary.priorities.some((priority) => priority.action === 'in-plan')).toBe(true);
    expect(summary.priorities.some((priority) => priority.action === 'calibrate')).toBe(true);
    expect(summary.opportunities).not.toHaveLength(0);
    const text = appendix(summary);
    expect(secondPersonIn(ownWords(text, summary))).toEqual([]);
    expect(text).toContain('Items Ada Lovelace pins come first');
    expect(text).toContain('Where Ada Lovelace is against their targets');
    expect(text).toContain('Ada Lovelace has had no opportunity yet to show these.');
    expect(text).toContain('In their plan: an open goal in their plan already covers it.');
    // The quoted evidence stays as the EM wrote it.
    expect(text).toContain(EVIDENCE);
  });

  test('the check finds a "you" in the page’s own words, so a clean result means something', () => {
    const summary = summaryOf(answers, previous, goals);
    expect(secondPersonIn(ownWords(appendix(summary), summary)).length).toBeGreaterThan(0);
  });

  test('the EM’s own gap view still speaks to them', () => {
    const summary = summaryOf(answers, previous, goals);
    const text = appendix(summary, summary.assessment.id);
    expect(text).toContain('Items you pin come first');
    expect(text).toContain('Where you are against your targets');
    expect(text).toContain('You had no opportunity yet to show these.');
    expect(text).toContain('In your plan: an open goal in your plan already covers it.');
    expect(text).toContain('Your priorities');
  });
});
