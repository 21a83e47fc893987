import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { EXPORT_FORMATS } from '@/lib/export/formats';
import { Section } from '@/components/ui/section';

export function ExportLinks({ assessmentId }: { assessmentId: string }) {
  return (
    <Section headingId="export-heading" title="Take it with you" className="space-y-3">
      <p className="text-text-muted">Download this development summary for your manager, mentor or coach. It opens with a one-page brief about you, written for them.</p>
      <p>
        <Link href={`/assessments/${assessmentId}/brief`} className="link">
          Preview the brief and say what you are asking for
        </Link>
      </p>
      <ul className="flex flex-wrap gap-3">
        {EXPORT_FORMATS.map(({ key, label }) => (
          <li key={key}>
            <a href={`/assessments/${assessmentId}/export/${key}`} download className={buttonClasses('secondary')}>
              Download {label}
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}
