'use client';

import { useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

type Props = {
  /** The button that opens the confirmation. */
  label: ReactNode;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  variant?: 'danger' | 'primary' | 'quiet';
  disabled?: boolean;
};

/**
 * A button that asks first. Place it inside a form: confirming submits that
 * form, cancelling (or Escape) closes the dialog and changes nothing.
 */
export function ConfirmButton({ label, title, description, confirmLabel, cancelLabel = 'Cancel', variant = 'danger', disabled }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} disabled={disabled} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <div className="text-text-muted">{description}</div>
        <div className="flex flex-wrap justify-end gap-3 pt-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {cancelLabel}
          </Button>
          <Button type="submit" variant={variant === 'quiet' ? 'primary' : variant} onClick={() => setOpen(false)}>
            {confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
