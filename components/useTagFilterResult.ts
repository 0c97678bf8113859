'use client';
/**
 * The tag filter's results in the browser: for the tags in the address, the positions of their
 * posts (per tag, a small static file) and the cards of as many as are shown (per home page, one
 * file). Each file is fetched once per page view.
 */
import { useEffect, useState } from 'react';
import type { CardData } from '@/lib/publish/cards';
import { matchPositions, pageOfPosition, type CardsFile, type FilterState, type TagPostsFile } from '@/lib/terms/tag-filter';
import { browserUrl, inLanguage } from '@/lib/routes/links';

const files = new Map<string, Promise<unknown>>();

/** A static JSON file of the site, fetched once; undefined when it does not exist (404). */
function getFile<T>(path: string): Promise<T | undefined> {
  let file = files.get(path);
  if (!file) {
    file = fetch(browserUrl(path)).then((res) => {
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`${path}: ${res.status}`);
      return res.json();
    });
    file.catch(() => files.delete(path)); // a failed request may be retried later
    files.set(path, file);
  }
  return file as Promise<T | undefined>;
}

export interface TagFilterResult {
  /** The filter (`filterSearch` of its state) these results are for. */
  key: string;
  /** Each filtered tag's file, in the filter's order; undefined for a tag the site does not have. */
  tags: (TagPostsFile | undefined)[];
  /** How many posts match in all. */
  count: number;
  /** The cards of the first `shown` of them. */
  cards: CardData[];
}

export interface TagFilterQuery {
  state: FilterState;
  /** Stands for `state.tags` and `state.match`: the results are fetched again when it changes. */
  key: string;
  /** How many matching posts get their cards. */
  shown: number;
  /** Whether tags are chosen in the browser (else nothing is fetched). */
  filtering: boolean;
  pageSize: number;
  prefix: string;
}

/**
 * The filter's matching posts from the static files: each tag's file, how many posts match, and
 * the cards of the first `shown` (read from the home pages that hold them).
 */
async function fetchResult(state: FilterState, shown: number, pageSize: number, prefix: string): Promise<Omit<TagFilterResult, 'key'>> {
  const tags = await Promise.all(state.tags.map((slug) => getFile<TagPostsFile>(inLanguage(`/tags/${encodeURIComponent(slug)}/posts.json`, prefix))));
  const positions = matchPositions(
    tags.map((t) => t?.posts ?? []),
    state.match,
  );
  const visible = positions.slice(0, shown);
  const pages = [...new Set(visible.map((p) => pageOfPosition(p, pageSize)))];
  const cardsByPage = new Map(
    await Promise.all(pages.map(async (page) => [page, (await getFile<CardsFile>(inLanguage(`/page/${page}/cards.json`, prefix)))?.cards ?? []] as const)),
  );
  const cards = visible.map((p) => cardsByPage.get(pageOfPosition(p, pageSize))?.[p % pageSize]).filter((c): c is CardData => !!c);
  return { tags, count: positions.length, cards };
}

/**
 * Fetches the results of the filter while `filtering`. `result` may be an older filter's (compare
 * its key); `failed` is the key of a filter whose files could not be loaded; `everFiltered` says
 * whether a filter was used on this page view (then an empty filter says all posts show again).
 */
export function useTagFilterResult({ state, key, shown, filtering, pageSize, prefix }: TagFilterQuery) {
  const [result, setResult] = useState<TagFilterResult | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [everFiltered, setEverFiltered] = useState(false);

  useEffect(() => {
    if (!filtering) return;
    setEverFiltered(true);
    let current = true;
    (async () => {
      const found = await fetchResult(state, shown, pageSize, prefix);
      if (current) {
        setResult({ key, ...found });
        setFailed(undefined);
      }
    })().catch(() => current && setFailed(key));
    return () => {
      current = false;
    };
    // `key` stands for state.tags and state.match.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, shown, filtering, pageSize]);

  return { result, failed, everFiltered };
}
