import { getSessionUser } from '@/lib/auth/session';
import { getOwnCalendarSource } from '@/lib/data/calendar-feeds';
import { calendarResponse } from '@/lib/http/calendar-response';
import { answeringUnavailable } from '@/lib/http/unavailable';

export const dynamic = 'force-dynamic';

export const GET = answeringUnavailable('calendar download', async (request: Request) => {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'Sign in to download your calendar.' }, { status: 401 });
  return calendarResponse(request, await getOwnCalendarSource(user), 'headway-calendar.ics');
});
