'use client';

import { useActionState, useCallback, useEffect, useMemo, useState } from 'react';
import { saveAllAnswersAction, saveAnswerAction } from '@/app/assessments/actions';
import { FormMessage } from '@/components/ui/form-message';
import { ItemEditor } from './item-editor';
import { SubmitPanel } from './submit-panel';
import { FrameworkSection } from './framework-section';
import type { AnswerState, EditorSection, LevelName, SaveStatus } from './types';

type Props = { assessmentId: string; sections: EditorSection[]; levels: LevelName[]; answers: AnswerState[] };
type Report = { status: SaveStatus; rated: boolean };

export function AssessmentEditor({ assessmentId, sections, levels, answers }: Props) {
  const items = useMemo(() => sections.flatMap((section) => section.items), [sections]);
  const initialById = useMemo(() => new Map(answers.map((answer) => [answer.itemId, answer])), [answers]);
  const [reports, setReports] = useState<Record<string, Report>>(() =>
    Object.fromEntries(
      answers.map((answer) => [answer.itemId, { status: 'saved' as const, rated: answer.noOpportunity || answer.level !== null }]),
    ),
  );
  const onReport = useCallback((itemId: string, report: Report) => {
    setReports((current) => {
      const previous = current[itemId];
      return previous?.status === report.status && previous.rated === report.rated ? current : { ...current, [itemId]: report };
    });
  }, []);

  // Without JavaScript the whole form is posted at once; a refusal comes back here.
  const [saveAll, saveAllAction] = useActionState(saveAllAnswersAction, { ok: true });
  const missing = items.filter((item) => !reports[item.id]?.rated);
  const statuses = Object.values(reports).map((report) => report.status);
  const unsaved = statuses.some((status) => status !== 'saved');
  const problems = statuses.filter((status) => status === 'retrying' || status === 'conflict' || status === 'refused').length;
  const overall = problems
    ? `${problems} item${problems === 1 ? '' : 's'} not saved`
    : statuses.some((status) => status === 'saving' || status === 'pending')
      ? 'Saving…'
      : 'All changes saved';

  // Leaving with unsaved changes would lose them: ask first.
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return (
    <div className="space-y-8">
      <div className="sticky top-0 z-10 -mx-4 border-b border-border bg-surface-muted/95 px-4 py-3 backdrop-blur">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="font-medium">
            {items.length - missing.length} of {items.length} rated
          </p>
          <p role="status" aria-live="polite" className={problems ? 'font-medium text-danger' : 'text-text-muted'}>
            {overall}
          </p>
        </div>
        {missing.length > 0 && missing.length < items.length ? (
          <p className="mt-1 text-sm text-text-muted">Still to rate: {missing.map((item) => item.title).join(', ')}.</p>
        ) : null}
      </div>

      <form action={saveAllAction} className="space-y-10">
        <input type="hidden" name="assessmentId" value={assessmentId} />
        {!saveAll.ok ? <FormMessage tone="error">{saveAll.message}</FormMessage> : null}
        {sections.map((section) => (
          <FrameworkSection key={section.key} id={`section-${section.key}`} title={section.title}>
            {section.items.map((item) => {
              const initial = initialById.get(item.id);
              return initial ? (
                <ItemEditor key={item.id} assessmentId={assessmentId} item={item} levels={levels} initial={initial} save={saveAnswerAction} onReport={onReport} />
              ) : null;
            })}
          </FrameworkSection>
        ))}
        <noscript>
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 py-2 font-medium text-accent-contrast">
            Save answers
          </button>
        </noscript>
      </form>

      <div className="rounded-lg border border-border bg-surface p-5 shadow-card sm:p-6">
        <SubmitPanel
          assessmentId={assessmentId}
          unrated={missing.map((item) => ({ key: item.key, title: item.title }))}
          unsaved={unsaved}
        />
      </div>
    </div>
  );
}
