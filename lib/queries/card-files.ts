/**
 * The static files behind the home filter, built on the server: per tag, the positions of its
 * posts; per home page, its cards. A tag's file stays small however many posts it has (a few
 * bytes a post), and the filter fetches only the card pages it shows.
 */
import { cardSlice } from './cards';
import { getAllPosts, getSite, type Post } from '../content';
import type { CardsFile, TagPostsFile } from '../terms/tag-filter';
import { laterPages, paginate } from '../routes/pagination';
import { getTags } from './terms';

const positions = new WeakMap<readonly Post[], Map<Post, number>>();

function positionOf(post: Post): number {
  const posts = getAllPosts();
  let index = positions.get(posts);
  if (!index) positions.set(posts, (index = new Map(posts.map((p, i) => [p, i]))));
  return index.get(post)!;
}

export function tagPostsFile(slug: string): TagPostsFile | undefined {
  const term = getTags().bySlug(slug);
  if (!term) return undefined;
  return { slug: term.slug, name: term.name, posts: term.posts.map(positionOf).sort((a, b) => a - b) };
}

export function cardsFile(page: number): CardsFile | undefined {
  const site = getSite();
  const slice = paginate(getAllPosts(), page, site.pageSize);
  if (!slice) return undefined;
  return { page, cards: cardSlice(slice, site).items };
}

/** Every home page number, 1 included (its cards file exists though /page/1 does not). */
export function cardPages(): number[] {
  return [1, ...laterPages(getAllPosts().length, getSite().pageSize)];
}
