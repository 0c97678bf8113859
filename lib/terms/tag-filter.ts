/**
 * The home page's tag filter, as pure functions shared by the client island and the tests.
 *
 * State lives in the query string: `?tag=community&tag=workshop&match=any` (match=all is the
 * default and is not written; match=any is kept even with no tag chosen, so the switch sticks). The server builds, per tag, the positions of its posts in the
 * newest-first list (/tags/<slug>/posts.json) and, per home page, the cards of that page
 * (/page/<n>/cards.json); the island combines positions and fetches only the pages it shows.
 */
import { say, type Labels } from '../message-format';
import type { CardData } from '../publish/cards';

export type Match = 'all' | 'any';

export interface FilterState {
  /** Tag slugs in the order the visitor chose them, without repeats. */
  tags: string[];
  match: Match;
}

/** More tags than this in a URL are ignored: no filter needs them, and each costs a request. */
export const MAX_FILTER_TAGS = 12;

export function parseFilter(search: string): FilterState {
  const params = new URLSearchParams(search);
  const tags = [...new Set(params.getAll('tag').map((t) => t.trim()).filter(Boolean))].slice(0, MAX_FILTER_TAGS);
  return { tags, match: params.get('match') === 'any' ? 'any' : 'all' };
}

/** The query string for a state, "" for the default (no tags, all of). Other parameters are kept. */
export function filterSearch(state: FilterState, current = ''): string {
  const params = new URLSearchParams(current);
  params.delete('tag');
  params.delete('match');
  for (const tag of state.tags) params.append('tag', tag);
  if (state.match === 'any') params.set('match', 'any');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function toggleTag(state: FilterState, slug: string): FilterState {
  const tags = state.tags.includes(slug) ? state.tags.filter((t) => t !== slug) : [...state.tags, slug];
  return { ...state, tags };
}

/**
 * Positions (0 = newest post) of the posts that have all / any of the tags, newest first.
 * Each list is a tag's positions in ascending order.
 */
export function matchPositions(lists: readonly (readonly number[])[], match: Match): number[] {
  if (!lists.length) return [];
  if (match === 'any') return [...new Set(lists.flat())].sort((a, b) => a - b);
  const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const others = rest.map((l) => new Set(l));
  return shortest!.filter((p) => others.every((s) => s.has(p)));
}

/** The home page (1-based) whose cards file holds the post at a position. */
export const pageOfPosition = (position: number, pageSize: number): number => Math.floor(position / pageSize) + 1;

/** The words of the live region, in the interface language (lib/i18n filter.* and list.*). */
export type MatchWord = 'hasTag' | 'hasAll' | 'hasAny' | 'comma' | 'and' | 'or';

export const ENGLISH_MATCH_WORDS: Labels<MatchWord> = {
  lang: 'en',
  dir: 'ltr',
  messages: {
    hasTag: { one: '{n} post has the tag {tag}.', other: '{n} posts have the tag {tag}.' },
    hasAll: { one: '{n} post has all of {tags}.', other: '{n} posts have all of {tags}.' },
    hasAny: { one: '{n} post has any of {tags}.', other: '{n} posts have any of {tags}.' },
    comma: ', ',
    and: ' and ',
    or: ' or ',
  },
};

/** What the live region says about a filtered list: "3 posts have all of #community and #workshop." */
export function describeMatches(count: number, names: readonly string[], match: Match, words: Labels<MatchWord> = ENGLISH_MATCH_WORDS): string {
  const tags = names.map((n) => `#${n}`);
  if (tags.length === 1) return say(words, 'hasTag', { n: count, tag: tags[0]! });
  const list = `${tags.slice(0, -1).join(say(words, 'comma'))}${say(words, match === 'all' ? 'and' : 'or')}${tags[tags.length - 1]}`;
  return say(words, match === 'all' ? 'hasAll' : 'hasAny', { n: count, tags: list });
}

/** /tags/<slug>/posts.json */
export interface TagPostsFile {
  slug: string;
  name: string;
  /** Positions of the tag's posts in the newest-first list, ascending. */
  posts: number[];
}

/** /page/<n>/cards.json: the cards of home page n, in order. */
export interface CardsFile {
  page: number;
  cards: CardData[];
}
