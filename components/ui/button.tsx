import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

// The look lives in app/globals.css (.btn and .btn-<variant>).
export function buttonClasses(variant: ButtonVariant = 'primary'): string {
  return `btn btn-${variant}`;
}

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={`${buttonClasses(variant)} ${className}`} {...props} />;
}
