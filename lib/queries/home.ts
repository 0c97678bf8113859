/** The home page's list: its pages and the chips of its tag filter. */
import { getAllPosts, getSite, type Post } from '../content';
import { laterPages, paginate, parsePageParam, type PageSlice } from '../routes/pagination';
import type { Translator } from '../i18n';
import { getTags } from './terms';
import { neverEmpty } from '../routes/static-params';

/** How many tags the home filter offers as chips; the rest are a link away at /tags. */
export const FILTER_CHIPS = 24;

/** Page n of the home list; page 1 only as "1" is never a /page/ URL. */
export function homePage(page: number): PageSlice<Post> | undefined {
  return paginate(getAllPosts(), page, getSite().pageSize);
}

/** Page n from a /page/<n> segment; /page/1 and anything that is not a later page are undefined. */
export function laterHomePage(segment: string): PageSlice<Post> | undefined {
  const page = parsePageParam(segment);
  return page && page > 1 ? homePage(page) : undefined;
}

/** The /page/<n> params; "1" (a 404) when there is one page, so an empty site still builds. */
export function laterHomePageParams(): { page: string }[] {
  const pages = laterPages(getAllPosts().length, getSite().pageSize);
  return neverEmpty(pages.map((page) => ({ page: String(page) })), { page: '1' });
}

/**
 * The home filter's chips. Each chip's count arrives written out ("(3 posts)" in the page's
 * language): the island then formats no number while it hydrates, which would create the
 * browser's first Intl objects (loading their locale data, a long task on a slow phone).
 */
export const filterChip = ({ slug, name, count }: { slug: string; name: string; count: number }, tr: Pick<Translator, 't'>) => ({
  slug,
  name,
  count,
  countText: tr.t('posts.countInParens', { n: count }),
});

export function filterChips(tr: Pick<Translator, 't'>) {
  const { terms } = getTags();
  return {
    chips: terms.slice(0, FILTER_CHIPS).map((term) => filterChip(term, tr)),
    moreTags: terms.length > FILTER_CHIPS,
  };
}
