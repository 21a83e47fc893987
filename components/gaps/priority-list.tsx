import Link from 'next/link';
import { setPriorityChoiceAction } from '@/app/(app)/assessments/[id]/gaps/actions';
import { ActionForm } from '@/components/ui/action-form';
import { Badge } from '@/components/ui/badge';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { priorityActionLabel, priorityRule, type Priority } from '@/lib/domain/priorities';
import { gapLabel } from '@/lib/domain/gap-labels';
import { joinTitles } from '@/lib/domain/readiness';
import { Section } from '@/components/ui/section';
import { RESOURCE_KIND_NAMES } from '@/lib/domain/vocabulary';

// Links and the buttons that act like them share one look, tall enough to tap.
const linkClasses = 'link inline-flex min-h-11 items-center';

/** A button that posts its own name with the item's key: the form sends only the one pressed. */
function ChoiceButton({ name, label, priority }: { name: 'pin' | 'dismiss' | 'restore'; label: string; priority: Priority }) {
  return (
    // The visible word starts the name, so speech input can say what it sees.
    <button type="submit" name={name} value={priority.key} aria-label={`${label} ${priority.title}`} className={linkClasses}>
      {label}
    </button>
  );
}

function gapLine(priority: Priority) {
  return `Level ${priority.level} now, target ${priority.targetLevel}: ${gapLabel(priority)}`;
}

type FoldedGapsProps = { title: string; gaps: Priority[]; choice: { name: 'pin' | 'restore'; label: string } };

