/**
 * The one place that knows where things live. `BASE_PATH` (e.g. /blog) is applied by Next to
 * <Link> and routing; plain <img>/<a> URLs built here add it themselves.
 *
 * Server only: every builder follows the language of the page being rendered (./page-language,
 * which keeps it in AsyncLocalStorage and reads the content's settings). Islands write links
 * with ./links, given their prefix as a prop; tests/unit/import-cycles.test.ts keeps this module
 * out of every island's imports.
 */
import { LANGUAGE_ROUTES } from './table';
import { languagePrefix } from './page-language';
import { basePath, browserUrl, inLanguage as inPrefix, pageHref, postRoute, trailingSlash, withoutLanguage as outOfPrefix } from './links';

export { addTrailingSlash, basePath, browserUrl, trailingSlash, underBase } from './links';

/**
 * Every setting that changes a URL written here: what is compiled once and kept (the build cache)
 * keys on all of it, so a static export (trailing slashes) or a base path never reuses links
 * written for another way of serving.
 */
export const urlSettings = { basePath, trailingSlash } as const;

/**
 * The first segments of the routes every language has (lib/routes: a path under one of them is
 * written with the current page's language prefix, so that a Dutch page links to /nl/posts/x).
 */
export { LANGUAGE_ROUTES };

/** The prefix of a language (`/nl`, '' for the default), or of the page being rendered. */
export { languagePrefix };

/** A route path in a language: `/posts/x` → `/nl/posts/x`; shared files and paths already in a language stay. */
export const inLanguage = (path: string, prefix: string = languagePrefix()): string => inPrefix(path, prefix);

/** A route path without the current page's language prefix: `/nl/tags` → `/tags`. */
export const withoutLanguage = (path: string, prefix: string = languagePrefix()): string => outOfPrefix(path, prefix);

/** The same page in another language: `/nl/tags/` on a Dutch page → `/tags/` for the default language. */
export function pagePathIn(lang: string, href: string): string {
  return pageHref(withoutLanguage(href), languagePrefix(lang));
}

/** A page's path as links should write it: in the page's language, with the trailing slash a static export serves. */
export const pagePath = (href: string): string => pageHref(href, languagePrefix());

/** The home page of the current language: `/`, or `/nl` (`/nl/` in a static export). */
export const homePath = (): string => pagePath('/');

export const postPath = (slug: string) => pagePath(postRoute(slug));
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
export function assetUrl(post: { slug: string; lang?: string }, name: string): string {
  return browserUrl(inLanguage(`/posts/${post.slug}/${encodeURIComponent(name)}`, languagePrefix(post.lang)));
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
