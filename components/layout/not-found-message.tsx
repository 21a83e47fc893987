import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

/** What every "not found" page says, whichever layout it is shown in. */
export function NotFoundMessage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-text-muted">
        There is nothing here, or it is not yours to see. A shared link may have expired or been revoked by the person who
        sent it.
      </p>
      <p className="flex flex-wrap gap-3">
        <Link href="/" className={buttonClasses()}>
          Go to the home page
        </Link>
        <Link href="/framework" className={buttonClasses('secondary')}>
          Read the framework
        </Link>
      </p>
    </div>
  );
}
