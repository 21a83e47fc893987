import { getCalendarSourceByToken } from '@/lib/data/calendar-feeds';
import { calendarResponse } from '@/lib/http/calendar-response';
import { answeringUnavailable } from '@/lib/http/unavailable';
import { calendarFeedTokenSchema } from '@/lib/validation/calendar-feed';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ token: string }> };

// Public by design: the unguessable token is the permission. A feed turned
// off or replaced, a made-up token and a malformed one all look the same: 404.
export const GET = answeringUnavailable('calendar feed', async (request: Request, context: Context) => {
  const token = calendarFeedTokenSchema.safeParse((await context.params).token);
  const source = token.success ? await getCalendarSourceByToken(token.data) : null;
  if (!source) return new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return calendarResponse(request, source);
});
