import { setMeasureAction } from '@/app/(app)/assessments/[id]/gaps/actions';
import { ActionForm } from '@/components/ui/action-form';
import { buttonClasses } from '@/components/ui/button';
import { RadioChoices } from '@/components/ui/radio-choices';
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
      <RadioChoices
        legend="Measure readiness against"
        name="measure"
        choices={MEASURES.map((option) => ({ value: option, name: `“${MEASURE_NAMES[option]}”`, description: MEASURE_DESCRIPTIONS[option] }))}
        current={measure}
      />
      <p className="text-sm text-text-muted">
        Targets at the framework’s level follow the measure you choose; a target you set to another level stays as you set it.
      </p>
      <button type="submit" className={buttonClasses('secondary')}>
        Use this measure
      </button>
    </ActionForm>
  );
}
