import type { Metadata } from 'next';
import { EventTimeline } from '@/components/EventTimeline';
import { getAllPosts, getSite } from '@/lib/content';
import { eventMoments, phaseMoment } from '@/lib/events';
import { eventListItems } from '@/lib/publish/events';
import { pageMetadata } from '@/lib/publish/metadata';
import { eventsPath } from '@/lib/routes/urls';
import { eventWords } from '@/components/island-labels';
import { siteTranslator } from '@/app/_routes/i18n';

export function generateMetadata(): Metadata {
  const tr = siteTranslator();
  return pageMetadata({
    site: getSite(),
    title: tr.t('events.title'),
    description: tr.t('events.description'),
    path: eventsPath(),
  });
}

export default function EventsPage() {
  const site = getSite();
  const tr = siteTranslator();
  const items = eventListItems(getAllPosts(), site.language, eventWords(tr));
  return (
    <>
      <h1 className="text-3xl font-bold">{tr.t('events.title')}</h1>
      <p className="mt-2 text-muted">{tr.t('events.intro')}</p>
      <EventTimeline items={items} builtAt={phaseMoment(Date.now(), eventMoments(items.map((i) => i.event)))} tr={tr} />
    </>
  );
}
