import type { Post } from '@/lib/content';
import { eventMoments, eventState, phaseMoment } from '@/lib/events';
import { eventListItems } from '@/lib/publish/events';
import { translator, type Translator } from '@/lib/i18n';
import { NextEvent } from './EventTimeline';
import { eventWords } from './island-labels';

/** The home page's next event: nothing at all when no event was still to come when the site was built. */
export function NextEventBlock({
  posts,
  locale,
  builtAt: now = Date.now(),
  tr = translator(locale),
}: {
  posts: Post[];
  locale: string;
  builtAt?: number;
  tr?: Translator;
}) {
  const all = eventListItems(posts, locale, eventWords(tr));
  const builtAt = phaseMoment(now, eventMoments(all.map((i) => i.event)));
  const items = all.filter((i) => eventState(i.event, builtAt) !== 'ended');
  return items.length ? <NextEvent items={items} builtAt={builtAt} tr={tr} /> : null;
}
