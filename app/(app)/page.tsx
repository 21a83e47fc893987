import { HomeDashboard } from '@/components/home/home-dashboard';
import { Landing } from '@/components/home/landing';
import { getSessionUser } from '@/lib/auth/session';
import { getHomeOverview } from '@/lib/data/home';

// proxy.ts sends a request without a session cookie to the prerendered /about;
// one whose cookie no longer names a session gets the same page from here.
export default async function HomePage() {
  const user = await getSessionUser();
  const now = new Date();
  if (!user) return <Landing now={now} />;
  return <HomeDashboard overview={await getHomeOverview(user, now)} name={user.name ?? null} now={now} />;
}
