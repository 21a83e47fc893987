'use client';

import { useActionState, useCallback, useMemo, useState } from 'react';
import { saveAllAnswersAction, saveAnswerAction } from '@/app/(app)/assessments/actions';
import { FormMessage } from '@/components/ui/form-message';
import { ItemEditor } from './item-editor';
import { SubmitPanel } from './submit-panel';
import { FrameworkSection } from './framework-section';
import { ItemNavigator, type NavigatorEntry } from './item-navigator';
import { isRated, itemState, type ItemReport } from './item-state';
import { ItemsDisclosure } from './items-disclosure';
import { itemAnchor, type AnswerState, type EditorSection, type LevelName } from './types';
import { useLeaveWarning } from './use-autosave';

type Props = {
  assessmentId: string;
  sections: EditorSection[];
  levels: LevelName[];
  answers: AnswerState[];
  /** When the assessment each item's "last time" comes from was submitted, if there is one. */
  lastSubmitted?: string;
};

const sameReport = (a: ItemReport | undefined, b: ItemReport) =>
  a?.status === b.status && a.level === b.level && a.noOpportunity === b.noOpportunity;

export function AssessmentEditor({ assessmentId, sections, levels, answers, lastSubmitted }: Props) {
  const items = useMemo(() => sections.flatMap((section) => section.items), [sections]);
  const initialById = useMemo(() => new Map(answers.map((answer) => [answer.itemId, answer])), [answers]);
  const [reports, setReports] = useState<Record<string, ItemReport>>(() =>
    Object.fromEntries(answers.map((answer) => [answer.itemId, { status: 'saved' as const, level: answer.level, noOpportunity: answer.noOpportunity }])),
  );
  const onReport = useCallback((itemId: string, report: ItemReport) => {
    setReports((current) => (sameReport(current[itemId], report) ? current : { ...current, [itemId]: report }));
  }, []);

  // Without JavaScript the whole form is posted at once; a refusal comes back here.
  const [saveAll, saveAllAction] = useActionState(saveAllAnswersAction, { ok: true });
  const missing = items.filter((item) => !isRated(reports[item.id]));
  const entries: NavigatorEntry[] = items.flatMap((item) => {
    const report = reports[item.id];
    return report ? [{ id: item.id, anchor: itemAnchor(item.key), title: item.title, state: itemState(report, levels) }] : [];
  });
  const statuses = Object.values(reports).map((report) => report.status);
  const unsaved = statuses.some((status) => status !== 'saved');
  const problems = statuses.filter((status) => status === 'retrying' || status === 'conflict' || status === 'refused').length;
  const overall = problems
    ? `${problems} item${problems === 1 ? '' : 's'} not saved`
    : statuses.some((status) => status === 'saving' || status === 'pending')
      ? 'Saving…'
      : 'All changes saved';

  useLeaveWarning(unsaved);

  return (
    <div className="space-y-8">
      {/* Opaque and one short row, so that on a phone it takes little of the
          screen and nothing shows through it; the page's scroll padding keeps
          a focused control below it. */}
      <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-3 border-b border-border bg-surface-muted px-4 py-2 lg:py-3">
        <div className="flex flex-col lg:flex-1 lg:flex-row lg:items-center lg:justify-between lg:gap-2">
          <p className="font-medium">
            {items.length - missing.length} of {items.length} rated
          </p>
          <p role="status" aria-live="polite" className={`text-sm lg:text-base ${problems ? 'font-medium text-danger' : 'text-text-muted'}`}>
            {overall}
          </p>
        </div>
        <ItemsDisclosure entries={entries} />
      </div>

      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        <nav aria-labelledby="item-navigator-heading" className="sticky top-16 hidden max-h-[calc(100vh-6rem)] overflow-y-auto lg:block">
          <h2 id="item-navigator-heading" className="mb-2 px-2 text-sm font-semibold uppercase tracking-wide text-text-muted">
            Items
          </h2>
          <ItemNavigator entries={entries} />
        </nav>

        <form action={saveAllAction} className="space-y-10">
          <input type="hidden" name="assessmentId" value={assessmentId} />
          {!saveAll.ok ? <FormMessage tone="error">{saveAll.message}</FormMessage> : null}
          {lastSubmitted ? (
            <p className="text-text-muted">Under each item, “Last time” is what you rated in your assessment submitted {lastSubmitted}.</p>
          ) : null}
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
      </div>

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
