import Link from '@/components/Link';
import type { CardData } from '@/lib/publish/cards';
import { say, type Labels } from '@/lib/message-format';
import { AuthorLinks } from './AuthorLinks';
import { Picture } from './Picture';
import { TagLinks } from './TagLinks';

/** The words a card shows; the home filter's island receives them with its own. */
export type CardLabel = 'featured' | 'minutes' | 'tagsOf' | 'comma' | 'and';

export interface PostCardProps {
  card: CardData;
  labels: Labels<CardLabel>;
  /** The first cards are above the fold: load their images eagerly. */
  eager?: boolean;
  headingLevel?: 'h2' | 'h3';
  /** The page's language prefix (`/nl`, '' for the default), for the tags' links. */
  prefix: string;
}

/**
 * The card markup, from plain data and translated labels: rendered on the server (PostCardView)
 * and by the home filter's island alike.
 */
export function PostCard({ card, labels, eager, headingLevel: Heading = 'h2', prefix }: PostCardProps) {
  const { image } = card;
  return (
    <article
      className={`group relative grid gap-4 rounded-2xl border bg-surface p-5 sm:grid-cols-[1fr_auto] ${
        card.featured ? 'border-accent shadow-[0_0_0_1px_var(--accent)]' : 'border-border'
      }`}
      data-featured={card.featured || undefined}
    >
      <div className="min-w-0">
        {card.featured ? <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-accent">{say(labels, 'featured')}</p> : null}
        <Heading dir="auto" className="text-xl font-semibold leading-snug">
          <Link href={card.href} className="text-fg no-underline hover:underline">
            {card.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-muted">
          <time dateTime={card.dateTime}>{card.dateText}</time>
          {' · '}
          {say(labels, 'minutes', { n: card.readingMinutes })}
          {card.authors.length ? (
            <>
              {' · '}
              <AuthorLinks authors={card.authors} labels={labels} />
            </>
          ) : null}
        </p>
        <p dir="auto" className="mt-3 text-fg/90">{card.summary}</p>
        <div className="mt-4">
          <TagLinks tags={card.tags} label={say(labels, 'tagsOf', { title: card.title })} prefix={prefix} />
        </div>
      </div>
      {image ? (
        <Picture
          responsive={image.responsive}
          src={image.src}
          alt=""
          width={image.width}
          height={image.height}
          sizes="(min-width: 40rem) 12rem, calc(100vw - 4.5rem)"
          eager={eager}
          className="order-first aspect-[3/2] w-full rounded-xl border border-border object-cover sm:order-none sm:w-48"
        />
      ) : null}
    </article>
  );
}
