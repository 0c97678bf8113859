/**
 * What a post card shows, as plain data: the same shape renders the server's lists and the
 * cards the home filter fetches (/page/<n>/cards.json), so there is one card markup.
 */
import type { Author, Post } from '../content';
import { formatDate, isoDateTime } from '../format';
import type { ResponsiveImage } from '../images/plan';
import { preparedImage } from '../images/responsive';
import { termLinks, type TermIndex, type TermLink } from '../terms/tags';
import { assetUrl, authorPath, postPath } from '../routes/urls';

export interface AuthorLink {
  name: string;
  href: string;
}

export interface CardData {
  href: string;
  title: string;
  /** For <time dateTime>. */
  dateTime: string;
  /** The date as the site shows it (site language and timezone), formatted at build time. */
  dateText: string;
  readingMinutes: number;
  summary: string;
  featured: boolean;
  authors: AuthorLink[];
  tags: TermLink[];
  image?: { src: string; width?: number; height?: number; responsive?: ResponsiveImage };
}

/** An author as a card or byline links them. */
export const authorLink = (a: Pick<Author, 'id' | 'name'>): AuthorLink => ({ name: a.name, href: authorPath(a.id) });

/** A post's card, from the post, its authors and the site's tag index (for the tags' links). */
export function toCard(post: Post, authors: readonly Author[], tags: TermIndex<unknown>, locale: string, timeZone: string): CardData {
  const image = post.featuredImage;
  return {
    href: postPath(post.slug),
    title: post.title,
    dateTime: isoDateTime(post.date),
    dateText: formatDate(post.date, locale, timeZone),
    readingMinutes: post.readingMinutes,
    summary: post.summary,
    featured: post.featured,
    authors: authors.map(authorLink),
    tags: termLinks(post.tags, tags),
    image: image ? { src: assetUrl(post, image.name), width: image.width, height: image.height, responsive: preparedImage(post.slug, image) } : undefined,
  };
}
