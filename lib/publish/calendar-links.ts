/**
 * "Add to Google Calendar" and "Add to Outlook" links: the same entry as the .ics file
 * (lib/publish/ics.ts `eventCalendarEntry`), written into each service's public "new event" URL. Plain
 * links, so they work without JavaScript and load nothing from either service until followed.
 * Times are UTC instants, which both services show in the visitor's own timezone.
 */
import { icsDateTime, type CalendarEvent } from './ics';

/** Google's `dates=20230411T110000Z/20230411T150000Z`, the format its template URL reads. */
export function googleCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.summary);
  url.searchParams.set('dates', `${icsDateTime(event.start)}/${icsDateTime(event.end)}`);
  if (event.description) url.searchParams.set('details', event.description);
  if (event.location) url.searchParams.set('location', event.location);
  return url.href;
}

/** Outlook on the web (outlook.live.com; work accounts are sent on to their own Outlook). */
export function outlookCalendarUrl(event: CalendarEvent): string {
  const url = new URL('https://outlook.live.com/calendar/0/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', event.summary);
  url.searchParams.set('startdt', isoSeconds(event.start));
  url.searchParams.set('enddt', isoSeconds(event.end));
  if (event.description) url.searchParams.set('body', event.description);
  if (event.location) url.searchParams.set('location', event.location);
  return url.href;
}

/** `2023-04-11T11:00:00Z`. */
const isoSeconds = (time: number) => new Date(Math.floor(time / 1000) * 1000).toISOString().replace('.000Z', 'Z');
