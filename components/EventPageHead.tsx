import { InlineMarkdown } from '@/components/InlineMarkdown';
import { EventCard } from '@/components/mdx/EventCard';
import type { Post } from '@/lib/content';
import type { EventInfo } from '@/lib/events';
import { translator, type Translator } from '@/lib/i18n';

/**
 * What a Hugo Blox event page (content/events/<slug>/index.md) shows above its body: the event
 * card (the one `<Event />` places in a post), the series it belongs to, the abstract (with
 * Markdown's bold, emphasis, code and links, as Hugo Blox renders it) and its links.
 */
export function EventPageHead({
  post,
  event,
  extras,
  locale,
  tr = translator(locale),
}: {
  post: Post;
  event: EventInfo;
  extras: NonNullable<Post['eventPage']>;
  locale: string;
  tr?: Translator;
}) {
  return (
    <div className="mt-8">
      <EventCard event={event} slug={post.slug} locale={locale} tr={tr} />
      {extras.series ? <p className="mt-4 text-muted">{tr.t('event.partOf', { series: extras.series })}</p> : null}
      {extras.abstract
        ? extras.abstract
            .split(/\n\s*\n/)
            .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
            .filter(Boolean)
            .map((p, i) => (
              <p key={i} className="mt-4 text-lg">
                <InlineMarkdown text={p} />
              </p>
            ))
        : null}
      {extras.links.length ? (
        <ul aria-label={tr.t('event.links')} className="mt-4 flex flex-wrap gap-2">
          {extras.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} rel="noopener noreferrer" className="inline-block rounded-full border border-border px-3 py-1 text-sm text-fg no-underline hover:border-accent">
                {l.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
