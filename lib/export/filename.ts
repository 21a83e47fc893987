import type { DevelopmentSummary } from '@/lib/domain/summary';

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'manager'
  );
}

/** Whose summary, which assessment and when: `headway-summary-ada-lovelace-2026-11-25-submitted-ab12cd34.pdf`. */
export function summaryFilename(summary: DevelopmentSummary, extension: string): string {
  const who = slug(summary.owner.name ?? summary.owner.email.split('@')[0] ?? '');
  const { assessment } = summary;
  const day = (assessment.submittedAt ?? assessment.createdAt).toISOString().slice(0, 10);
  const state = assessment.status === 'DRAFT' ? 'draft' : 'submitted';
  return `headway-summary-${who}-${day}-${state}-${assessment.id.slice(-8)}.${extension}`;
}
