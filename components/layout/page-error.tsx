'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { UNAVAILABLE_CAUSE, UNAVAILABLE_HEADING, UNAVAILABLE_REASSURANCE } from '@/lib/http/unavailable-text';

type Cause = 'checking' | 'unavailable' | 'error';

const TEXT: Record<Cause, (reason: string | null) => string> = {
  // Until the health check answers, claim neither an outage nor a fault.
  checking: () => 'Headway could not finish this page. Try again in a moment.',
  unavailable: (reason) => `${reason ?? UNAVAILABLE_CAUSE} ${UNAVAILABLE_REASSURANCE}`,
  error: () => 'Something went wrong on our side. Try again; if it keeps happening, come back a little later.',
};

const reasonOf = (body: unknown) =>
  typeof body === 'object' && body !== null && typeof (body as { reason?: unknown }).reason === 'string' ? (body as { reason: string }).reason : null;

/**
 * What a page says when it could not render. In production the server hides
 * the error itself, so the page asks /api/health whether the database is the
 * cause: an outage reads as one ("temporarily unavailable, nothing is lost"),
 * not as a bug.
 */
export function PageError({ reset }: { reset: () => void }) {
  const router = useRouter();
  const [cause, setCause] = useState<Cause>('checking');
  const [reason, setReason] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    fetch('/api/health', { cache: 'no-store' })
      .then(async (response) => {
        if (!current) return;
        if (response.status === 503) setReason(reasonOf(await response.json().catch(() => null)));
        setCause(response.status === 503 ? 'unavailable' : 'error');
      })
      .catch(() => current && setCause('unavailable'));
    return () => {
      current = false;
    };
  }, []);

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <div className="max-w-xl space-y-4" role="alert">
      <h1 className="text-3xl font-semibold tracking-tight">
        {cause === 'unavailable' ? UNAVAILABLE_HEADING : 'This page could not load'}
      </h1>
      <p className="text-text-muted">{TEXT[cause](reason)}</p>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
