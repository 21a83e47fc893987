'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import { useToast } from '@/components/ui/toast';

/** A link shown once, to copy: Headway keeps only its hash. */
export function NewLink({ path, label }: { path: string; label: string }) {
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
      <p className="font-medium">Copy this link now and send it yourself: Headway keeps no copy it could show again.</p>
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
