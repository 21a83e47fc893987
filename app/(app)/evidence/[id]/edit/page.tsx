import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { updateEvidenceAction } from '@/app/(app)/evidence/actions';
import { EvidenceForm } from '@/components/evidence/evidence-form';
import { WhoSeesEvidence } from '@/components/evidence/who-sees-evidence';
import { requireUser } from '@/lib/auth/session';
import { getEvidence, listEvidenceGoals, listEvidenceItems } from '@/lib/data/evidence';
import { idSchema } from '@/lib/validation/assessment';

export const metadata: Metadata = { title: 'Edit evidence' };

type Props = { params: Promise<{ id: string }> };

export default async function EditEvidencePage({ params }: Props) {
  const user = await requireUser();
  const id = idSchema.safeParse((await params).id);
  const entry = id.success ? await getEvidence(user, id.data) : null;
  if (!entry) notFound();
  const [items, goals] = await Promise.all([listEvidenceItems(), listEvidenceGoals(user, entry.goal?.id ?? null)]);
  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-text-muted">
          <Link href={`/evidence#entry-${entry.id}`} className="underline underline-offset-4">
            Back to your evidence log
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">Edit evidence</h1>
      </header>
      <WhoSeesEvidence />
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
    </div>
  );
}
