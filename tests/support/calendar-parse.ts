// Reads a calendar back with ical.js, a parser written independently of the
// library that writes it, so a feed is checked as a calendar app would read it.
import ICAL from 'ical.js';

export type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  url: string;
  /** The all-day date as written, YYYY-MM-DD; null when the event has a time. */
  date: string | null;
  stamp: string | null;
};

export function parseCalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = ICAL.Component.fromString(text);
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const start = vevent.getFirstPropertyValue('dtstart');
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: String(vevent.getFirstPropertyValue('description')),
      url: String(vevent.getFirstPropertyValue('url')),
      date: start instanceof ICAL.Time && start.isDate ? start.toString() : null,
      stamp: stamp instanceof ICAL.Time ? stamp.toString() : null,
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { name: name === null ? null : String(name), events };
}
