/** The components editors may use inside posts: the only React in lib/. */
import type { ComponentProps } from 'react';
import { Callout } from '@/components/mdx/Callout';
import { CodeBlock } from '@/components/mdx/CodeBlock';
import { Activities, Blockers, Drivers } from '@/components/mdx/CommunitySection';
import { EventCard } from '@/components/mdx/EventCard';
import { Figure } from '@/components/mdx/Figure';
import { Vimeo } from '@/components/mdx/Vimeo';
import { YouTube } from '@/components/mdx/YouTube';
import type { Post } from '../content';

/** Components that render block-level HTML and so must never sit inside a paragraph. */
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set([
  'Drivers',
  'Blockers',
  'Activities',
  'Callout',
  'Figure',
  'YouTube',
  'Vimeo',
  'Event',
]);

/**
 * `post` is the post the body belongs to; an author's biography has none (and no event).
 * `islands: false` renders components without client islands, for HTML no script will run in (feeds).
 */
export function mdxComponents(post: Post | undefined, locale = 'en', islands = true) {
  const event = post?.event;
  return {
    Drivers,
    Blockers,
    Activities,
    Callout,
    Figure,
    YouTube,
    Vimeo,
    // The post's own event (a post without one cannot use it: see remarkEventNeedsFrontMatter).
    Event: () => (event && post ? <EventCard event={event} slug={post.slug} locale={locale} islands={islands} /> : null),
    pre: (props: ComponentProps<'pre'>) => <CodeBlock islands={islands} {...props} />,
    // Markdown tables scroll sideways on small screens instead of breaking the layout.
    table: (props: ComponentProps<'table'>) => (
      <div className="table-scroll">
        <table {...props} />
      </div>
    ),
  };
}
