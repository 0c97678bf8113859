/**
 * The posts' old addresses, from the index: where each post sat below `posts/` (its Hugo Blox
 * address) and what its `aliases:`/`url:` say, checked and turned into one redirect list by
 * lib/redirects.ts.
 */
import path from 'node:path';
import { buildRedirects, hugoPostPaths, type Redirect, type RedirectSource } from '../redirects';
import type { ContentProblem } from './errors';
import type { Post } from './load';

/** The folders from `posts/` to the post: ["2021", "spring-meetup"] for posts/2021/spring-meetup/index.md. */
function relativeDir(postsDir: string, post: Pick<Post, 'file' | 'bundleDir'>): string[] {
  const where = post.bundleDir ?? post.file.slice(0, -path.extname(post.file).length);
  return path.relative(/*turbopackIgnore: true*/ postsDir, where).split(path.sep);
}

export function redirectSources(posts: readonly Post[], root: string): RedirectSource[] {
  const postsDir = path.join(/*turbopackIgnore: true*/ root, 'posts');
  return posts.map((post) => ({
    slug: post.slug,
    displayPath: post.displayPath,
    hugoPaths: hugoPostPaths(relativeDir(postsDir, post), post.slug, typeof post.data.slug === 'string' ? post.data.slug : undefined),
    claims: post.oldPaths ?? [],
  }));
}

export function postRedirects(posts: readonly Post[], root: string): { redirects: Redirect[]; problems: ContentProblem[] } {
  return buildRedirects(redirectSources(posts, root));
}
