import { revokeShareLinkAction, createShareLinkAction } from '@/app/assessments/[id]/gaps/actions';
import { formatDate } from '@/lib/format/dates';
import { SHARE_DEFAULT_DAYS } from '@/lib/validation/share';
import { CreateShareLinkForm } from './create-share-link-form';

type Link = { id: string; label: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null };

function status(link: Link, now: Date): string {
  if (link.revokedAt) return `Revoked ${formatDate(link.revokedAt)}`;
  if (link.expiresAt <= now) return `Expired ${formatDate(link.expiresAt)}`;
  return `Works until ${formatDate(link.expiresAt)}`;
}

export function ShareLinks({ assessmentId, links, now }: { assessmentId: string; links: Link[]; now: Date }) {
  return (
    <section aria-labelledby="share-heading" className="space-y-4 rounded-lg border border-line p-5 sm:p-6">
      <h2 id="share-heading" className="text-2xl font-semibold">
        Share read-only
      </h2>
      <p className="text-ink-muted">
        Give your manager, mentor or coach a link to this summary. They see this assessment only, nothing else of yours, and the
        link stops working when it expires or when you revoke it.
      </p>
      <CreateShareLinkForm action={createShareLinkAction} assessmentId={assessmentId} defaultDays={SHARE_DEFAULT_DAYS} />
      {links.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your links to this summary</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">For</th>
              <th scope="col" className="py-2 pr-4">Created</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2"><span className="sr-only">Revoke</span></th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.id} className="border-b border-line">
                <td className="py-2 pr-4">{link.label}</td>
                <td className="py-2 pr-4">{formatDate(link.createdAt)}</td>
                <td className="py-2 pr-4">{status(link, now)}</td>
                <td className="py-2">
                  {!link.revokedAt && link.expiresAt > now ? (
                    <form action={revokeShareLinkAction}>
                      <input type="hidden" name="linkId" value={link.id} />
                      <input type="hidden" name="assessmentId" value={assessmentId} />
                      <button type="submit" className="min-h-11 text-danger underline underline-offset-4">
                        Revoke<span className="sr-only"> the link for {link.label}</span>
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
