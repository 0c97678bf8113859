/**
 * "Related posts": for each post, the posts that share the most tags and categories with it,
 * newer first among equals. It must stay linear in the number of posts, so it never compares
 * all pairs: an inverted index lists, for each term, its posts newest first, and a post looks
 * only at the `window` posts on either side of itself in each of its terms' lists (the posts
 * nearest in time). A term on every post then costs a post 2 × window looks, not N.
 */
import type { Post } from '../content';
import { normaliseTag } from './tags';

export interface RelatedOptions {
  count?: number;
  window?: number;
}

type Relatable = Pick<Post, 'slug' | 'dateTime' | 'tags' | 'categories'>;

/** A post's terms as index keys: tags and categories are different terms even when spelled alike. */
function termKeys(post: Relatable): string[] {
  const keys = new Set<string>();
  for (const t of post.tags) if (normaliseTag(t)) keys.add(`t:${normaliseTag(t)}`);
  for (const c of post.categories) if (normaliseTag(c)) keys.add(`c:${normaliseTag(c)}`);
  return [...keys];
}

const newestFirst = (a: Relatable, b: Relatable) => b.dateTime - a.dateTime || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

export interface RelatedIndex<P> {
  related(post: P): P[];
}

export function buildRelatedIndex<P extends Relatable>(posts: readonly P[], { count = 3, window = 50 }: RelatedOptions = {}): RelatedIndex<P> {
  const lists = new Map<string, P[]>();
  const entries = new Map<P, [string, number][]>();
  for (const post of [...posts].sort(newestFirst)) {
    const mine: [string, number][] = [];
    for (const key of termKeys(post)) {
      const list = lists.get(key) ?? [];
      if (!list.length) lists.set(key, list);
      mine.push([key, list.length]);
      list.push(post);
    }
    entries.set(post, mine);
  }
  return {
    related(post) {
      const scores = new Map<P, number>();
      for (const [key, at] of entries.get(post) ?? []) {
        const list = lists.get(key)!;
        for (let i = Math.max(0, at - window); i <= Math.min(list.length - 1, at + window); i++) {
          const other = list[i]!;
          if (other !== post) scores.set(other, (scores.get(other) ?? 0) + 1);
        }
      }
      return [...scores]
        .sort(([a, sa], [b, sb]) => sb - sa || newestFirst(a, b))
        .slice(0, count)
        .map(([p]) => p);
    },
  };
}

const cache = new WeakMap<readonly Post[], RelatedIndex<Post>>();

/** The related posts of one published post, from an index built once per content index. */
export function relatedPostsOf(post: Post, posts: readonly Post[]): Post[] {
  let index = cache.get(posts);
  if (!index) cache.set(posts, (index = buildRelatedIndex(posts)));
  return index.related(post);
}
