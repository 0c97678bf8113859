import Link from 'next/link';
import type { Author, Post } from '@/lib/content';
import { pluralise } from '@/lib/format';
import { assetUrl, postPath } from '@/lib/urls';
import { AuthorNames } from './AuthorNames';
import { FormattedDate } from './FormattedDate';
import { TagList } from './TagList';

export interface PostCardProps {
  post: Post;
  authors: Author[];
  locale: string;
  timeZone: string;
  /** The first cards are above the fold: load their images eagerly. */
  eager?: boolean;
  headingLevel?: 'h2' | 'h3';
}

export function PostCard({ post, authors, locale, timeZone, eager, headingLevel: Heading = 'h2' }: PostCardProps) {
  const image = post.featuredImage;
  return (
    <article
      className={`group relative grid gap-4 rounded-2xl border bg-surface p-5 sm:grid-cols-[1fr_auto] ${
        post.featured ? 'border-accent shadow-[0_0_0_1px_var(--accent)]' : 'border-border'
      }`}
      data-featured={post.featured || undefined}
    >
      <div className="min-w-0">
        {post.featured ? (
          <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-accent">Featured</p>
        ) : null}
        <Heading className="text-xl font-semibold leading-snug">
          <Link href={postPath(post.slug)} className="text-fg no-underline hover:underline">
            {post.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-muted">
          <FormattedDate iso={post.date} locale={locale} timeZone={timeZone} />
          {' · '}
          {pluralise(post.readingMinutes, 'min read', 'min read')}
          {authors.length ? (
            <>
              {' · '}
              <AuthorNames authors={authors} />
            </>
          ) : null}
        </p>
        <p className="mt-3 text-fg/90">{post.summary}</p>
        <div className="mt-4">
          <TagList tags={post.tags} label={`Tags of ${post.title}`} />
        </div>
      </div>
      {image ? (
        <img
          src={assetUrl(post, image.name)}
          alt=""
          width={image.width}
          height={image.height}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
          className="order-first aspect-[3/2] w-full rounded-xl border border-border object-cover sm:order-none sm:w-48"
        />
      ) : null}
    </article>
  );
}
