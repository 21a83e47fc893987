import { useId, type TextareaHTMLAttributes } from 'react';

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
};

/** A labelled multi-line field whose hint and errors are announced with it. */
export function TextAreaField({ label, name, hint, errors, className = '', rows = 3, ...textarea }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        className="block w-full rounded-md border border-line bg-canvas px-3 py-2 text-ink aria-invalid:border-danger"
        {...textarea}
      />
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
