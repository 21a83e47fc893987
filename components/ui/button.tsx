import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-accent text-accent-contrast shadow-card hover:bg-accent-hover',
  secondary: 'border border-border-strong bg-surface text-text hover:bg-surface-muted',
  danger: 'bg-danger text-danger-contrast shadow-card hover:opacity-90',
  // For actions inside running content: looks like a link, behaves as a button.
  quiet: 'px-0! text-accent underline underline-offset-4 hover:text-accent-hover hover:decoration-2',
};

export function buttonClasses(variant: ButtonVariant = 'primary'): string {
  return `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${variants[variant]}`;
}

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={`${buttonClasses(variant)} ${className}`} {...props} />;
}
