import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArchetype } from '@/lib/data/framework';

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const archetype = await getArchetype((await params).key);
  return { title: archetype?.name ?? 'Archetype' };
}

// The archetypes are named references in the framework; their full texts are
// not part of it yet, so the page says so rather than linking nowhere.
export default async function ArchetypePage({ params }: Props) {
  const archetype = await getArchetype((await params).key);
  if (!archetype) notFound();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">{archetype.name}</h1>
      <p>The full {archetype.name.toLowerCase()} has not been published in Headway yet.</p>
      <p>
        <Link href="/framework" className="link">
          Back to the framework
        </Link>
      </p>
    </div>
  );
}
