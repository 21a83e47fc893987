import type { Metadata } from 'next';
import { RatingEditor } from '@/components/invitations/rating-editor';
import { SubmittedRatings } from '@/components/invitations/submitted-ratings';
import { WhoSeesWhat } from '@/components/invitations/who-sees-what';
import { cardClasses } from '@/components/ui/card';
import { RedirectNotice, type RedirectNotices } from '@/components/ui/form-message';
import { requireUser } from '@/lib/auth/session';
import { getRating } from '@/lib/data/ratings';
import { ROLE_LABELS } from '@/lib/domain/others-view';
import { formatDate } from '@/lib/format/dates';
import { OVERALL_COMMENT_MAX, RATER_COMMENT_MAX } from '@/lib/validation/limits';
import { BackLink, PageTitle } from '@/components/layout/page-heading';
import { findByRouteId } from '@/lib/http/route-param';

export const metadata: Metadata = { title: 'Your ratings' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: RedirectNotices = {
  saved: { tone: 'success', text: 'Your ratings are saved.' },
  submitted: { tone: 'success', text: 'Submitted. Thank you: your ratings are now final.' },
  frozen: { tone: 'error', text: 'You have submitted your ratings, so they can no longer change.' },
  'not-saved': { tone: 'error', text: 'Some ratings were not saved: they changed in another window, or a level was not one of those shown. Check them and save again.' },
};

export default async function RatePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const rating = await findByRouteId((await params).id, (id) => getRating(user, id));
  const { notice } = await searchParams;
  const submitted = rating.state === 'SUBMITTED';
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <BackLink href="/invitations">People who asked for your view</BackLink>
        <PageTitle>Rate {rating.subjectName}</PageTitle>
        <p className="text-text-muted">
          As their {ROLE_LABELS[rating.role].toLowerCase()} ·{' '}
          {submitted && rating.submittedAt ? `submitted ${formatDate(rating.submittedAt)}` : `open until ${formatDate(rating.expiresAt)}`}
        </p>
      </header>
      <RedirectNotice notices={NOTICES} name={notice} />
      <div className={cardClasses}>
        <WhoSeesWhat role={rating.role} subjectName={rating.subjectName} />
      </div>
      {submitted ? (
        <SubmittedRatings rating={rating} />
      ) : (
        <RatingEditor
          invitationId={rating.id}
          subjectName={rating.subjectName}
          sections={rating.sections}
          levels={rating.levels}
          answers={rating.answers}
          overall={{ comment: rating.overallComment, revision: rating.revision }}
          limits={{ comment: RATER_COMMENT_MAX, overall: OVERALL_COMMENT_MAX }}
        />
      )}
    </div>
  );
}
