import type { Metadata } from 'next';
import { createEvidenceAction } from '@/app/(app)/evidence/actions';
import { EvidenceForm } from '@/components/evidence/evidence-form';
import { EvidenceFormPage } from '@/components/evidence/evidence-form-page';
import { requireUser } from '@/lib/auth/session';
import { listEvidenceGoals, listEvidenceItems } from '@/lib/data/evidence';
import { newEvidenceQuerySchema } from '@/lib/validation/evidence';

export const metadata: Metadata = { title: 'Log evidence' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewEvidencePage({ searchParams }: Props) {
  const user = await requireUser();
  const query = newEvidenceQuerySchema.parse(await searchParams);
  const [items, goals] = await Promise.all([listEvidenceItems(), listEvidenceGoals(user)]);
  // A goal named in the link preselects it and its item; anything unknown is ignored.
  const goal = goals.find((candidate) => candidate.id === query.goal);
  const itemKey = items.find((item) => item.key === (goal?.itemKey ?? query.item))?.key;
  return (
    <EvidenceFormPage
      backHref="/evidence"
      title="Log evidence"
      intro={<p className="text-text-muted">Write it down while it is fresh: when you next rate an item, what you logged for it is there to draw on.</p>}
    >
      <EvidenceForm
        action={createEvidenceAction}
        items={items}
        goals={goals}
        initial={{ occurredOn: new Date().toISOString().slice(0, 10), text: '', url: '', itemKeys: itemKey ? [itemKey] : [], goalId: goal?.id ?? '' }}
        submitLabel="Log evidence"
      />
    </EvidenceFormPage>
  );
}
