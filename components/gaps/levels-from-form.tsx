import { setLevelsFromAction } from '@/app/(app)/assessments/[id]/gaps/actions';
import { ActionForm } from '@/components/ui/action-form';
import { RadioChoices } from '@/components/ui/radio-choices';
import type { LevelsFrom } from '@/lib/domain/summary';

const OPTIONS: readonly { value: LevelsFrom; name: string; description: (agreed: number) => string }[] = [
  { value: 'SELF', name: 'My own levels', description: () => 'The levels you gave yourself when you rated this assessment.' },
  {
    value: 'AGREED',
    name: 'The levels I agreed',
    description: (agreed) =>
      `The level you recorded after talking it over, on the ${agreed === 1 ? 'item' : `${agreed} items`} where you recorded one; your own on the rest.`,
  },
];

/**
 * The owner's choice of the levels gaps, priorities and plan suggestions start
 * from. Native radios and a submit button, like the measure: it works
 * without JavaScript.
 */
export function LevelsFromForm({ assessmentId, levelsFrom, agreed }: { assessmentId: string; levelsFrom: LevelsFrom; agreed: number }) {
  return (
    <ActionForm action={setLevelsFromAction} className="space-y-3 rounded-md border border-border p-4" submit={{ label: 'Use these levels', variant: 'secondary' }}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <RadioChoices
        legend="Start gaps and priorities from"
        name="levelsFrom"
        choices={OPTIONS.map((option) => ({ value: option.value, name: option.name, description: option.description(agreed) }))}
        current={levelsFrom}
      />
      <p className="text-sm text-text-muted">
        Your readiness figure stays on your own ratings. Your exports and share links show gaps and priorities from the levels you choose here, and say so.
      </p>
    </ActionForm>
  );
}
