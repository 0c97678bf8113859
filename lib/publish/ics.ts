/**
 * iCalendar (RFC 5545) files for events, written by hand because the common packages get a rule
 * wrong: `ics` folds at 75 characters rather than 75 octets (non-ASCII titles make invalid lines),
 * and `ical-generator` writes a TZID without the VTIMEZONE it requires and with the UTC wall time.
 *
 * Times are written in UTC (`DTSTART:20230411T110000Z`), which needs no VTIMEZONE and which every
 * calendar shows in its owner's timezone; the event's own timezone is named in the description.
 */
import { translator } from '../i18n';
import { describeWhen, type EventInfo } from '../events';
import { isoInZone } from '../timezone';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** `20230411T110000Z`: a UTC DATE-TIME. */
export function icsDateTime(time: number): string {
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

/** TEXT values: backslash, semicolon and comma are escaped, newlines become `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Splits a content line into lines of at most 75 octets (the continuation's leading space counts),
 * never inside a UTF-8 sequence, joined by CRLF + space.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = '';
      octets = 1; // the leading space of the continuation line
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF + ' ');
}

export interface CalendarEvent {
  /** Globally unique and stable across builds, so re-importing updates the same entry. */
  uid: string;
  start: number;
  end: number;
  /** A whole-day event: its first day and the day after its last, `YYYY-MM-DD` (DTEND is exclusive). */
  days?: { first: string; after: string };
  summary: string;
  description?: string;
  location?: string;
  /** Absolute URL (a URI value: not escaped as text). */
  url?: string;
}

export interface Calendar {
  /** PRODID: who made the file, e.g. `-//Community Notes//Events//EN`. */
  productId: string;
  /** DTSTAMP: when this calendar entry was last made anew (the post's date or lastmod). */
  stamp: number;
  events: CalendarEvent[];
}

export function buildCalendar({ productId, stamp, events }: Calendar): string {
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsDateTime(stamp)}`,
      ...(event.days
        ? [`DTSTART;VALUE=DATE:${event.days.first.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${event.days.after.replaceAll('-', '')}`]
        : [`DTSTART:${icsDateTime(event.start)}`, `DTEND:${icsDateTime(event.end)}`]),
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The calendar entry for a post's event: what a visitor adds with "Add to calendar". */
export function eventCalendarEntry(
  event: EventInfo,
  /** `url` is the post's absolute URL, when the caller knows the site's origin. */
  post: { slug: string; url?: string },
  siteHost: string,
  locale = 'en',
): CalendarEvent {
  const when = describeWhen(event, locale);
  const { t } = translator(locale);
  const description = [
    event.summary,
    when.zone ? `${when.date}, ${when.time} ${when.zone}` : `${when.date}, ${when.time}`,
    event.signupUrl ? t('calendar.signUp', { url: event.signupUrl }) : undefined,
    post.url ? t('calendar.details', { url: post.url }) : undefined,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `event-${post.slug}@${siteHost}`,
    start: event.start,
    end: event.end,
    ...(event.allDay ? { days: { first: isoInZone(event.start, event.timeZone).slice(0, 10), after: isoInZone(event.end, event.timeZone).slice(0, 10) } } : {}),
    summary: event.title,
    description,
    location: event.location,
    url: post.url,
  };
}
