import 'server-only';
import { calendarEvents, type CalendarSource } from '@/lib/domain/calendar';
import { env } from '@/lib/env';
import { renderCalendar } from '@/lib/export/ical';

/**
 * Events link to the address people use (NEXTAUTH_URL) when it is set; else
 * to the one this request came in on.
 */
function linkOrigin(request: Request): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : new URL(request.url).origin;
}

/** A calendar of the source's events; `download` names the file for a one-off save. */
export function calendarResponse(request: Request, source: CalendarSource, download?: string): Response {
  const body = renderCalendar(calendarEvents(source), linkOrigin(request), new Date());
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      ...(download ? { 'Content-Disposition': `attachment; filename="${download}"` } : {}),
      // Private dates: no shared cache keeps a copy, and no search engine lists the address.
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
