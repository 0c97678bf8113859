/**
 * Events, pure: turning the `event:` front matter into instants, what state an event is in at a
 * given moment, and the order events are listed in. No React, no files, no Next, no URL builder
 * (those need the page's language, server-only state), so the same code runs at build time and in
 * the visitor's browser (the upcoming/ended island). What the server publishes from events, the
 * listed items with their links and the schema.org Event, is lib/publish/events.ts.
 *
 * Times are epoch milliseconds. A time written without an offset is wall-clock time in the event's
 * timezone (an IANA name); conversion uses the runtime's Intl time zone data, so it follows
 * daylight saving time.
 */
import { parseContentDate } from './content/dates';
import { interpolate } from './message-format';
import { canonicalTimeZone, isoInZone, resolveWallTime, zoneOffsetMinutes } from './timezone';
import type { EventFrontMatter } from './content/schema';

/** The time-zone helpers live in lib/timezone.ts; re-exported for the components that show events. */
export { canonicalTimeZone, formatOffset, isoInZone, isTimeZone, resolveWallTime, wallClock, zoneOffsetMinutes, type WallTimeResolution } from './timezone';

/** An event without `end` is shown as lasting this long (upcoming until then, in calendars). */
export const DEFAULT_EVENT_DURATION_MS = 2 * 60 * 60 * 1000;

export interface EventInfo {
  title: string;
  /** Epoch milliseconds. */
  start: number;
  /** Epoch milliseconds; start + DEFAULT_EVENT_DURATION_MS when the editor gave no end. */
  end: number;
  /** False when `end` was not written (the card then shows the start time only). */
  hasEnd: boolean;
  /** Canonical IANA name, e.g. Europe/Amsterdam. */
  timeZone: string;
  location: string;
  online: boolean;
  signupUrl?: string;
  /** Epoch milliseconds after which the signup button says registration has closed. */
  signupDeadline?: number;
  summary?: string;
  /** A whole-day event (Hugo Blox `all_day: true`): start and end are local midnights. */
  allDay?: boolean;
}

export type EventState = 'upcoming' | 'ongoing' | 'ended';

/** Signup is open until the deadline (when one is set) and while the event has not ended. */
export function signupOpen(event: Pick<EventInfo, 'start' | 'end' | 'signupDeadline'>, now: number): boolean {
  return eventState(event, now) !== 'ended' && (event.signupDeadline === undefined || now < event.signupDeadline);
}

/** Upcoming before the start, ongoing from the start, ended from the end (the end instant itself). */
export function eventState(event: Pick<EventInfo, 'start' | 'end'>, now: number): EventState {
  if (now < event.start) return 'upcoming';
  if (now < event.end) return 'ongoing';
  return 'ended';
}

/**
 * Events not yet ended (ongoing ones included), soonest first, and ended ones, most recent first.
 * Ties are broken by title so the order never depends on the input order.
 */
export function partitionEvents<T extends { event: Pick<EventInfo, 'start' | 'end' | 'title'> }>(
  items: readonly T[],
  now: number,
): { upcoming: T[]; past: T[] } {
  const byTitle = (a: T, b: T) => a.event.title.localeCompare(b.event.title);
  const upcoming = items
    .filter((i) => eventState(i.event, now) !== 'ended')
    .sort((a, b) => a.event.start - b.event.start || byTitle(a, b));
  const past = items
    .filter((i) => eventState(i.event, now) === 'ended')
    .sort((a, b) => b.event.start - a.event.start || byTitle(a, b));
  return { upcoming, past };
}

// ---------------------------------------------------------------------------------------------
// From front matter to an EventInfo

/** A problem with an event field that only shows once times are converted (file and line come from the loader). */
export interface EventProblem {
  field: 'event.start' | 'event.end' | 'event.signup_deadline';
  expected: string;
  found: string;
}

const hhmm = (wall: number) => new Date(wall).toISOString().slice(11, 16);

function instantOf(
  raw: string,
  field: EventProblem['field'],
  timeZone: string,
  problems: EventProblem[],
): number | undefined {
  const parsed = parseContentDate(raw)!;
  if (!parsed.floating) return parsed.time;
  const resolved = resolveWallTime(parsed.time, timeZone);
  if (resolved.kind !== 'skipped') return resolved.time;
  problems.push({
    field,
    expected: `a time that exists in ${timeZone} (on ${parsed.iso.slice(0, 10)} clocks jump from ${hhmm(resolved.wallBefore)} to ${hhmm(resolved.wallAfter)})`,
    found: JSON.stringify(raw),
  });
  return undefined;
}

/**
 * Converts validated front matter (see eventSchema) into instants in the event's timezone, or the
 * problems that stop it: a local time skipped by a daylight-saving change, an end not after the start.
 */
