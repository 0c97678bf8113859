'use client';
/**
 * Event lists sorted by the visitor's clock (the build-time order is the no-JavaScript fallback):
 * an event that ended after the site was built moves from "Upcoming" to "Past" when read. Their
 * words come translated from the server (EventTimeline.tsx).
 */
import Link from '@/components/Link';
import { eventState, locationLabel, partitionEvents, type EventListItem } from '@/lib/events';
import { say, type Labels } from '@/lib/message-format';
import { useVisitorNow } from './EventClock';

const moments = (items: readonly EventListItem[]) => items.flatMap((i) => [i.event.start, i.event.end]);

export type EventRowLabel = 'happeningNow' | 'online' | 'announcedIn';
export type EventTimelineLabel = EventRowLabel | 'upcoming' | 'past' | 'noneUpcoming' | 'nonePast';
export type NextEventLabel = EventRowLabel | 'next' | 'all';

function EventRow({ item, now, Heading, labels }: { item: EventListItem; now: number; Heading: 'h2' | 'h3'; labels: Labels<EventRowLabel> }) {
  const { event, when } = item;
  const live = eventState(event, now) === 'ongoing';
  return (
    <article className="event-row" data-event={item.slug}>
      <Heading className="text-lg font-semibold leading-snug">
        <Link dir="auto" href={item.href} className="text-fg no-underline hover:underline">
          {event.title}
        </Link>
        {live ? <span className="event-live-badge">{say(labels, 'happeningNow')}</span> : null}
      </Heading>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={new Date(event.start).toISOString()}>{when.date}</time>
        {' · '}
        {when.time}
        {when.zone ? ` ${when.zone}` : null}
        {' · '}
        <bdi>{locationLabel(event, say(labels, 'online'))}</bdi>
      </p>
      {event.summary ? <p dir="auto" className="mt-2">{event.summary}</p> : null}
      {item.postTitle !== event.title ? <p className="mt-1 text-sm text-muted">{say(labels, 'announcedIn', { title: item.postTitle })}</p> : null}
    </article>
  );
}

function EventSection({
  id,
  title,
  items,
  now,
  empty,
  labels,
}: {
  id: string;
  title: string;
  items: EventListItem[];
  now: number;
  empty: string;
  labels: Labels<EventRowLabel>;
}) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {items.length ? (
        <ol className="grid gap-4">
          {items.map((item) => (
            <li key={item.slug}>
              <EventRow item={item} now={now} Heading="h3" labels={labels} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted">{empty}</p>
      )}
    </section>
  );
}

/** The /events page: events still to come (soonest first), then past ones (most recent first). */
export function EventTimelineIsland({ items, builtAt, labels }: { items: EventListItem[]; builtAt: number; labels: Labels<EventTimelineLabel> }) {
  const now = useVisitorNow(builtAt, moments(items));
  const { upcoming, past } = partitionEvents(items, now);
  return (
    <>
      <EventSection id="upcoming-events" title={say(labels, 'upcoming')} items={upcoming} now={now} empty={say(labels, 'noneUpcoming')} labels={labels} />
      <EventSection id="past-events" title={say(labels, 'past')} items={past} now={now} empty={say(labels, 'nonePast')} labels={labels} />
    </>
  );
}

/** The home page's "Next event" block; gone once every listed event has ended. */
export function NextEventIsland({ items, builtAt, labels, allHref }: { items: EventListItem[]; builtAt: number; labels: Labels<NextEventLabel>; allHref: string }) {
  const now = useVisitorNow(builtAt, moments(items));
  const next = partitionEvents(items, now).upcoming[0];
  if (!next) return null;
  return (
    <section aria-labelledby="next-event" className="next-event mb-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="next-event" className="event-eyebrow">
          {say(labels, 'next')}
        </h2>
        <Link href={allHref} className="text-sm">
          {say(labels, 'all')}
        </Link>
      </div>
      <EventRow item={next} now={now} Heading="h3" labels={labels} />
    </section>
  );
}
