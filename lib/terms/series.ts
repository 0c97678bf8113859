/**
 * Series: posts that list the same name under `series:` (Hugo Blox's `series` taxonomy) are the
 * parts of one series, in the order they were published. A series has one identity and one slug
 * the way tags do (lib/terms/tags.ts), and a page at /series/<slug>.
 */
import type { Post } from '../content';
import { buildTermIndex, type Term, type TermIndex } from './tags';
import { pagePath } from '../routes/urls';

export const seriesPath = (slug: string) => pagePath(`/series/${slug}`);
export const seriesIndexPath = (): string => pagePath('/series');

/** The series a post belongs to, as written: `series: Name` or a list of names. */
export function seriesNames(post: Pick<Post, 'data'>): string[] {
  const value = post.data.series;
  if (typeof value === 'string') return value.trim() ? [value] : [];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** Oldest first; posts of the same moment by title, so the order never depends on file order. */
export function inPublicationOrder<P extends Pick<Post, 'dateTime' | 'title'>>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => a.dateTime - b.dateTime || a.title.localeCompare(b.title));
}

export function buildSeriesIndex(posts: readonly Post[]): TermIndex {
  const index = buildTermIndex(posts, seriesNames);
  for (const term of index.terms) term.posts = inPublicationOrder(term.posts);
  return index;
}

export interface SeriesPlace {
  series: Term;
  /** 1-based. */
  part: number;
}

/** Where a post stands in each series it belongs to. */
export function seriesOf(post: Post, index: TermIndex): SeriesPlace[] {
  return seriesNames(post).flatMap((name) => {
    const series = index.byName(name);
    const part = series ? series.posts.indexOf(post) + 1 : 0;
    return series && part > 0 ? [{ series, part }] : [];
  });
}
