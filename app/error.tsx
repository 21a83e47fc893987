'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';

type Props = { error: Error & { digest?: string }; reset: () => void };

// Shown inside the layout, so the navigation stays. Nothing of the error's
// own text reaches the page: only the digest, which the server log carries.
export default function ErrorPage({ error, reset }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    console.error(error);
    heading.current?.focus();
  }, [error]);
  return (
    <div className="max-w-xl space-y-4">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-semibold tracking-tight focus:outline-none">
        Something went wrong
      </h1>
      <p className="text-text-muted">
        Headway could not show this page just now. Nothing you saved has been lost. Try again, and if it keeps happening, come back in a few
        minutes.
      </p>
      {error.digest ? <p className="text-sm text-text-muted">Reference: {error.digest}</p> : null}
      <p className="flex flex-wrap gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className={buttonClasses('secondary')}>
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
