type Choice = { value: string; name: string; description: string };

/**
 * One choice among a few, each with a line that explains it, the current one
 * marked "(in use)": native radios in a fieldset, so it works by keyboard and
 * without JavaScript inside any form.
 */
export function RadioChoices({ legend, name, choices, current }: { legend: string; name: string; choices: readonly Choice[]; current: string }) {
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">{legend}</legend>
      <div className="space-y-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex cursor-pointer gap-3 rounded-md p-2 has-checked:bg-accent-muted has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              defaultChecked={choice.value === current}
              aria-describedby={`${name}-${choice.value}-description`}
              className="mt-1 size-4 shrink-0 accent-accent"
            />
            <span>
              <span className="block font-medium">
                {choice.name}
                {choice.value === current ? ' (in use)' : ''}
              </span>
              <span id={`${name}-${choice.value}-description`} className="block text-sm text-text-muted">
                {choice.description}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
