import { describe, expect, test } from 'vitest';
import { SAMPLE_BRIEF_CHOICES, SAMPLE_NAME, sampleSummarySource } from '@/lib/content/sample-assessment';
import { briefTexts, buildBrief } from '@/lib/domain/brief';
import { buildSummary } from '@/lib/domain/summary';

// The signed-out home page's sample is built, not drawn: whatever the date it
// is shown on, it reads as a fresh first assessment with every part of the
// brief in it.
describe('the sample assessment', () => {
  test.each([new Date('2026-12-04T08:00:00Z'), new Date('2031-02-28T23:59:00Z')])('on %s it shows a figure, strengths, gaps, an ask and a plan not yet due', (now) => {
    const summary = buildSummary(sampleSummarySource(now));
    expect(summary.readiness.state).toBe('figure');
    expect(summary.items.every((item) => item.answer !== null)).toBe(true);
    const brief = buildBrief(summary, SAMPLE_BRIEF_CHOICES, null, now);
    expect(brief.title).toBe(`${SAMPLE_NAME}: development brief`);
    expect(brief.sections.map((section) => section.key)).toEqual(['readiness', 'strengths', 'gaps', 'ask', 'plan']);
    for (const section of brief.sections.filter((candidate) => candidate.key !== 'readiness' && candidate.key !== 'ask')) expect(section.entries.length, section.key).toBeGreaterThan(0);
    expect(briefTexts(brief).join(' ')).not.toMatch(/overdue|\byou\b|\byour\b/i);
    expect(summary.assessment.submittedAt!.getTime()).toBeLessThan(now.getTime());
  });
});
