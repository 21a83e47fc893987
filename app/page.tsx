import Link from 'next/link';
import { HomeDashboard } from '@/components/home/home-dashboard';
import { getSessionUser } from '@/lib/auth/session';
import { getHomeOverview } from '@/lib/data/home';

export default async function HomePage() {
  const user = await getSessionUser();
  if (user) {
    const now = new Date();
    return <HomeDashboard overview={await getHomeOverview(user, now)} name={user.name ?? null} now={now} />;
  }
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Grow from engineering manager to Head of Engineering</h1>
      <p className="text-lg text-ink-muted">
        Headway helps engineering managers rate themselves honestly against the Head of Engineering framework: five
        focus areas and six behaviours, each with what every level looks like in practice.
      </p>
      <ul className="list-disc space-y-2 pl-6 text-ink-muted">
        <li>Assess where you are today, with evidence, and set the level you are aiming for.</li>
        <li>See where the gaps are largest and which books and programmes help close them.</li>
        <li>Track how the gaps close from one assessment to the next, and take a summary to your manager or coach.</li>
      </ul>
      <p>
        <Link
          href="/framework"
          className="inline-flex items-center rounded-md bg-accent px-4 py-2 font-medium text-accent-ink hover:opacity-90"
        >
          Read the framework
        </Link>
      </p>
    </div>
  );
}
