import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArchetype, listArchetypeKeys } from '@/lib/data/framework';

type Props = { params: Promise<{ key: string }> };

// Every archetype is prerendered at build time; any other key is not a page.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ key: string }[]> {
  return (await listArchetypeKeys()).map((key) => ({ key }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const archetype = await getArchetype((await params).key);
  return { title: archetype?.name ?? 'Archetype' };
}

/** What a role shows, item by item, at the levels the framework content gives it, with each level's summary. */
export default async function ArchetypePage({ params }: Props) {
  const archetype = await getArchetype((await params).key);
  if (!archetype) notFound();
  const names = new Map(archetype.frameworkVersion.levels.map((entry) => [entry.level, entry.name]));
  const rows = [...archetype.levels].sort((a, b) => a.item.section.position - b.item.section.position || a.item.position - b.item.position);
  const sections = [...new Set(rows.map((row) => row.item.section.title))];
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">{archetype.name}</h1>
        <p className="text-sm text-text-muted">
          Headway’s reading of the framework (version {archetype.frameworkVersion.number}), not part of the framework’s own text.
        </p>
        {archetype.summary ? <p className="leading-relaxed">{archetype.summary}</p> : null}
      </header>
      {sections.map((section, index) => (
        <section key={section} aria-labelledby={`archetype-section-${index}`} className="space-y-4">
          <h2 id={`archetype-section-${index}`} className="text-2xl font-semibold">
            {section}
          </h2>
          <ul className="space-y-3">
            {rows
              .filter((row) => row.item.section.title === section)
              .map((row) => (
                <li key={row.item.key} className="rounded-lg border border-border bg-surface p-4">
                  <p className="font-semibold">{row.item.title}</p>
                  <p className="text-sm text-text-muted">
                    Level {row.level} · {names.get(row.level)}
                  </p>
                  <p className="mt-1">{row.item.descriptors.find((descriptor) => descriptor.level === row.level)?.summary}</p>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <p>
        <Link href="/framework" className="link">
          Back to the framework
        </Link>
      </p>
    </div>
  );
}
