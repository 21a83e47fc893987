import type { Metadata } from 'next';
import Link from 'next/link';
import { FrameworkItem } from '@/components/framework/framework-item';
import { ResourceList } from '@/components/framework/resource-list';
import { StartAssessment } from '@/components/framework/start-assessment';
import { getCurrentFramework } from '@/lib/data/framework';
import { Section } from '@/components/ui/section';

export const metadata: Metadata = { title: 'The Head of Engineering framework' };

// Prerendered at build time, when `scripts/build.ts` has loaded the framework into the database.
export default async function FrameworkPage() {
  const framework = await getCurrentFramework();
  if (!framework) {
    return <p>The framework has not been loaded yet. Start Headway with `npm start` to load it.</p>;
  }
  const books = framework.resources.filter((resource) => resource.kind === 'BOOK');
  const programmes = framework.resources.filter((resource) => resource.kind === 'PROGRAMME');
  return (
    <div className="space-y-12">
      <header className="max-w-3xl space-y-3">
        <p className="text-sm text-text-muted">Framework version {framework.number}</p>
        <h1 className="text-3xl font-semibold tracking-tight">{framework.name}</h1>
        <p className="text-lg leading-relaxed">{framework.introduction}</p>
      </header>

      <Section headingId="scale" title="The rating scale" className="space-y-3">
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {framework.levels.map((level) => (
            <div key={level.level} className="rounded-lg border border-border bg-surface p-4">
              <dt className="font-semibold">
                {level.level} · {level.name}
              </dt>
              <dd className="mt-1 text-sm text-text-muted">{level.summary}</dd>
            </div>
          ))}
        </dl>
      </Section>

      {framework.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.key}`} className="space-y-4">
          <div className="max-w-3xl">
            <h2 id={`section-${section.key}`} className="text-2xl font-semibold">
              {section.title}
            </h2>
            <p className="mt-1 text-text-muted">{section.summary}</p>
          </div>
          <div className="space-y-4">
            {section.items.map((item) => (
              <FrameworkItem key={item.id} item={item} />
            ))}
          </div>
        </section>
      ))}

      <Section headingId="reading" title="Reading and learning" className="space-y-4">
        <h3 className="text-xl font-semibold">Books</h3>
        <ResourceList resources={books} />
        <h3 className="text-xl font-semibold">Learning programmes</h3>
        <ResourceList resources={programmes} />
      </Section>

      <Section headingId="archetypes" title="The roles in full" className="space-y-3">
        <p>{framework.archetypeLine}</p>
        <ul className="flex flex-wrap gap-4">
          {framework.archetypes.map((archetype) => (
            <li key={archetype.key}>
              <Link href={archetype.href} className="link">
                → {archetype.name}
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <StartAssessment />
    </div>
  );
}
