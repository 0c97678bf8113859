/**
 * The posts' old addresses, from the index: where each post sat below `posts/` (its Hugo Blox
 * address) and what its `aliases:`/`url:` say, checked and turned into one redirect list by
 * lib/redirects.ts.
 */
import path from 'node:path';
import { buildRedirects, HUGO_EVENT_SECTION, hugoPostPaths, type Redirect, type RedirectSource } from '../redirects';
import type { ContentProblem } from './errors';
import type { Post } from './load';

/** The folders from `posts/` to the post: ["2021", "spring-meetup"] for posts/2021/spring-meetup/index.md. */
function relativeDir(postsDir: string, post: Pick<Post, 'file' | 'bundleDir'>): string[] {
  const where = post.bundleDir ?? post.file.slice(0, -path.extname(post.file).length);
  return path.relative(/*turbopackIgnore: true*/ postsDir, where).split(path.sep);
}

const fmSlug = (post: Post) => (typeof post.data.slug === 'string' ? post.data.slug : undefined);

export function redirectSources(posts: readonly Post[], root: string): RedirectSource[] {
  const postsDir = path.join(/*turbopackIgnore: true*/ root, 'posts');
  return posts.map((post) => ({
    slug: post.slug,
    displayPath: post.displayPath,
    // Event pages (content/events/) were at /event/<name>/ in Hugo Blox, posts at /post/<…>/.
    hugoPaths: post.eventPage
      ? hugoPostPaths([path.basename(post.bundleDir ?? post.file, path.extname(post.file))], post.slug, fmSlug(post), HUGO_EVENT_SECTION)
      : hugoPostPaths(relativeDir(postsDir, post), post.slug, fmSlug(post)),
    claims: post.oldPaths ?? [],
  }));
}

export function postRedirects(posts: readonly Post[], root: string): { redirects: Redirect[]; problems: ContentProblem[] } {
  return buildRedirects(redirectSources(posts, root));
}
