import type { Metadata } from 'next';
import { EventTimeline } from '@/components/EventTimeline';
import { getAllPosts, getSite } from '@/lib/content';
import { eventListItems, eventMoments, phaseMoment } from '@/lib/events';
import { pageMetadata } from '@/lib/seo';
import { eventsPath } from '@/lib/urls';

export function generateMetadata(): Metadata {
  return pageMetadata({
    site: getSite(),
    title: 'Events',
    description: 'Meetups and workshops of the community: what is coming up and what has been.',
    path: eventsPath,
  });
}

export default function EventsPage() {
  const site = getSite();
  const items = eventListItems(getAllPosts(), site.language);
  return (
    <>
      <h1 className="text-3xl font-bold">Events</h1>
      <p className="mt-2 text-muted">Meetups and workshops of the community. Each links to the post that announced it.</p>
      <EventTimeline items={items} builtAt={phaseMoment(Date.now(), eventMoments(items.map((i) => i.event)))} />
    </>
  );
}