export function resolveEvent(
  raw: EventFrontMatter,
  defaults: { timeZone: string; title: string },
): { event?: EventInfo; problems: EventProblem[] } {
  const problems: EventProblem[] = [];
  const timeZone = canonicalTimeZone(raw.timezone ?? defaults.timeZone) ?? 'UTC';
  const start = instantOf(raw.start, 'event.start', timeZone, problems);
  const end = raw.end === undefined ? undefined : instantOf(raw.end, 'event.end', timeZone, problems);
  if (start !== undefined && end !== undefined && end <= start) {
    problems.push({
      field: 'event.end',
      expected: `an end after the start (${isoInZone(start, timeZone)})`,
      found: JSON.stringify(raw.end),
    });
  }
  const deadline = raw.signup_deadline === undefined ? undefined : instantOf(raw.signup_deadline, 'event.signup_deadline', timeZone, problems);
  const lastMoment = end ?? (start === undefined ? undefined : start + DEFAULT_EVENT_DURATION_MS);
  if (deadline !== undefined && lastMoment !== undefined && deadline > lastMoment) {
    problems.push({
      field: 'event.signup_deadline',
      expected: `a deadline no later than the end of the event (${isoInZone(lastMoment, timeZone)})`,
      found: JSON.stringify(raw.signup_deadline),
    });
  }
  if (problems.length || start === undefined) return { problems };
  const location = raw.location.trim();
  return {
    problems,
    event: {
      title: raw.title?.trim() || defaults.title,
      start,
      end: end ?? start + DEFAULT_EVENT_DURATION_MS,
      hasEnd: end !== undefined,
      timeZone,
      location,
      online: /^online\b/i.test(location),
      signupUrl: raw.signup_url,
      signupDeadline: deadline,
      summary: raw.summary?.trim() || undefined,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// How an event reads on the page (in its own timezone, in the site's language)

export interface EventWhen {
  /** "Tuesday, April 11, 2023", or a range for an event over several days. */
  date: string;
  /** "1:00 – 5:00 PM"; with dates when the event spans days; the start only without an end. */
  time: string;
  /** "Amsterdam time (UTC+2)", or "UTC". */
  zone: string;
}

const DATE_PARTS = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
const TIME_PARTS = { hour: 'numeric', minute: '2-digit' } as const;

/** "UTC+2", "UTC+5:30", "UTC-3". */
export function utcOffsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/**
 * The words an event's description uses, in the interface language (lib/i18n: event.allDay,
 * event.zone, event.online); English by default, for calendar files and tests.
 */
export interface EventWords {
  allDay: string;
  /** A template with {place} and {offset}. */
  zone: string;
  online: string;
}

export const ENGLISH_EVENT_WORDS: EventWords = { allDay: 'All day', zone: '{place} time ({offset})', online: 'Online' };

/** "Amsterdam time (UTC+2)": the place editors and visitors recognise, and the exact offset. */
export function zoneLabel(timeZone: string, time: number, template = ENGLISH_EVENT_WORDS.zone): string {
  const offset = utcOffsetLabel(zoneOffsetMinutes(timeZone, time));
  if (/^(Etc\/)?(UTC|GMT|UCT|Universal|Zulu)$/i.test(timeZone)) return offset;
  const place = timeZone.split('/').pop()!.replace(/_/g, ' ');
  return interpolate(template, { place, offset });
}

/** "Online" for online events, the place as written otherwise. */
export const locationLabel = (event: Pick<EventInfo, 'location'>, online = ENGLISH_EVENT_WORDS.online): string =>
  /^online$/i.test(event.location) ? online : event.location;

export function describeWhen(event: EventInfo, locale = 'en', words: Pick<EventWords, 'allDay' | 'zone'> = ENGLISH_EVENT_WORDS): EventWhen {
  const { timeZone, start, end } = event;
  const dates = new Intl.DateTimeFormat(locale, { ...DATE_PARTS, timeZone });
  const sameDay = !event.hasEnd || dates.format(start) === dates.format(end - 1);
  const times = new Intl.DateTimeFormat(locale, sameDay ? { ...TIME_PARTS, timeZone } : { ...DATE_PARTS, ...TIME_PARTS, timeZone });
  if (event.allDay) {
    const lastDay = end - 1;
    const oneDay = dates.format(start) === dates.format(lastDay);
    return { date: oneDay ? dates.format(start) : dates.formatRange(start, lastDay), time: words.allDay, zone: '' };
  }
  return {
    date: sameDay ? dates.format(start) : dates.formatRange(start, end),
    time: event.hasEnd ? times.formatRange(start, end) : times.format(start),
    zone: zoneLabel(timeZone, start, words.zone),
  };
}

// ---------------------------------------------------------------------------------------------
// Lists (the /events page and the home page): plain data, so a client island can re-sort them.
// The server writes them (lib/publish/events.ts: the link needs the page's language).

export interface EventListItem {
  slug: string;
  /** The announcing post's page, in the language of the page that lists it. */
  href: string;
  postTitle: string;
  event: EventInfo;
  when: EventWhen;
}

/** The moments at which what a page shows of these events can change: starts, ends, signup deadlines. */
export const eventMoments = (events: readonly Pick<EventInfo, 'start' | 'end' | 'signupDeadline'>[]): number[] =>
  events.flatMap((e) => (e.signupDeadline === undefined ? [e.start, e.end] : [e.start, e.end, e.signupDeadline]));

/**
 * The build's clock as pages render it: the latest of `moments` not after `now` (0 before all of
 * them). Every state a page shows compares the clock with those moments only, so the markup is what
 * `now` would give, and a rebuild in the same phase of the events writes the same bytes instead of
 * a new timestamp in every event page. The islands move on from it with the visitor's clock.
 */
export function phaseMoment(now: number, moments: readonly number[]): number {
  let latest = 0;
  for (const m of moments) if (m <= now && m > latest) latest = m;
  return latest;
}
