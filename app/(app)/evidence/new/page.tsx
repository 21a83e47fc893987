import type { Metadata } from 'next';
import Link from 'next/link';
import { createEvidenceAction } from '@/app/(app)/evidence/actions';
import { EvidenceForm } from '@/components/evidence/evidence-form';
import { WhoSeesEvidence } from '@/components/evidence/who-sees-evidence';
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
    <div className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-text-muted">
          <Link href="/evidence" className="underline underline-offset-4">
            Back to your evidence log
          </Link>
        </p>
        <h1 className="text-3xl font-semibold tracking-tight">Log evidence</h1>
        <p className="text-text-muted">Write it down while it is fresh: when you next rate an item, what you logged for it is there to draw on.</p>
      </header>
      <WhoSeesEvidence />
      <EvidenceForm
        action={createEvidenceAction}
        items={items}
        goals={goals}
        initial={{ occurredOn: new Date().toISOString().slice(0, 10), text: '', url: '', itemKeys: itemKey ? [itemKey] : [], goalId: goal?.id ?? '' }}
        submitLabel="Log evidence"
      />
    </div>
  );
}
