/**
 * The one place that knows where things live. `BASE_PATH` (e.g. /blog) is applied by Next to
 * <Link> and routing; plain <img>/<a> URLs built here add it themselves.
 */
import type { Post } from './content';
import { LANGUAGE_ROUTES } from './routes/table';

export const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

/**
 * A URL the browser requests itself (a script, a fetch, a plain <a>/<img>/<form>, not a Next.js
 * <Link>): the route path with the base path in front.
 */
export const browserUrl = (path: string): string => underBase(basePath, path);

/** A route path under a given base path: for the files the postbuild writes with the build's base path. */
export const underBase = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`;

/** True in a static export, whose pages are folders (`/posts/x/` is posts/x/index.html). */
export const trailingSlash = process.env.NEXT_PUBLIC_TRAILING_SLASH === '1';

/**
 * Every setting that changes a URL written here: what is compiled once and kept (the build cache)
 * keys on all of it, so a static export (trailing slashes) or a base path never reuses links
 * written for another way of serving.
 */
export const urlSettings = { basePath, trailingSlash } as const;

/** `/posts/x?a#b` → `/posts/x/?a#b`; file paths (`/feed.xml`) and `/x/` stay as they are. */
export function addTrailingSlash(href: string): string {
  const cut = href.search(/[?#]/);
  const pathname = cut < 0 ? href : href.slice(0, cut);
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return href;
  return `${pathname}/${cut < 0 ? '' : href.slice(cut)}`;
}

/**
 * The first segments of the routes every language has (lib/routes: a path under one of them is
 * written with the current page's language prefix, so that a Dutch page links to /nl/posts/x).
 */
export { LANGUAGE_ROUTES };

let prefixOf: (lang?: string) => string = () => '';

/**
 * Where the language prefix comes from: lib/page-language registers itself on the server. In the
 * browser nothing does, so islands that write links get their prefix as a prop (`inLanguage`).
 */
export function setLanguagePrefixSource(source: (lang?: string) => string): void {
  prefixOf = source;
}

/** The prefix of a language (`/nl`, '' for the default), or of the page being rendered. */
export const languagePrefix = (lang?: string): string => prefixOf(lang);

/** A route path in a language: `/posts/x` → `/nl/posts/x`; shared files and paths already in a language stay. */
export function inLanguage(path: string, prefix: string = prefixOf()): string {
  if (!prefix || !path.startsWith('/') || path === prefix || path.startsWith(`${prefix}/`)) return path;
  const first = path.slice(1).split(/[/?#]/, 1)[0]!;
  if (first === '') return `${prefix}${path.slice(1)}`;
  return LANGUAGE_ROUTES.has(first) ? `${prefix}${path}` : path;
}

/** A route path without the current page's language prefix: `/nl/tags` → `/tags`. */
export function withoutLanguage(path: string, prefix: string = prefixOf()): string {
  return prefix && (path === prefix || path.startsWith(`${prefix}/`)) ? path.slice(prefix.length) || '/' : path;
}

/** The same page in another language: `/nl/tags/` on a Dutch page → `/tags/` for the default language. */
export function pagePathIn(lang: string, href: string): string {
  const path = inLanguage(withoutLanguage(href), prefixOf(lang));
  return trailingSlash ? addTrailingSlash(path) : path;
}

/** A page's path as links should write it: in the page's language, with the trailing slash a static export serves. */
export const pagePath = (href: string): string => {
  const localized = inLanguage(href);
  return trailingSlash ? addTrailingSlash(localized) : localized;
};

/** The home page of the current language: `/`, or `/nl` (`/nl/` in a static export). */
export const homePath = (): string => pagePath('/');

export const postPath = (slug: string) => pagePath(`/posts/${slug}`);
export const tagPath = (tag: string) => pagePath(`/tags/${tag}`);
export const categoryPath = (category: string) => pagePath(`/categories/${category}`);
export const authorPath = (id: string) => pagePath(`/authors/${id}`);
export const eventsPath = (): string => pagePath('/events');
/** Route path of a post's iCalendar file (the file name the route generates). */
export const calendarFile = (slug: string) => `${slug}.ics`;

/** URL of a post event's .ics file as the browser requests it (base path included: it is no page). */
export function calendarUrl(slug: string): string {
  return browserUrl(inLanguage(`/events/${calendarFile(slug)}`));
}

/** URL of a file from a post's bundle, as the browser requests it (base path included). */
export function assetUrl(post: Pick<Post, 'slug'> & { lang?: string }, name: string): string {
  return browserUrl(inLanguage(`/posts/${post.slug}/${encodeURIComponent(name)}`, prefixOf(post.lang)));
}

/** URL of a file beside an author's profile (the avatar), base path included. */
export function authorAssetUrl(id: string, name: string): string {
  return browserUrl(`/authors/${id}/${encodeURIComponent(name)}`);
}

/** Absolute URL of a route path ("/posts/x", as routes and <Link> name it): page form, base path, origin. */
export function absoluteUrl(siteUrl: string, route: string): string {
  if (/^https?:\/\//.test(route)) return route;
  return absoluteBrowserUrl(siteUrl, browserUrl(pagePath(route)));
}

/** Absolute URL of a URL the browser already requests (base path included: assetUrl, a rendered body's links). */
export const absoluteBrowserUrl = (siteUrl: string, url: string): string => `${siteUrl.replace(/\/+$/, '')}${url}`;
