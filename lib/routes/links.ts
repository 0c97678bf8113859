/**
 * How a path becomes a link, with nothing but the settings and the path: safe in the browser
 * (islands import it) and in any script. What depends on the page being rendered (its language)
 * is lib/routes/urls.ts, which builds on these.
 */
import { LANGUAGE_ROUTES } from './table';

export const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/+$/, '');

/** A route path under a given base path: for the files the postbuild writes with the build's base path. */
export const underBase = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`;

/**
 * A URL the browser requests itself (a script, a fetch, a plain <a>/<img>/<form>, not a Next.js
 * <Link>): the route path with the base path in front.
 */
export const browserUrl = (path: string): string => underBase(basePath, path);

/** True in a static export, whose pages are folders (`/posts/x/` is posts/x/index.html). */
export const trailingSlash = process.env.NEXT_PUBLIC_TRAILING_SLASH === '1';

/** `/posts/x?a#b` → `/posts/x/?a#b`; file paths (`/feed.xml`) and `/x/` stay as they are. */
export function addTrailingSlash(href: string): string {
  const cut = href.search(/[?#]/);
  const pathname = cut < 0 ? href : href.slice(0, cut);
  if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return href;
  return `${pathname}/${cut < 0 ? '' : href.slice(cut)}`;
}

/** A post's route path, before language, trailing slash or base path: `/posts/x` (lib/routes/urls postPath writes it for a page). */
export const postRoute = (slug: string): string => `/posts/${slug}`;

/** A route path in the language of `prefix` (`/nl`, '' for the default): shared files and paths already in it stay. */
export function inLanguage(path: string, prefix: string): string {
  if (!prefix || !path.startsWith('/') || path === prefix || path.startsWith(`${prefix}/`)) return path;
  const first = path.slice(1).split(/[/?#]/, 1)[0]!;
  if (first === '') return `${prefix}${path.slice(1)}`;
  return LANGUAGE_ROUTES.has(first) ? `${prefix}${path}` : path;
}

/** A route path without a language prefix: `/nl/tags` → `/tags`. */
export function withoutLanguage(path: string, prefix: string): string {
  return prefix && (path === prefix || path.startsWith(`${prefix}/`)) ? path.slice(prefix.length) || '/' : path;
}

/** A page's path in the language of `prefix`, with the trailing slash a static export serves (as a <Link> href). */
export function pageHref(path: string, prefix: string): string {
  const localized = inLanguage(path, prefix);
  return trailingSlash ? addTrailingSlash(localized) : localized;
}
