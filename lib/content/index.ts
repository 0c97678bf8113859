/**
 * The one door to content. Every route reads posts, authors and the site settings through here;
 * the index is built once per process (per request in `next dev`, so edits show on refresh).
 */
import { ContentError, formatProblem, inReadingOrder, type ContentProblem } from './errors';
import { discoverAll, loadContent, type Author, type Post } from './load';
import { postRedirects } from './old-paths';
import { contentRoot } from './paths';
import type { Redirect } from '../routes/redirects';
import { loadSite, siteIn, type Language, type SiteConfig } from './site';
import { pageLanguage } from '../routes/page-language';
import { languagePrefixOf } from './languages';
import { embedSources, embedsIn } from '../embeds';
import type { EmbedPage } from '../security/headers';

export type { Asset, Author, Post } from './load';
export type { Language, SiteConfig } from './site';
export { ContentError, formatProblem, formatProblems, type ContentProblem } from './errors';

/** One language's posts. */
export interface LanguagePosts {
  /** Newest first; in `next dev` drafts, scheduled and expired posts too. */
  posts: Post[];
  /** What production publishes, newest first, in every mode: for feeds and the sitemap. */
  published: Post[];
}

export interface ContentIndex extends LanguagePosts {
  site: SiteConfig;
  /** `posts` and `published` are the default language's; here every language's, by code. */
  byLanguage: Map<string, LanguagePosts>;
  /** Every language's posts (what the check compiles and whose images it prepares). */
  everyPost: Post[];
  /** The default language's authors; `authorsByLanguage` the others', translated where a profile is. */
  authors: Map<string, Author>;
  authorsByLanguage: Map<string, Map<string, Author>>;
  problems: ContentProblem[];
  /** Old paths of the posts (Hugo's /post/<slug>/, aliases, url) and where each goes. */
  redirects: Redirect[];
}

let cached: { key: string; index: ContentIndex } | undefined;

/** Drafts are part of `next dev` only. */
export function includeDrafts(): boolean {
  return process.env.NODE_ENV === 'development';
}

export function buildIndex(root = contentRoot(), drafts = includeDrafts()): ContentIndex {
  const problems: ContentProblem[] = [];
  const site = loadSite(root, problems);
  const codes = site.languages.map((l) => l.code);
  const loaded = loadContent({ root, includeDrafts: drafts, timeZone: site.timezone, languages: codes });
  const byLanguage = new Map<string, LanguagePosts>(
    codes.map((code) => [code, { posts: loaded.posts.filter((p) => p.lang === code), published: loaded.published.filter((p) => p.lang === code) }]),
  );
  const own = byLanguage.get(site.languages[0]!.code)!;
  const prefixOf = (code: string) => languagePrefixOf(code, site.languages[0]!.code);
  const old = postRedirects(
    codes.flatMap((code) => byLanguage.get(code)!.posts),
    root,
    prefixOf,
    codes.slice(1).map(prefixOf),
    { hugo: site.hugo, defaultLanguage: site.languages[0]!.code },
  );
  return {
    site,
    ...own,
    byLanguage,
    everyPost: loaded.posts,
    authors: loaded.authors,
    authorsByLanguage: loaded.authorsByLanguage,
    problems: [...problems, ...inReadingOrder([...loaded.problems, ...old.problems])],
    redirects: old.redirects,
  };
}

/**
 * How many posts and event pages the build renders, found as loadContent finds them (site.yaml's
 * languages, bundles, section folders, links left out) but none of them read: next.config.ts sizes
 * the build by it (lib/build/deploy.ts buildTuning). Problems are the check's to report.
 */
export function countPages(root = contentRoot()): number {
  const site = loadSite(root, []);
  return discoverAll(root, site.languages.map((l) => l.code), []).length;
}

/** The validated index; throws a ContentError listing every problem when any is an error. */
export function getContent(): ContentIndex {
  const root = contentRoot();
  const key = `${root}|${includeDrafts()}`;
  if (cached?.key === key && process.env.NODE_ENV !== 'development') return cached.index;
  const index = buildIndex(root);
  if (index.problems.some((p) => p.severity === 'error')) throw new ContentError(index.problems);
  if (cached?.key !== key && process.env.NODE_ENV === 'development') {
    for (const p of index.problems) console.warn(formatProblem(p));
  }
  cached = { key, index };
  return index;
}

/** The site as the current page's language shows it (lib/routes/page-language): its title, description, menu, locale. */
const shown = new WeakMap<SiteConfig, Map<string, SiteConfig & { lang: Language }>>();
export const getSite = (): SiteConfig & { lang: Language } => {
  const { site } = getContent();
  const code = pageLanguage();
  let byCode = shown.get(site);
  if (!byCode) shown.set(site, (byCode = new Map()));
  let found = byCode.get(code);
  if (!found) byCode.set(code, (found = siteIn(site, code)));
  return found;
};

