// The progress page over a long history, over plain HTTP: it charts the latest
// assessments and says how many there are, and shows every one when asked.
import { describe, expect, inject, test } from 'vitest';
import { z } from 'zod';
import { PROGRESS_WINDOW } from '@/lib/data/progress';
import { htmlToText } from '../support/html-text';
import { formOf, signUpOverHttp, startDraftOverHttp } from '../support/http-session';
import { actionId, actionResult, callAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const SUBMIT = actionId('app/(app)/assessments/actions.ts', 'submitAssessmentAction');

/** Submits a draft with nothing rated: the first call names the unrated items, the second confirms them. */
async function submitUnrated(cookie: string, assessmentId: string): Promise<void> {
  const submit = (confirmUnrated: string[]) =>
    callAction(baseUrl, { id: SUBMIT, path: `/assessments/${assessmentId}`, args: [{ ok: true }, formOf({ assessmentId, confirmUnrated })], cookie });
  const asked = z.object({ detail: z.object({ unrated: z.array(z.object({ key: z.string() })) }) }).parse(actionResult((await submit([])).body));
  const done = await submit(asked.detail.unrated.map((item) => item.key));
  if (!done.redirect?.includes('notice=submitted')) throw new Error(`Submitting failed (${done.status}): ${done.body.slice(0, 300)}`);
}

async function progressPage(cookie: string, query = ''): Promise<{ text: string; rows: number }> {
  const response = await fetch(`${baseUrl}/progress${query}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  const html = await response.text();
  // Rows of the readiness table: one per assessment, each headed by its date.
  return { text: htmlToText(html), rows: (html.match(/<th scope="row"/g) ?? []).length };
}

describe('progress over a long history', () => {
  test('shows the latest assessments with how many there are in all, and every one when asked', { timeout: 180_000 }, async () => {
    const { cookie } = await signUpOverHttp(baseUrl);
    for (let index = 0; index <= PROGRESS_WINDOW; index += 1) await submitUnrated(cookie, await startDraftOverHttp(baseUrl, cookie));
    const submitted = PROGRESS_WINDOW + 1;

    const latest = await progressPage(cookie);
    expect(latest.text).toContain(`Showing your latest ${PROGRESS_WINDOW} of ${submitted} submitted assessments.`);
    expect(latest.text).toContain(`Show all ${submitted}`);
    expect(latest.rows).toBe(PROGRESS_WINDOW);
    // Nothing is rated, so there is no change to report, and no claim of a single assessment.
    expect(latest.text).toContain('A change in readiness shows once two of your submitted assessments have ratings.');

    const all = await progressPage(cookie, '?all=1');
    expect(all.text).toContain(`Showing all ${submitted} submitted assessments.`);
    expect(all.text).toContain(`Show the latest ${PROGRESS_WINDOW}`);
    expect(all.rows).toBe(submitted);

    // Anything else in the query is the default view, never an error.
    expect((await progressPage(cookie, '?all=yes')).rows).toBe(PROGRESS_WINDOW);
  });
});
