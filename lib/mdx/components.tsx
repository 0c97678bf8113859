/** The components editors may use inside posts: the only React in lib/. */
import type { ComponentProps } from 'react';
import { Callout, type CalloutProps } from '@/components/mdx/Callout';
import { CodeBlock } from '@/components/mdx/CodeBlock';
import { Activities, Blockers, Drivers } from '@/components/mdx/CommunitySection';
import { Embed } from '@/components/mdx/Embed';
import { EventCard } from '@/components/mdx/EventCard';
import { Figure } from '@/components/mdx/Figure';
import { Vimeo } from '@/components/mdx/Vimeo';
import { YouTube } from '@/components/mdx/YouTube';
import type { Post } from '../content';
import { translator, type Catalogue } from '../i18n';
import { BLOCK_NAMES } from './block-names';

/** Components that render block-level HTML and so must never sit inside a paragraph. */
// Embed is placed by the body pipeline for an allowed iframe, never written as a block by an editor.
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set([...BLOCK_NAMES, 'Embed']);

/**
 * `post` is the post the body belongs to; an author's biography has none (and no event).
 * `islands: false` renders components without client islands, for HTML no script will run in (feeds).
 * Their own words (a callout's "Note", "Copy") are in the interface language of `locale`; the
 * translator is set after the editor's props, so a post cannot replace it.
 */
export function mdxComponents(post: Post | undefined, locale = 'en', islands = true, messages?: Catalogue) {
  const event = post?.event;
  const tr = translator(locale, messages);
  type Props<C extends (props: never) => unknown> = Omit<Parameters<C>[0], 'tr'>;
  return {
    Drivers: (props: Props<typeof Drivers>) => <Drivers {...props} tr={tr} />,
    Blockers: (props: Props<typeof Blockers>) => <Blockers {...props} tr={tr} />,
    Activities: (props: Props<typeof Activities>) => <Activities {...props} tr={tr} />,
    Callout: (props: Omit<CalloutProps, 'tr'>) => <Callout {...props} tr={tr} />,
    Figure,
    YouTube: (props: Props<typeof YouTube>) => <YouTube {...props} tr={tr} />,
    Vimeo: (props: Props<typeof Vimeo>) => <Vimeo {...props} tr={tr} />,
    Embed: (props: Props<typeof Embed>) => <Embed {...props} tr={tr} />,
    // The post's own event (a post without one cannot use it: see remarkEventNeedsFrontMatter).
    Event: () => (event && post ? <EventCard event={event} slug={post.slug} locale={locale} islands={islands} tr={tr} /> : null),
    pre: (props: ComponentProps<'pre'>) => <CodeBlock islands={islands} {...props} tr={tr} />,
    // Markdown tables scroll sideways on small screens instead of breaking the layout.
    table: (props: ComponentProps<'table'>) => (
      <div className="table-scroll">
        <table {...props} />
      </div>
    ),
  };
}