const NO_POSTS: LanguagePosts = Object.freeze({ posts: [], published: [] }) as unknown as LanguagePosts;

/** The current page's language's posts (lib/routes/page-language); the default language's outside a page in another. */
function languagePosts(): LanguagePosts {
  const index = getContent();
  return index.byLanguage.get(pageLanguage()) ?? NO_POSTS;
}

export const getAllPosts = (): Post[] => languagePosts().posts;
/** The posts production publishes, even in `next dev`: what feeds and the sitemap list. */
export const getPublishedPosts = (): Post[] => languagePosts().published;

/** The languages other than the default: the `lang` params of app/[lang]/. */
export const otherLanguages = (): Language[] => getContent().site.languages.slice(1);
export const getPost = (slug: string): Post | undefined => getAllPosts().find((p) => p.slug === slug);

/**
 * The other languages' versions of a post, in the order the site lists its languages: only
 * translations that are themselves published (or, in `next dev`, shown), never a broken link.
 */
export function getTranslationsIn({ site, byLanguage }: Pick<ContentIndex, 'site' | 'byLanguage'>, post: Pick<Post, 'lang' | 'translationKey'>): Post[] {
  return site.languages.flatMap((l) => {
    if (l.code === post.lang) return [];
    const posts = byLanguage.get(l.code)?.posts;
    const found = posts && byTranslationKey(posts).get(post.translationKey);
    return found ? [found] : [];
  });
}

const translationKeys = new WeakMap<readonly Post[], Map<string, Post>>();

/** One language's posts by translation key, built once per list: every page and the sitemap ask for each post. */
function byTranslationKey(posts: readonly Post[]): Map<string, Post> {
  let map = translationKeys.get(posts);
  if (!map) {
    map = new Map();
    for (const p of posts) if (!map.has(p.translationKey)) map.set(p.translationKey, p); // the first, as a search would find
    translationKeys.set(posts, map);
  }
  return map;
}

/** The authors as the current page's language shows them (lib/routes/page-language). */
export function languageAuthors(): Map<string, Author> {
  const index = getContent();
  return index.authorsByLanguage.get(pageLanguage()) ?? index.authors;
}

export function getAuthor(id: string): Author | undefined {
  return languageAuthors().get(id);
}

/** A post's authors in its order: the loader gives every id a profile or a stub, so none is missing. */
export function postAuthors(post: Pick<Post, 'authors'>): Author[] {
  const authors = languageAuthors();
  return post.authors.map((id) => authors.get(id)!);
}

export function getAuthors(): Author[] {
  return [...languageAuthors().values()];
}

/** Older and newer neighbours of a post in the newest-first list. */
export function getAdjacentPosts(slug: string): { newer?: Post; older?: Post } {
  const posts = getAllPosts();
  const i = posts.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  return { newer: posts[i - 1], older: posts[i + 1] };
}

/**
 * The pages whose body shows an embed the site allows, with the frame sources each needs: the
 * header rules that let those pages, and only those, frame the providers (lib/security/headers.ts).
 * Found in the bodies as written; the sanitiser keeps no other iframe, so a page cannot show an
 * embed this misses without the browser blocking it.
 */
export function embedPages(index: Pick<ContentIndex, 'site' | 'byLanguage' | 'authors' | 'authorsByLanguage'>): EmbedPage[] {
  const allowed = index.site.embeds;
  if (!allowed.length) return [];
  const pages: EmbedPage[] = [];
  const add = (path: string, body: string | undefined) => {
    const names = body ? embedsIn(body, allowed) : [];
    if (names.length) pages.push({ path, sources: embedSources(names) });
  };
  index.site.languages.forEach((language, i) => {
    const prefix = languagePrefixOf(language.code, index.site.languages[0]!.code);
    for (const post of index.byLanguage.get(language.code)?.posts ?? []) add(`${prefix}/posts/${post.slug}`, post.body);
    const authors = i === 0 ? index.authors : index.authorsByLanguage.get(language.code);
    for (const author of authors?.values() ?? []) add(`${prefix}/authors/${author.id}`, author.about?.body);
  });
  return pages;
}

/**
 * The pages that show an embed the site allows (`embeds:` in site.yaml), for the header rules of
 * next.config.ts and `npm run headers`. A site that allows none reads no post here.
 */
export function configuredEmbedPages(root: string = contentRoot()): EmbedPage[] {
  if (!loadSite(root, []).embeds.length) return [];
  return embedPages(buildIndex(root, false));
}
