/**
 * Discovers, parses and validates everything under the content root. Pure of React and Next:
 * it returns an index and the list of problems; `index.ts` decides when to throw. Each job has its
 * own module: discover.ts (which files), read.ts (file to front matter, with problems), posts.ts,
 * authors.ts, event-pages.ts (Hugo Blox event pages, read as posts that announce an event).
 */
import path from 'node:path';
import { loadAuthors, type Author } from './authors';
import { discoverPosts } from './discover';
import { discoverEventPages } from './event-pages';
import { inReadingOrder, type ContentProblem } from './errors';
import { displayPath } from './paths';
import { isPublished, loadPost, newestFirst, type Post } from './posts';
import { nameFromId } from '../text';

export type { Author, AuthorSocial } from './authors';
export type { Asset } from './discover';
export { POST_EXTENSIONS } from './discover';
export type { Post } from './posts';
export { MAX_POST_BYTES } from './read';

export interface LoadOptions {
  root: string;
  includeDrafts: boolean;
  /** The site's IANA timezone: events without `timezone` are in it. UTC when not given. */
  timeZone?: string;
  /** The moment publishDate and expiryDate are compared with (the build's). Now when not given. */
  now?: number;
}

export interface LoadResult {
  /** Newest first. Drafts, scheduled and expired posts only when includeDrafts. */
  posts: Post[];
  /** What production publishes, newest first: `posts` without drafts, scheduled and expired ones. */
  published: Post[];
  authors: Map<string, Author>;
  problems: ContentProblem[];
}

export function loadContent({ root, includeDrafts, timeZone = 'UTC', now = Date.now() }: LoadOptions): LoadResult {
  const problems: ContentProblem[] = [];
  const all: Post[] = [];
  const candidates = [
    ...discoverPosts(path.join(/*turbopackIgnore: true*/ root, 'posts'), problems).map((c) => ({ ...c, kind: 'post' as const })),
    ...discoverEventPages(root, problems).map((c) => ({ ...c, kind: 'event' as const })),
  ];
  for (const candidate of candidates) {
    try {
      const post = loadPost(candidate, problems, timeZone, candidate.kind);
      if (post) all.push(post);
    } catch (err) {
      // A file we cannot read at all must not hide the others' problems.
      problems.push({
        severity: 'error',
        file: displayPath(candidate.file),
        field: 'file',
        expected: 'a readable post',
        found: err instanceof Error ? err.message : String(err),
      });
    }
  }

  const bySlug = new Map<string, Post>();
  for (const post of all) {
    const first = bySlug.get(post.slug);
    if (first) {
      problems.push({
        severity: 'error',
        file: post.displayPath,
        line: post.slugLine,
        field: 'slug',
        expected: 'a slug no other post uses',
        found: `"${post.slug}", already used by ${first.displayPath}`,
      });
    } else bySlug.set(post.slug, post);
  }

  const renamed: ReadonlyMap<string, string> = new Map(all.filter((p) => p.slug !== p.nameSlug).map((p) => [p.nameSlug, p.slug]));
  for (const post of all) post.renamed = renamed;

  const authors = loadAuthors(path.join(/*turbopackIgnore: true*/ root, 'authors'), problems);
  all.sort(newestFirst);
  const published = all.filter((p) => isPublished(p, now));
  // Drafts, posts before their publishDate and after their expiryDate: `npm run dev` only.
  const posts = includeDrafts ? all : published;
  // Every post that names an id without a profile is told so, at the line where it names it.
  for (const post of posts) {
    for (const [i, id] of post.authors.entries()) {
      if (authors.get(id)?.hasProfile !== false && authors.has(id)) continue;
      if (!authors.has(id)) authors.set(id, { id, name: nameFromId(id), organizations: [], social: [], hasProfile: false });
      problems.push({
        severity: 'warning',
        file: post.displayPath,
        line: post.authorLines?.[i],
        field: 'authors',
        expected: `a profile at content/authors/${id}/_index.md`,
        found: `"${id}" without one (shown as "${nameFromId(id)}")`,
      });
    }
  }
  return { posts, published, authors, problems: inReadingOrder(problems) };
}
