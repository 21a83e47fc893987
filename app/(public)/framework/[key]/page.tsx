import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { frameworkItemHref, ItemAbout, MustHaveMark } from '@/components/framework/framework-item';
import { LevelDescriptors } from '@/components/framework/level-descriptors';
import { ItemResources } from '@/components/framework/resource-list';
import { StartAssessment } from '@/components/framework/start-assessment';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { Section } from '@/components/ui/section';
import { getCurrentFramework } from '@/lib/data/framework';

type Props = { params: Promise<{ key: string }> };

// Every item of the current version is prerendered at build time; any other key is not a page.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ key: string }[]> {
  const framework = await getCurrentFramework();
  return framework?.sections.flatMap((section) => section.items.map((item) => ({ key: item.key }))) ?? [];
}

// Metadata and page read the same item: one query for both.
const findItem = cache(async (key: string) => {
  const framework = await getCurrentFramework();
  if (!framework) return null;
  const items = framework.sections.flatMap((section) => section.items.map((item) => ({ ...item, section: section.title })));
  const index = items.findIndex((item) => item.key === key);
  if (index === -1) return null;
  return { framework, item: items[index]!, previous: items[index - 1], next: items[index + 1] };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findItem((await params).key);
  return { title: found ? `${found.item.title} · The Head of Engineering framework` : 'The Head of Engineering framework' };
}

/** One item of the framework: what it asks, the levels it sets, and what each level looks like. */
export default async function FrameworkItemPage({ params }: Props) {
  const found = await findItem((await params).key);
  if (!found) notFound();
  const { framework, item, previous, next } = found;
  return (
    <div className="max-w-3xl space-y-10">
      <header className="space-y-3">
        <BackLink href="/framework">Back to the framework</BackLink>
        <p className="text-sm text-text-muted">
          {item.section} · framework version {framework.number}
        </p>
        <PageTitle>
          {item.title}
          <MustHaveMark item={item} />
        </PageTitle>
        <ItemAbout item={item} lead />
      </header>

      <Section headingId="levels" title="What each level looks like" className="space-y-4">
        <LevelDescriptors item={item} levels={framework.levels} />
      </Section>

      <Section headingId="reading" title="Reading and learning for this item" className="space-y-4">
        <ItemResources itemKey={item.key} resources={framework.resources} />
      </Section>

      <nav aria-label="Other items" className="flex flex-wrap justify-between gap-4 text-sm">
        {previous ? (
          <Link href={frameworkItemHref(previous.key)} className="link">
            ← Previous: {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={frameworkItemHref(next.key)} className="link">
            Next: {next.title} →
          </Link>
        ) : null}
      </nav>

      <StartAssessment />
    </div>
  );
}
