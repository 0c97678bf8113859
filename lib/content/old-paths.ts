/**
 * The posts' old addresses, from the index: the address Hugo gave each post (from where it sits
 * below `posts/` and site.yaml's `hugo:` settings: section, permalinks, lib/hugo-permalinks.ts)
 * and what its `aliases:`/`url:` say, checked and turned into one redirect list by lib/routes/redirects.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HUGO_BLOX_URLS, hugoAddress, permalinkPattern, type HugoUrls } from '../hugo-permalinks';
import { buildRedirects, HUGO_EVENT_SECTION, hugoPostPaths, normaliseOldPath, type Redirect, type RedirectSource } from '../routes/redirects';
import type { ContentProblem } from './errors';
import type { Post } from './load';

/** The folders from `posts/` to the post: ["2021", "spring-meetup"] for posts/2021/spring-meetup/index.md. */
function relativeDir(postsDir: string, post: Pick<Post, 'file' | 'bundleDir' | 'lang'>): string[] {
  // A translation by file name (notes.nl.md) had the original's name in Hugo: /nl/post/notes/.
  const where = post.bundleDir ?? post.file.slice(0, -path.extname(post.file).length).replace(new RegExp(`\\.${post.lang}$`, 'i'), '');
  return path.relative(/*turbopackIgnore: true*/ postsDir, where).split(path.sep);
}

const fmSlug = (post: Post) => (typeof post.data.slug === 'string' ? post.data.slug : undefined);

/** How the old site addressed pages: its `hugo:` settings and which language is the default. */
export interface OldSite {
  hugo: HugoUrls;
  defaultLanguage: string;
}

const ONE_LANGUAGE_BLOX: OldSite = { hugo: HUGO_BLOX_URLS, defaultLanguage: 'en' };

/**
 * Each post with its Hugo address, its claims and its language's prefix. A post of another
 * language was at `/<code>/<section>/<…>/` in Hugo (or its language's permalink), below
 * content/posts or content/<code>/posts alike.
 */
export function redirectSources(posts: readonly Post[], root: string, prefixOf: (lang: string) => string = () => '', old: OldSite = ONE_LANGUAGE_BLOX): RedirectSource[] {
  const isSection = new Map<string, boolean>();
  const hasSectionPage = (dir: string) => {
    let known = isSection.get(dir);
    if (known === undefined) {
      known = fs.existsSync(dir) && fs.readdirSync(dir).some((n) => /^_index\./i.test(n));
      isSection.set(dir, known);
    }
    return known;
  };
  return posts.map((post) => {
    const prefix = prefixOf(post.lang);
    const inFolder = path.join(/*turbopackIgnore: true*/ root, prefix.slice(1), 'posts');
    const postsDir = prefix && (post.bundleDir ?? post.file).startsWith(`${inFolder}${path.sep}`) ? inFolder : path.join(/*turbopackIgnore: true*/ root, 'posts');
    if (post.eventPage) {
      const source = sourceOf(post, postsDir);
      return { ...source, prefix, hugoPaths: source.hugoPaths.map((p) => `${prefix}${p}`) };
    }
    const dirs = relativeDir(postsDir, post);
    const isDefaultLanguage = post.lang.toLowerCase() === old.defaultLanguage.toLowerCase();
    const page = {
      dirs,
      nestedSections: dirs.slice(0, -1).filter((_, i) => hasSectionPage(path.join(/*turbopackIgnore: true*/ postsDir, ...dirs.slice(0, i + 1)))),
      title: post.title,
      slug: fmSlug(post),
      date: post.date,
      lang: post.lang,
      isDefaultLanguage,
    };
    const hugoPaths = [normaliseOldPath(hugoAddress(old.hugo, page))];
    // Without a pattern, Hugo Blox themes also linked a post by its slug alone.
    if (!permalinkPattern(old.hugo, post.lang)) hugoPaths.push(normaliseOldPath(hugoAddress(old.hugo, { ...page, dirs: [post.slug], slug: undefined })));
    return {
      slug: post.slug,
      displayPath: post.displayPath,
      prefix,
      hugoPaths: [...new Set(hugoPaths.filter((p): p is string => p !== undefined))],
      claims: post.oldPaths ?? [],
    };
  });
}

function sourceOf(post: Post, postsDir: string): RedirectSource {
  return {
    slug: post.slug,
    displayPath: post.displayPath,
    // Event pages (content/events/) were at /event/<name>/ in Hugo Blox.
    hugoPaths: hugoPostPaths([path.basename(post.bundleDir ?? post.file, path.extname(post.file))], post.slug, fmSlug(post), HUGO_EVENT_SECTION),
    claims: post.oldPaths ?? [],
  };
}

/** Every language's posts' old addresses, in one list so that no two claim the same path. */
export function postRedirects(
  posts: readonly Post[],
  root: string,
  prefixOf: (lang: string) => string = () => '',
  prefixes: readonly string[] = [],
  old: OldSite = ONE_LANGUAGE_BLOX,
): { redirects: Redirect[]; problems: ContentProblem[] } {
  return buildRedirects(redirectSources(posts, root, prefixOf, old), prefixes);
}
