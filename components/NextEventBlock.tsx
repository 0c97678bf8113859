import type { Post } from '@/lib/content';
import { eventListItems, eventState } from '@/lib/events';
import { NextEvent } from './EventTimeline';

/** The home page's next event: nothing at all when no event was still to come when the site was built. */
export function NextEventBlock({ posts, locale, builtAt = Date.now() }: { posts: Post[]; locale: string; builtAt?: number }) {
  const items = eventListItems(posts, locale).filter((i) => eventState(i.event, builtAt) !== 'ended');
  return items.length ? <NextEvent items={items} builtAt={builtAt} /> : null;
}
