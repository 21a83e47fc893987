import { NotFoundMessage } from '@/components/layout/not-found-message';
import { MAIN_CLASSES } from '@/components/layout/page-frame';

// Next renders this into every page's payload, ready to show, so it is the
// message alone: each group has a not-found of its own inside its header
// (app/(app)/not-found.tsx, app/(public)/not-found.tsx), and addresses that
// name no page get app/global-not-found.tsx. What is left for this one is
// Next's own /_not-found, where the message's links lead on.
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className={MAIN_CLASSES}>
      <NotFoundMessage />
    </main>
  );
}
