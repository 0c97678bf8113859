/**
 * Hugo Blox event pages: `content/events/<slug>/index.md` (or Hugo's own `content/event/`), with
 * `event`, `event_url`, `location`, `address`, `date`, `date_end`, `all_day`, `summary`,
 * `abstract` and `links`. Each becomes a post that announces its event (at /posts/<slug>, listed
 * on /events with its card, calendar file and schema.org data), exactly like a post with `event:`.
 */
import path from 'node:path';
import { parseContentDate } from './dates';
import { discoverPosts, type Candidate, type DiscoverLanguages } from './discover';
import type { ContentProblem } from './errors';
import type { EventFrontMatter, EventPageFrontMatter } from './schema';

/** Where event pages are read from, in this order: ours, then Hugo's own folder name. */
export const EVENT_FOLDERS = ['events', 'event'] as const;

export function discoverEventPages(root: string, problems: ContentProblem[], languages?: DiscoverLanguages): Candidate[] {
  return EVENT_FOLDERS.flatMap((folder) => {
    const dir = path.join(/*turbopackIgnore: true*/ root, folder);
    return discoverPosts(dir, problems, languages, 'events');
  });
}

/** What the page shows beside the event card: the abstract and the links. */
export interface EventPageExtras {
  /** The conference or series the event is part of (`event:`). */
  series?: string;
  abstract?: string;
  links: { name: string; url: string }[];
  allDay: boolean;
}

const URL_FIELDS = [
  ['url_slides', 'Slides'],
  ['url_pdf', 'PDF'],
  ['url_video', 'Video'],
  ['url_code', 'Code'],
] as const;

function addressText(address: EventPageFrontMatter['address']): string | undefined {
  if (address === undefined) return undefined;
  if (typeof address === 'string') return address.trim() || undefined;
  const parts = [address.street, address.city, [address.region, address.postcode].filter((p) => p !== undefined).join(' '), address.country];
  return parts.map((p) => (p === undefined ? '' : String(p).trim())).filter(Boolean).join(', ') || undefined;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The event: front matter a post would write for the same event, and what the page adds. */
export function eventFromPage(fm: EventPageFrontMatter, keepLink: (field: string, url: string) => boolean): { event: EventFrontMatter; extras: EventPageExtras } {
  const start = parseContentDate(fm.date)!;
  const end = fm.date_end ? parseContentDate(fm.date_end) : undefined;
  const allDay = fm.all_day || start.dateOnly;
  const place = [fm.location?.trim(), addressText(fm.address)].filter(Boolean);
  // An all-day event runs from the first day's midnight to the midnight after its last day, local time.
  const startText = allDay ? `${start.iso.slice(0, 10)}T00:00` : fm.date;
  const endText = allDay ? `${nextDay((end ?? start).iso.slice(0, 10))}T00:00` : end && !end.dateOnly ? fm.date_end : undefined;
  const links = [
    ...fm.links.flatMap((l, i) => (l.url && keepLink(`links.${i}.url`, l.url) ? [{ name: l.name ?? l.url, url: l.url.trim() }] : [])),
    ...URL_FIELDS.flatMap(([field, name]) => {
      const url = fm[field];
      return typeof url === 'string' && url.trim() && keepLink(field, url) ? [{ name, url: url.trim() }] : [];
    }),
  ];
  return {
    event: {
      title: fm.title,
      start: startText,
      end: endText,
      timezone: fm.timezone,
      location: place.length ? place.join(', ') : fm.event_url ? 'Online' : 'To be announced',
      signup_url: fm.event_url,
      summary: fm.summary,
    },
    extras: { series: fm.event, abstract: fm.abstract, links, allDay },
  };
}

/** Event fields of an event page as messages name them (resolveEvent speaks of event.start/end). */
export const EVENT_PAGE_FIELD: Record<string, string> = { 'event.start': 'date', 'event.end': 'date_end' };
