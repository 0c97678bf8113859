/** The components editors may use inside posts, handed to the compiler by whoever renders a body (lib/mdx/component-names.ts). */
import type { ComponentProps } from 'react';
import { Callout, type CalloutProps } from './Callout';
import { CodeBlock } from './CodeBlock';
import { Activities, Blockers, Drivers } from './CommunitySection';
import { Embed } from './Embed';
import { EventCard } from './EventCard';
import { Figure } from './Figure';
import { Vimeo } from './Vimeo';
import { YouTube } from './YouTube';
import type { Post } from '@/lib/content';
import { translator, type Catalogue } from '@/lib/i18n';
import type { MdxComponentsFor } from '@/lib/mdx/component-names';

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

/** The same, as the compiler's `components` option takes it. */
export const editorComponents: MdxComponentsFor = (post, locale, islands, messages) => mdxComponents(post, locale, islands, messages);
