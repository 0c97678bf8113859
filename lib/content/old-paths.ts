/**
 * The posts' old addresses, from the index: where each post sat below `posts/` (its Hugo Blox
 * address) and what its `aliases:`/`url:` say, checked and turned into one redirect list by
 * lib/routes/redirects.ts.
 */
import path from 'node:path';
import { buildRedirects, HUGO_EVENT_SECTION, hugoPostPaths, type Redirect, type RedirectSource } from '../routes/redirects';
import type { ContentProblem } from './errors';
import type { Post } from './load';

/** The folders from `posts/` to the post: ["2021", "spring-meetup"] for posts/2021/spring-meetup/index.md. */
function relativeDir(postsDir: string, post: Pick<Post, 'file' | 'bundleDir' | 'lang'>): string[] {
  // A translation by file name (notes.nl.md) had the original's name in Hugo: /nl/post/notes/.
  const where = post.bundleDir ?? post.file.slice(0, -path.extname(post.file).length).replace(new RegExp(`\\.${post.lang}$`, 'i'), '');
  return path.relative(/*turbopackIgnore: true*/ postsDir, where).split(path.sep);
}

const fmSlug = (post: Post) => (typeof post.data.slug === 'string' ? post.data.slug : undefined);

/**
 * Each post with its Hugo address, its claims and its language's prefix. A post of another
 * language was at `/<code>/post/<…>/` in Hugo, below content/posts or content/<code>/posts alike.
 */
export function redirectSources(posts: readonly Post[], root: string, prefixOf: (lang: string) => string = () => ''): RedirectSource[] {
  return posts.map((post) => {
    const prefix = prefixOf(post.lang);
    const inFolder = path.join(/*turbopackIgnore: true*/ root, prefix.slice(1), 'posts');
    const postsDir = prefix && (post.bundleDir ?? post.file).startsWith(`${inFolder}${path.sep}`) ? inFolder : path.join(/*turbopackIgnore: true*/ root, 'posts');
    const source = sourceOf(post, postsDir);
    return { ...source, prefix, hugoPaths: source.hugoPaths.map((p) => `${prefix}${p}`) };
  });
}

function sourceOf(post: Post, postsDir: string): RedirectSource {
  return {
    slug: post.slug,
    displayPath: post.displayPath,
    // Event pages (content/events/) were at /event/<name>/ in Hugo Blox, posts at /post/<…>/.
    hugoPaths: post.eventPage
      ? hugoPostPaths([path.basename(post.bundleDir ?? post.file, path.extname(post.file))], post.slug, fmSlug(post), HUGO_EVENT_SECTION)
      : hugoPostPaths(relativeDir(postsDir, post), post.slug, fmSlug(post)),
    claims: post.oldPaths ?? [],
  };
}

/** Every language's posts' old addresses, in one list so that no two claim the same path. */
export function postRedirects(posts: readonly Post[], root: string, prefixOf: (lang: string) => string = () => '', prefixes: readonly string[] = []): { redirects: Redirect[]; problems: ContentProblem[] } {
  return buildRedirects(redirectSources(posts, root, prefixOf), prefixes);
}
