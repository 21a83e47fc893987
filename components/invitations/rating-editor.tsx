'use client';

import { useActionState, useCallback, useMemo, useState } from 'react';
import { saveAllRatingsAction, submitRatingAction, type SubmitRatingResult } from '@/app/(app)/rate/actions';
import type { AnswerState, EditorSection, LevelName, SaveStatus } from '@/components/assessment/types';
import { useLeaveWarning } from '@/components/assessment/use-autosave';
import { Button } from '@/components/ui/button';
import { cardClasses } from '@/components/ui/card';
import { FormMessage } from '@/components/ui/form-message';
import { OverallComment } from './overall-comment';
import { RatingItem } from './rating-item';
import { Section } from '@/components/ui/section';

type Props = {
  invitationId: string;
  subjectName: string;
  sections: EditorSection[];
  levels: LevelName[];
  answers: AnswerState[];
  overall: { comment: string; revision: number };
  limits: { comment: number; overall: number };
};
type Report = { status: SaveStatus; rated: boolean };

export function RatingEditor({ invitationId, subjectName, sections, levels, answers, overall, limits }: Props) {
  const items = useMemo(() => sections.flatMap((section) => section.items), [sections]);
  const initialById = useMemo(() => new Map(answers.map((answer) => [answer.itemId, answer])), [answers]);
  const [reports, setReports] = useState<Record<string, Report>>(() =>
    Object.fromEntries(answers.map((answer) => [answer.itemId, { status: 'saved' as const, rated: answer.noOpportunity || answer.level !== null }])),
  );
  const [overallStatus, setOverallStatus] = useState<SaveStatus>('saved');
  const onReport = useCallback((itemId: string, report: Report) => {
    setReports((current) => {
      const previous = current[itemId];
      return previous?.status === report.status && previous.rated === report.rated ? current : { ...current, [itemId]: report };
    });
  }, []);
  const [saveAll, saveAllAction] = useActionState(saveAllRatingsAction, { ok: true });
  const [submitted, submitAction, submitting] = useActionState<SubmitRatingResult, FormData>(submitRatingAction, { ok: true });
  const missing = items.filter((item) => !reports[item.id]?.rated);
  const statuses = [...Object.values(reports).map((report) => report.status), overallStatus];
  const unsaved = statuses.some((status) => status !== 'saved');
  const problems = statuses.filter((status) => status === 'retrying' || status === 'conflict' || status === 'refused').length;

  useLeaveWarning(unsaved);

  return (
    <div className="space-y-8">
      <div className="sticky top-0 z-10 -mx-4 border-b border-border bg-surface-muted/95 px-4 py-3 backdrop-blur">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-medium">
            {items.length - missing.length} of {items.length} rated
          </p>
          <p role="status" aria-live="polite" className={problems ? 'font-medium text-danger' : 'text-text-muted'}>
            {problems ? `${problems} not saved` : unsaved ? 'Saving…' : 'All changes saved'}
          </p>
        </div>
      </div>

      <form action={saveAllAction} className="space-y-10">
        <input type="hidden" name="invitationId" value={invitationId} />
        {!saveAll.ok ? <FormMessage tone="error">{saveAll.message}</FormMessage> : null}
        {sections.map((section) => (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="space-y-4">
            <h2 id={`section-${section.key}`} className="text-2xl font-semibold">
              {section.title}
            </h2>
            {section.items.map((item) => {
              const initial = initialById.get(item.id);
              return initial ? (
                <RatingItem
                  key={item.id}
                  invitationId={invitationId}
                  subjectName={subjectName}
                  item={item}
                  levels={levels}
                  initial={initial}
                  commentMax={limits.comment}
                  onReport={onReport}
                />
              ) : null;
            })}
          </section>
        ))}
        <Section headingId="overall-heading" title="Overall" className={`space-y-3 ${cardClasses}`}>
          <OverallComment invitationId={invitationId} initial={overall} max={limits.overall} onStatus={setOverallStatus} />
        </Section>
        <noscript>
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-accent-contrast">
            Save ratings
          </button>
        </noscript>
      </form>

      <form action={submitAction} className={`space-y-4 ${cardClasses}`} aria-labelledby="submit-heading">
        <h2 id="submit-heading" className="text-xl font-semibold">
          Submit your ratings
        </h2>
        <p className="text-text-muted">Submitting makes your ratings final. Every item needs a level or “no opportunity to see this” first.</p>
        {!submitted.ok ? <FormMessage tone="error">{submitted.message}</FormMessage> : null}
        <input type="hidden" name="invitationId" value={invitationId} />
        <Button type="submit" disabled={submitting || unsaved}>
          {submitting ? 'Submitting…' : 'Submit ratings'}
        </Button>
        {unsaved ? <p className="text-sm text-text-muted">Waiting for your last changes to save before submitting.</p> : null}
      </form>
    </div>
  );
}
