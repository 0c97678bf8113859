/**
 * The site's taxonomies over its posts: tags, categories and series, each built once per content
 * index from the pure builders in lib/terms/tags.ts and lib/terms/series.ts.
 */
import { getAllPosts, type Post } from '../content';
import { buildSeriesIndex } from '../terms/series';
import { neverEmpty, PLACEHOLDER } from '../routes/static-params';
import { buildTermIndex, taxonomies, type TaxonomyKind, type TermIndex } from '../terms/tags';

const indexes = new WeakMap<readonly Post[], Partial<Record<TaxonomyKind | 'series', TermIndex>>>();

function once(kind: TaxonomyKind | 'series', build: (posts: readonly Post[]) => TermIndex): TermIndex {
  const posts = getAllPosts();
  const cached = indexes.get(posts) ?? {};
  indexes.set(posts, cached);
  return (cached[kind] ??= build(posts));
}

/** The index of one taxonomy over the posts the site shows. */
export const getTermIndex = (kind: TaxonomyKind): TermIndex => once(kind, (posts) => buildTermIndex(posts, taxonomies[kind].pick));

export const getTags = (): TermIndex => getTermIndex('tags');

/** The series of the posts the site shows. */
export const getSeries = (): TermIndex => once('series', buildSeriesIndex);

/** The slugs a taxonomy's static routes are generated for: never none in a static export (it needs one). */
export function termSlugs(kind: TaxonomyKind): string[] {
  const { terms } = getTermIndex(kind);
  return neverEmpty(terms.map((t) => ({ slug: t.slug })), { slug: PLACEHOLDER }).map((p) => p.slug);
}
