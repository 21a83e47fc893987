import { NotFoundMessage } from '@/components/layout/not-found-message';

// Inside the public layout, so the header is the public pages' own.
export default function NotFound() {
  return <NotFoundMessage />;
}