/** A folded list of items below target, each with the one choice that brings it back among the priorities. */
function FoldedGaps({ title, gaps, choice }: FoldedGapsProps) {
  if (gaps.length === 0) return null;
  return (
    <details className="rounded-lg border border-border p-4">
      <summary className="min-h-11 cursor-pointer content-center font-medium text-accent underline underline-offset-4">
        {title} ({gaps.length})
      </summary>
      <ul className="mt-2 divide-y divide-border">
        {gaps.map((priority) => (
          <li key={priority.key} className="flex flex-wrap items-center justify-between gap-x-4 py-2">
            <span>
              <span className="font-medium">{priority.title}</span>
              <span className="text-sm text-text-muted"> · {gapLine(priority)}</span>
            </span>
            <ChoiceButton name={choice.name} label={choice.label} priority={priority} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Items below target that are not priorities, to pin, and those dismissed, to restore: shown on demand. */
function OtherGaps({ summary }: { summary: DevelopmentSummary }) {
  return (
    <>
      <FoldedGaps title="Other items below target" gaps={summary.otherGaps} choice={{ name: 'pin', label: 'Pin' }} />
      <FoldedGaps title="Dismissed" gaps={summary.dismissed} choice={{ name: 'restore', label: 'Restore' }} />
    </>
  );
}

export function PriorityList({ summary, addGoalFrom, historyLinks = false }: { summary: DevelopmentSummary; addGoalFrom?: string; historyLinks?: boolean }) {
  const owned = addGoalFrom !== undefined;
  const { voice } = summary;
  const list = (
    <>
      {owned ? <input type="hidden" name="assessmentId" value={summary.assessment.id} /> : null}
      {!owned && summary.dismissed.length > 0 ? (
        <p className="text-sm text-text-muted">Set aside from the priorities by the person assessed: {joinTitles(summary.dismissed.map((priority) => priority.title))}.</p>
      ) : null}
      {summary.priorities.length === 0 ? (
        <p>
          {summary.dismissed.length > 0 && summary.readiness.rated > 0
            ? 'Every item below its target is dismissed.'
            : `No item is below its target${summary.readiness.rated === 0 ? ' yet: nothing is rated' : ''}.`}
        </p>
      ) : (
        <ol className="space-y-4">
          {summary.priorities.map((priority, index) => (
            <li key={priority.key} className="space-y-3 rounded-lg border border-border bg-surface p-5 shadow-card">
              <h3 className="text-lg font-semibold">
                {index + 1}. {priority.title}
                {priority.mustHave ? <span className="font-normal text-text-muted"> (must-have)</span> : null}
              </h3>
              {priority.pinned ? <Badge tone="accent">Pinned</Badge> : null}
              <p className="font-medium">
                {priorityActionLabel(priority.action, voice)}
                {priority.action === 'calibrate'
                  ? voice.named
                    ? ': rated with low confidence, so a second view is worth having before planning for it.'
                    : ': you rated this with low confidence, so get a second view before planning for it.'
                  : null}
                {priority.action === 'in-plan' ? `: an open goal in ${voice.possessive} plan already covers it.` : null}
              </p>
              <p className="text-sm text-text-muted">
                {gapLine(priority)}; confidence {priority.confidence?.toLowerCase() ?? 'not given'}.
              </p>
              {priority.resources.length > 0 ? (
                <>
                  <h4 className="text-sm font-semibold uppercase tracking-wide text-text-muted">What helps</h4>
                  <ul className="space-y-2">
                    {priority.resources.map((resource) => (
                      <li key={resource.title} className="text-sm">
                        <span className="font-medium">{resource.title}</span> ({RESOURCE_KIND_NAMES[resource.kind]}): {resource.how}
                        {resource.level ? ` Helps reach level ${resource.level}${resource.part ? `; see ${resource.part}` : ''}.` : ''}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {addGoalFrom ? (
                <p className="flex flex-wrap gap-x-6">
                  {priority.action === 'in-plan' ? (
                    <Link href={`/plan#item-${priority.key}-heading`} className={linkClasses}>
                      See {priority.title} in your plan
                    </Link>
                  ) : (
                    <Link href={`/plan/new?item=${priority.key}&from=${addGoalFrom}`} className={linkClasses}>
                      Add a goal for {priority.title}
                    </Link>
                  )}
                  {historyLinks ? (
                    <Link href={`/progress/items/${priority.key}`} className={linkClasses}>
                      How {priority.title} moved
                    </Link>
                  ) : null}
                  {priority.pinned ? <ChoiceButton name="restore" label="Unpin" priority={priority} /> : <ChoiceButton name="pin" label="Pin" priority={priority} />}
                  <ChoiceButton name="dismiss" label="Dismiss" priority={priority} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {owned ? <OtherGaps summary={summary} /> : null}
    </>
  );
  return (
    <Section headingId="priorities-heading" title={owned ? 'Your priorities' : 'Priorities'} className="space-y-4">
      <p className="text-text-muted">{priorityRule(voice)}</p>
      {/* One form around the list, its result at the top: the result stays on screen when the item it was about moves or leaves the list. */}
      {owned ? (
        <ActionForm action={setPriorityChoiceAction} messageFirst className="space-y-4">
          {list}
        </ActionForm>
      ) : (
        list
      )}
      {summary.opportunities.length > 0 ? (
        <section aria-labelledby="opportunities-heading" className="space-y-3">
          <h3 id="opportunities-heading" className="text-xl font-semibold">
            Opportunities to ask for
          </h3>
          <p className="text-text-muted">
            {voice.named
              ? `${voice.subject} has had no opportunity yet to show these. Each says what ${voice.pronoun} could ask a manager or sponsor for.`
              : 'You had no opportunity yet to show these. Each says what to ask your manager or sponsor for.'}
          </p>
          <ul className="space-y-3">
            {summary.opportunities.map((opportunity) => (
              <li key={opportunity.key} className="space-y-1 rounded-lg border border-border bg-surface p-5">
                <p className="font-semibold">
                  {opportunity.title}
                  {opportunity.mustHave ? <span className="font-normal text-text-muted"> (must-have)</span> : null}
                </p>
                <p>
                  <span className="font-medium">Stretch assignment:</span> {opportunity.stretch}
                </p>
                <p>
                  <span className="font-medium">Ask:</span> “{opportunity.question}”
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Section>
  );
}
