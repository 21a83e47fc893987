import { setMeasureAction } from '@/app/assessments/[id]/gaps/actions';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { MEASURE_DESCRIPTIONS, MEASURE_NAMES, type TargetMeasure } from '@/lib/domain/targets';

const MEASURES: readonly TargetMeasure[] = ['STEP_UP', 'IN_ROLE'];

/**
 * The owner's choice of the targets readiness is read against. Native radios
 * and a submit button: it works without JavaScript, and the result is shown
 * beneath it either way.
 */
export function MeasureForm({ assessmentId, measure }: { assessmentId: string; measure: TargetMeasure }) {
  return (
    <ActionForm action={setMeasureAction} className="space-y-3 rounded-md border border-border p-4">
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <fieldset>
        <legend className="mb-2 font-semibold">Measure readiness against</legend>
        <div className="space-y-2">
          {MEASURES.map((option) => (
            <label key={option} className="flex cursor-pointer gap-3 rounded-md p-2 has-checked:bg-accent-muted has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
              <input
                type="radio"
                name="measure"
                value={option}
                defaultChecked={option === measure}
                aria-describedby={`measure-${option}-description`}
                className="mt-1 size-4 shrink-0 accent-accent"
              />
              <span>
                <span className="block font-medium">
                  “{MEASURE_NAMES[option]}”{option === measure ? ' (in use)' : ''}
                </span>
                <span id={`measure-${option}-description`} className="block text-sm text-text-muted">
                  {MEASURE_DESCRIPTIONS[option]}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-text-muted">
        Targets at the framework’s level follow the measure you choose; a target you set to another level stays as you set it.
      </p>
      <button type="submit" className={buttonClasses('secondary')}>
        Use this measure
      </button>
    </ActionForm>
  );
}
