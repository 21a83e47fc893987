import type { AssessmentDetail } from '@/lib/domain/assessment-view';
import { CONFIDENCE_LABELS } from '@/lib/domain/vocabulary';
import { FrameworkSection } from './framework-section';


/** A submitted assessment, read-only, rendered against the framework version it was made on. */
export function AssessmentAnswers({ assessment }: { assessment: AssessmentDetail }) {
  const answers = new Map(assessment.answers.map((answer) => [answer.itemId, answer]));
  const names = new Map(assessment.frameworkVersion.levels.map((level) => [level.level, level.name]));
  return (
    <div className="space-y-10">
      {assessment.frameworkVersion.sections.map((section) => (
        <FrameworkSection key={section.key} id={`answers-${section.key}`} title={section.title}>
          {section.items.map((item) => {
            const answer = answers.get(item.id);
            const descriptor = item.descriptors.find((entry) => entry.level === answer?.level);
            const rating = !answer || (answer.level === null && !answer.noOpportunity)
              ? 'Not rated'
              : answer.noOpportunity
                ? 'No opportunity yet'
                : `Level ${answer.level} · ${names.get(answer.level ?? 0)}`;
            return (
              <article key={item.id} aria-labelledby={`answer-${item.key}`} className="space-y-3 rounded-lg border border-border bg-surface p-5">
                <h3 id={`answer-${item.key}`} className="text-lg font-semibold">
                  {item.title}
                </h3>
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium">Rating</dt>
                  <dd>
                    {rating}
                    {descriptor ? <span className="block text-sm text-text-muted">{descriptor.text}</span> : null}
                  </dd>
                  <dt className="font-medium">Target</dt>
                  <dd>
                    Level {answer?.targetLevel} · {names.get(answer?.targetLevel ?? 0)}
                  </dd>
                  <dt className="font-medium">Confidence</dt>
                  <dd>{answer?.confidence ? CONFIDENCE_LABELS[answer.confidence].toLowerCase() : 'not given'}</dd>
                  <dt className="font-medium">Evidence</dt>
                  <dd className="whitespace-pre-wrap break-words">{answer?.evidence || 'None written.'}</dd>
                </dl>
              </article>
            );
          })}
        </FrameworkSection>
      ))}
    </div>
  );
}
