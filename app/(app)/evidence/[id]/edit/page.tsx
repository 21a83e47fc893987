import type { Metadata } from 'next';
import { updateEvidenceAction } from '@/app/(app)/evidence/actions';
import { EvidenceForm } from '@/components/evidence/evidence-form';
import { EvidenceFormPage } from '@/components/evidence/evidence-form-page';
import { requireUser } from '@/lib/auth/session';
import { getEvidence, listEvidenceGoals, listEvidenceItems } from '@/lib/data/evidence';
import { findByRouteId } from '@/lib/http/route-param';

export const metadata: Metadata = { title: 'Edit evidence' };

type Props = { params: Promise<{ id: string }> };

export default async function EditEvidencePage({ params }: Props) {
  const user = await requireUser();
  const entry = await findByRouteId((await params).id, (id) => getEvidence(user, id));
  const [items, goals] = await Promise.all([listEvidenceItems(), listEvidenceGoals(user, entry.goal?.id ?? null)]);
  return (
    <EvidenceFormPage backHref={`/evidence#entry-${entry.id}`} title="Edit evidence">
      <EvidenceForm
        action={updateEvidenceAction}
        items={items}
        goals={goals}
        entryId={entry.id}
        initial={{
          occurredOn: entry.occurredOn.toISOString().slice(0, 10),
          text: entry.text,
          url: entry.url ?? '',
          // Keys the framework has dropped cannot be saved again; the person chooses anew.
          itemKeys: entry.itemKeys.filter((key) => items.some((item) => item.key === key)),
          goalId: entry.goal?.id ?? '',
        }}
        submitLabel="Save entry"
      />
    </EvidenceFormPage>
  );
}
