'use client';

import { useId } from 'react';
import { Button } from './button';
import { controlClasses } from './field';
import { useToast } from './toast';

type Props = {
  /** The link's path on this site; it is shown as a full address. */
  path: string;
  label: string;
  /** What to do with it, said before it is shown. */
  intro?: string;
};

/** A link shown once, to copy: Headway keeps only its hash, so it cannot show it again. */
export function OneTimeLink({ path, label, intro = 'Copy this link now and send it yourself: Headway keeps no copy it could show again.' }: Props) {
  const id = useId();
  const notify = useToast();
  const url = typeof window === 'undefined' ? path : new URL(path, window.location.origin).toString();
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      notify('Link copied');
    } catch {
      notify('Could not copy: select the link and copy it yourself');
    }
  }
  return (
    <div role="status" className="space-y-2 rounded-md border-l-4 border-success bg-success-muted p-4">
      <p className="font-medium">{intro}</p>
      <label className="block text-sm font-semibold" htmlFor={id}>
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} className={`${controlClasses} font-mono text-sm`} />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
    </div>
  );
}
