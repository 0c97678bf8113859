/**
 * What the server publishes from events: the items the /events page and the home page list (each
 * with its link, in the language of the page that lists it) and the schema.org Event of a post.
 * The pure part, which the islands run in the browser too, is lib/events.ts; this file writes
 * links with lib/routes/urls, which follows the page's language, so no island may import it.
 */
import { describeWhen, ENGLISH_EVENT_WORDS, type EventInfo, type EventListItem, type EventWords } from '../events';
import { postPath } from '../routes/urls';
import { isoInZone } from '../timezone';

/** The events of these posts, described in `locale` with the interface's `words`. */
export function eventListItems(posts: readonly { slug: string; title: string; event?: EventInfo }[], locale = 'en', words: Pick<EventWords, 'allDay' | 'zone'> = ENGLISH_EVENT_WORDS): EventListItem[] {
  return posts.flatMap((post) =>
    post.event ? [{ slug: post.slug, href: postPath(post.slug), postTitle: post.title, event: post.event, when: describeWhen(post.event, locale, words) }] : [],
  );
}

// ---------------------------------------------------------------------------------------------
// schema.org, for search engines and link previews

export interface EventPage {
  /** Absolute URL of the post that announces the event. */
  url: string;
  description: string;
  image?: string;
  organizer: { name: string; url: string };
}

/** A schema.org Event: times with the offset of the event's timezone, online or at a place. */
export function eventJsonLd(event: EventInfo, page: EventPage): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? page.description,
    startDate: isoInZone(event.start, event.timeZone),
    endDate: isoInZone(event.end, event.timeZone),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: event.online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.online
      ? { '@type': 'VirtualLocation', url: event.signupUrl ?? page.url }
      : { '@type': 'Place', name: event.location, address: event.location },
    url: page.url,
    ...(page.image ? { image: [page.image] } : {}),
    organizer: { '@type': 'Organization', ...page.organizer },
  };
}
