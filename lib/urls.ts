/**
 * The one place that knows where things live. `BASE_PATH` (e.g. /blog) is applied by Next to
 * <Link> and routing; plain <img>/<a> URLs built here add it themselves.
 */
import type { Post } from './content';

export const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

export const postPath = (slug: string) => `/posts/${slug}`;
export const tagPath = (tag: string) => `/tags/${tag}`;
export const categoryPath = (category: string) => `/categories/${category}`;
export const authorPath = (id: string) => `/authors/${id}`;
export const eventsPath = '/events';
/** Route path of a post's iCalendar file (the file name the route generates). */
export const calendarFile = (slug: string) => `${slug}.ics`;

/** URL of a post event's .ics file as the browser requests it (base path included: it is no page). */
export function calendarUrl(slug: string): string {
  return `${basePath}${eventsPath}/${calendarFile(slug)}`;
}

/** URL of a file from a post's bundle, as the browser requests it (base path included). */
export function assetUrl(post: Pick<Post, 'slug'>, name: string): string {
  return `${basePath}/posts/${post.slug}/${encodeURIComponent(name)}`;
}

/** URL of a file beside an author's profile (the avatar), base path included. */
export function authorAssetUrl(id: string, name: string): string {
  return `${basePath}/authors/${id}/${encodeURIComponent(name)}`;
}

/** Absolute URL for feeds, canonical links and social cards. */
export function absoluteUrl(siteUrl: string, pathname: string): string {
  if (/^https?:\/\//.test(pathname)) return pathname;
  const withBase = pathname.startsWith(basePath + '/') || pathname === basePath ? pathname : `${basePath}${pathname}`;
  return `${siteUrl.replace(/\/+$/, '')}${withBase}`;
}
