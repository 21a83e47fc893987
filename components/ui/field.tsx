import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** The look every text input, select and textarea shares. */
export const controlClasses = 'control';

type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  /** Renders the control with the id, description and validity the label and messages need. */
  children: (control: ControlProps) => ReactNode;
};

/**
 * A label, an optional hint and the field's errors around any control, wired
 * so that a screen reader announces the hint and the errors with it.
 */
export function Field({ label, hint, errors, className = '', children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`space-y-1.5 ${className}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, ...(errorId ? { 'aria-invalid': true as const } : {}) })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: ReactNode; name: string; hint?: ReactNode; errors?: string[]; className?: string };

export function TextField({ label, name, hint, errors, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} hint={hint} errors={errors} className={className}>
      {(control) => <input name={name} className={controlClasses} {...input} {...control} />}
    </Field>
  );
}

export function TextAreaField({ label, name, hint, errors, className, rows = 3, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} hint={hint} errors={errors} className={className}>
      {(control) => <textarea name={name} rows={rows} className={controlClasses} {...input} {...control} />}
    </Field>
  );
}

export function SelectField({ label, name, hint, errors, className, children, ...input }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} hint={hint} errors={errors} className={className}>
      {(control) => (
        <select name={name} className={controlClasses} {...input} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}
