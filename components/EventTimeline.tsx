'use client';
/**
 * Event lists sorted by the visitor's clock (the build-time order is the no-JavaScript fallback):
 * an event that ended after the site was built moves from "Upcoming" to "Past" when read.
 */
import Link from 'next/link';
import { eventState, locationLabel, partitionEvents, type EventListItem } from '@/lib/events';
import { eventsPath, postPath } from '@/lib/urls';
import { useVisitorNow } from './EventClock';

const moments = (items: readonly EventListItem[]) => items.flatMap((i) => [i.event.start, i.event.end]);

function EventRow({ item, now, Heading }: { item: EventListItem; now: number; Heading: 'h2' | 'h3' }) {
  const { event, when } = item;
  const live = eventState(event, now) === 'ongoing';
  return (
    <article className="event-row" data-event={item.slug}>
      <Heading className="text-lg font-semibold leading-snug">
        <Link href={postPath(item.slug)} className="text-fg no-underline hover:underline">
          {event.title}
        </Link>
        {live ? <span className="event-live-badge">Happening now</span> : null}
      </Heading>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={new Date(event.start).toISOString()}>{when.date}</time>
        {' · '}
        {when.time}
        {when.zone ? ` ${when.zone}` : null}
        {' · '}
        {locationLabel(event)}
      </p>
      {event.summary ? <p className="mt-2">{event.summary}</p> : null}
      {item.postTitle !== event.title ? <p className="mt-1 text-sm text-muted">Announced in “{item.postTitle}”</p> : null}
    </article>
  );
}

function EventSection({ id, title, items, now, empty }: { id: string; title: string; items: EventListItem[]; now: number; empty: string }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      {items.length ? (
        <ol className="grid gap-4">
          {items.map((item) => (
            <li key={item.slug}>
              <EventRow item={item} now={now} Heading="h3" />
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
export function EventTimeline({ items, builtAt }: { items: EventListItem[]; builtAt: number }) {
  const now = useVisitorNow(builtAt, moments(items));
  const { upcoming, past } = partitionEvents(items, now);
  return (
    <>
      <EventSection id="upcoming-events" title="Upcoming" items={upcoming} now={now} empty="No upcoming events right now: check back soon." />
      <EventSection id="past-events" title="Past events" items={past} now={now} empty="No past events yet." />
    </>
  );
}

/** The home page's "Next event" block; gone once every listed event has ended. */
export function NextEvent({ items, builtAt }: { items: EventListItem[]; builtAt: number }) {
  const now = useVisitorNow(builtAt, moments(items));
  const next = partitionEvents(items, now).upcoming[0];
  if (!next) return null;
  return (
    <section aria-labelledby="next-event" className="next-event mb-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="next-event" className="event-eyebrow">
          Next event
        </h2>
        <Link href={eventsPath} className="text-sm">
          All events
        </Link>
      </div>
      <EventRow item={next} now={now} Heading="h3" />
    </section>
  );
}
