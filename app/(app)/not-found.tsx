import { NotFoundMessage } from '@/components/layout/not-found-message';

// Inside the (app) layout, so the header still follows the session.
export default function NotFound() {
  return <NotFoundMessage />;
}
