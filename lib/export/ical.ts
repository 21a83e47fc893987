import ical from 'ical-generator';
import { CALENDAR_NAME, type CalendarEvent } from '@/lib/domain/calendar';

// Calendars poll a subscribed feed on their own schedule; an hour is a hint
// (REFRESH-INTERVAL / X-PUBLISHED-TTL) that most of them honour.
const REFRESH_SECONDS = 60 * 60;

/** An iCalendar (RFC 5545) document of all-day events, each linking to its page at `origin`. */
export function renderCalendar(events: readonly CalendarEvent[], origin: string, now: Date): string {
  const calendar = ical({ name: CALENDAR_NAME, prodId: { company: 'Headway', product: 'Headway', language: 'EN' }, ttl: REFRESH_SECONDS });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: event.date,
      allDay: true,
      stamp: now,
      summary: event.summary,
      description: event.description,
      url: new URL(event.path, origin).toString(),
    });
  }
  return calendar.toString();
}
