/**
 * The one place that knows where things live. `BASE_PATH` (e.g. /blog) is applied by Next to
 * <Link> and routing; plain <img>/<a> URLs built here add it themselves.
 */
import type { Post } from './content';

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

/** A page's path as links should write it: with the trailing slash a static export serves. */
export const pagePath = (href: string): string => (trailingSlash ? addTrailingSlash(href) : href);

export const postPath = (slug: string) => pagePath(`/posts/${slug}`);
export const tagPath = (tag: string) => pagePath(`/tags/${tag}`);
export const categoryPath = (category: string) => pagePath(`/categories/${category}`);
export const authorPath = (id: string) => pagePath(`/authors/${id}`);
export const eventsPath = pagePath('/events');
/** Route path of a post's iCalendar file (the file name the route generates). */
export const calendarFile = (slug: string) => `${slug}.ics`;

/** URL of a post event's .ics file as the browser requests it (base path included: it is no page). */
export function calendarUrl(slug: string): string {
  return browserUrl(`/events/${calendarFile(slug)}`);
}

/** URL of a file from a post's bundle, as the browser requests it (base path included). */
export function assetUrl(post: Pick<Post, 'slug'>, name: string): string {
  return browserUrl(`/posts/${post.slug}/${encodeURIComponent(name)}`);
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
