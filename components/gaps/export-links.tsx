import { buttonClasses } from '@/components/ui/button';

const FORMATS = [
  { format: 'pdf', label: 'PDF' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
] as const;

export function ExportLinks({ assessmentId }: { assessmentId: string }) {
  return (
    <section aria-labelledby="export-heading" className="space-y-3">
      <h2 id="export-heading" className="text-2xl font-semibold">
        Take it with you
      </h2>
      <p className="text-text-muted">Download this development summary for your manager, mentor or coach.</p>
      <ul className="flex flex-wrap gap-3">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a href={`/assessments/${assessmentId}/export/${format}`} download className={buttonClasses('secondary')}>
              Download {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
