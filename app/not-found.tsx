import { NotFoundMessage } from '@/components/layout/not-found-message';
import { PageFrame } from '@/components/layout/page-frame';

// What a public page shows for something it does not have. Next renders it
// into every page's tree, ready to show, so it must read no request or no page
// could be prerendered: it has the public pages' header. Addresses that name
// no page get app/global-not-found.tsx, and signed-in pages app/(app)/not-found.tsx.
export default function NotFound() {
  return (
    <PageFrame user={null}>
      <NotFoundMessage />
    </PageFrame>
  );
}
