import { cardClasses } from '@/components/ui/card';
import type { Brief, BriefSection } from '@/lib/domain/brief';

type Props = {
  brief: Brief;
  /** 1 where the brief is the page's subject (the share page), 2 inside a page of its own heading. */
  level: 1 | 2;
};

/** The brief as its reader gets it: the same text the PDF's first page and the Markdown export open with. */
export function BriefView({ brief, level }: Props) {
  const Title = level === 1 ? 'h1' : 'h2';
  const titleClasses = level === 1 ? 'text-3xl font-semibold tracking-tight' : 'text-2xl font-semibold';
  return (
    <article aria-labelledby="brief-title" className={`space-y-6 ${cardClasses}`}>
      <header className="space-y-1">
        <Title id="brief-title" className={titleClasses}>
          {brief.title}
        </Title>
        <p className="text-text-muted">{brief.context}</p>
      </header>
      {brief.sections.map((section) => (
        <BriefSectionView key={section.key} section={section} level={level} />
      ))}
    </article>
  );
}

function BriefSectionView({ section, level }: { section: BriefSection; level: 1 | 2 }) {
  const Heading = level === 1 ? 'h2' : 'h3';
  const id = `brief-${section.key}`;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <Heading id={id} className="text-xl font-semibold">
        {section.heading}
      </Heading>
      {section.paragraphs.map((paragraph, index) =>
        section.key === 'ask' ? (
          <blockquote key={index} className="border-l-4 border-accent pl-4 whitespace-pre-line">
            {paragraph}
          </blockquote>
        ) : (
          <p key={index} className={section.key === 'readiness' && index === 0 ? 'text-lg font-semibold' : undefined}>
            {paragraph}
          </p>
        ),
      )}
      {section.entries.length > 0 ? (
        <ul className="space-y-3">
          {section.entries.map((entry, index) => (
            <li key={index} className="space-y-1">
              <p>
                <strong className="font-semibold">{entry.title}</strong>
                <span className="text-text-muted"> · {entry.detail}</span>
              </p>
              {entry.quote ? <blockquote className="border-l-2 border-border-strong pl-3 text-text-muted italic">“{entry.quote}”</blockquote> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {section.notes.map((note, index) => (
        <p key={index} className="text-sm text-text-muted">
          {note}
        </p>
      ))}
    </section>
  );
}
