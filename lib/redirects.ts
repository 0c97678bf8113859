/**
 * Old URLs keep working. One list of redirects, built from the posts (pure: no files, no Next),
 * rendered three ways: `redirects()` rules for `next start` and Vercel, a `_redirects` file for
 * static hosts that read one (Netlify, Cloudflare Pages), and an HTML page per old path for every
 * other static host (meta refresh, canonical link, a visible link, noindex).
 *
 * Where the old paths come from, for every post:
 * - its Hugo Blox address, `/post/<folder>/` (folders below `posts/` as Hugo had them, the last
 *   one replaced by `slug:` when set), and `/post/<slug>/` when that differs;
 * - `aliases:` — Hugo's list of earlier paths (one path also works); a path without a leading
 *   slash is relative to `/post/`, the section Hugo Blox served posts from;
 * - `url:` — in Hugo the page's whole path. Here a post's own address is always
 *   `/posts/<slug>`, so `url:` is the address it had on the old site and redirects there too.
 *
 * Paths are kept without their trailing slash ("/post/x"); a path whose last segment has a file
 * extension ("/old/page.html") is a file and keeps its exact form.
 */
import type { ContentProblem } from './content/errors';
import { underBase } from './urls';

export const OLD_PATH_EXPECTED = 'a path on the old site such as /post/my-old-post/ (no domain, no ? or #)';
export const OLD_PATH_ROUTE_EXPECTED = "an old path that is not one of this site's own pages (/posts/…, /tags/…, /authors/… and the like)";
export const OLD_PATH_UNIQUE_EXPECTED = 'an old path no other post claims';

/** Hugo Blox's section for posts: the old home of every post, and the base of relative aliases. */
export const HUGO_POST_SECTION = '/post/';
/** Where Hugo Blox served event pages (content/event/<slug>/). */
export const HUGO_EVENT_SECTION = '/event/';

/**
 * First path segments this site serves itself (app/ routes, public/ files, what a build and an
 * export write). An old path under one of them would hide a real page. `posts` is special: an
 * old `/posts/<name>` of a renamed post is fine while no post has that name.
 */
export const SITE_SEGMENTS = [
  'atom.xml', 'authors', 'categories', 'events', 'feed.json', 'feed.xml', 'katex', 'mermaid', 'og', 'page', 'posts', 'robots.txt', 'search', 'series', 'share',
  'sitemap.xml', 'subscribe', 'analytics.js', 'tags', 'icon.svg', 'theme.js', '_next', 'pagefind', '_headers', '_redirects', '404', '404.html', 'index.html', 'index.txt',
  // The browser editor, when site.yaml enables it.
  'admin',
] as const;

const isFilePath = (p: string) => /\.[A-Za-z0-9]+$/.test(p.slice(p.lastIndexOf('/') + 1));

/**
 * An old path as written (`/post/x/`, `post/x`, `/2019/05/x.html`, `/café/`) → its one form
 * ("/post/x", "/2019/05/x.html", "/caf%C3%A9"), or undefined when it cannot be a path on a site.
 */
export function normaliseOldPath(raw: string, section = HUGO_POST_SECTION): string | undefined {
  const written = raw.trim();
  if (!written || /[\s?#\\]/.test(written) || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) return undefined;
  const absolute = written.startsWith('/') ? written : `${section}${written}`;
  // Letters outside ASCII as the browser sends them; everything else must already be URL-safe.
  const encoded = absolute.replace(/[^\x00-\x7f]/gu, (c) => encodeURIComponent(c));
  if (!/^[A-Za-z0-9\-._~%/]+$/.test(encoded) || /%(?![0-9A-Fa-f]{2})/.test(encoded)) return undefined;
  const segments = encoded.split('/').slice(1);
  const trimmed = segments.at(-1) === '' ? segments.slice(0, -1) : segments;
  // Escaped too (`%2e%2e`, `%2F`): a browser or host may decode them into another path.
  if (!trimmed.length || trimmed.some((s) => s === '' || /^(?:\.|%2e){1,2}$/i.test(s) || /%(?:2f|5c)/i.test(s))) return undefined;
  return `/${trimmed.join('/')}`;
}

/**
 * The one form under which the server cannot tell two paths apart: Next matches `redirects()`
 * without regard to letter case and before pages, hosts decode escapes, and a browser may send
 * either Unicode form of a letter (NFC `é` or NFD `e` + accent). Old paths are compared with every
 * address of the site, and with each other, by this key.
 */
export function pathKey(p: string): string {
  const decoded = p.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.toLowerCase();
    }
  });
  return decoded.normalize('NFC').toLowerCase().replace(/\/+$/, '') || '/';
}

/** Hugo's urlize of a folder name: lower case, spaces as hyphens. */
const hugoSegment = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '-');

/**
 * The addresses Hugo Blox gave a post: `/post/<folders…>/<name>`, with `slug:` replacing the last
 * part, and `/post/<slug>` (our slug) when different.
 */
export function hugoPostPaths(relativeDir: string[], slug: string, frontMatterSlug?: string, section = HUGO_POST_SECTION): string[] {
  const segments = relativeDir.map(hugoSegment);
  if (frontMatterSlug) segments[segments.length - 1] = frontMatterSlug;
  const paths = [normaliseOldPath(`${section}${segments.join('/')}`, section), normaliseOldPath(`${section}${slug}`, section)];
  return [...new Set(paths.filter((p): p is string => p !== undefined))];
}

/** An old path a post's front matter names, where it names it. */
export interface OldPathClaim {
  path: string;
  /** `aliases[0]`, `url`. */
  field: string;
  line?: number;
}

export interface RedirectSource {
  slug: string;
  /** The post's language prefix (`/nl`), '' for the default language: its address is `/nl/posts/<slug>`. */
  prefix?: string;
  /** How messages name the post's file. */
  displayPath: string;
  /** Its Hugo Blox addresses (hugoPostPaths). */
  hugoPaths: string[];
  /** What `aliases:` and `url:` say, normalised. */
  claims: OldPathClaim[];
}

export interface Redirect {
  /** Old path, without base path or trailing slash: "/post/x". */
  from: string;
  /** The post's path, without base path or trailing slash: "/posts/x". */
  to: string;
  /** Where it comes from: "hugo" (the /post/ address), or the front matter field. */
  origin: 'hugo' | 'aliases' | 'url';
  /** The post's file, as messages name it. */
  file: string;
}

export const postTarget = (slug: string) => `/posts/${slug}`;

/**
 * Every old path of every post, each once, with a located error for each claim that cannot be
 * honoured: a path of this site's own, another post's address, or one another post claims.
 */
export function buildRedirects(sources: readonly RedirectSource[], languagePrefixes: readonly string[] = []): { redirects: Redirect[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const postBySlug = new Map(sources.map((s) => [pathKey(`${s.prefix ?? ''}|${s.slug}`), s]));
  const targetOf = (s: RedirectSource) => `${s.prefix ?? ''}${postTarget(s.slug)}`;
  const taken = new Map<string, { redirect: Redirect; line?: number }>();
  const redirects: Redirect[] = [];
  // The Hugo addresses first: an alias cannot take a path where another post used to live.
  for (const s of sources) {
    for (const from of s.hugoPaths) {
      // A pattern such as /posts/:slug/ gave the post the address it has here: nothing to redirect.
      if (taken.has(pathKey(from)) || pathKey(from) === pathKey(targetOf(s))) continue;
      const redirect: Redirect = { from, to: targetOf(s), origin: 'hugo', file: s.displayPath };
      taken.set(pathKey(from), { redirect });
      redirects.push(redirect);
    }
  }
  for (const s of sources) {
    for (const claim of s.claims) {
      const to = targetOf(s);
      const problem = (expected: string, found: string) =>
        problems.push({ severity: 'error', file: s.displayPath, line: claim.line, field: claim.field, expected, found: `"${claim.path}", ${found}` });
      const key = pathKey(claim.path);
      // The post's own address, in any spelling: a redirect there would send the post to itself.
      if (key === pathKey(to)) continue;
      // Under another language's prefix (/nl/…) the same pages are that language's own.
      const language = languagePrefixes.find((p) => key === pathKey(p) || key.startsWith(`${pathKey(p)}/`)) ?? '';
      const own = key.slice(language.length) || '/';
      const [first, second, ...rest] = own.slice(1).split('/');
      if (first === 'posts' && second !== undefined && !rest.length && postBySlug.has(pathKey(`${language}|${second}`))) {
        problem(OLD_PATH_UNIQUE_EXPECTED, `the address of ${postBySlug.get(pathKey(`${language}|${second}`))!.displayPath}`);
        continue;
      }
      if (language && own === '/') {
        problem(OLD_PATH_ROUTE_EXPECTED, `the home page of ${language}`);
        continue;
      }
      if ((SITE_SEGMENTS as readonly string[]).includes(first!) && !(first === 'posts' && second !== undefined && !rest.length && !isFilePath(own))) {
        problem(OLD_PATH_ROUTE_EXPECTED, `a path of this site's own ${language}/${first}${first === 'posts' ? '/…' : ''}`);
        continue;
      }
      const before = taken.get(key);
      if (before) {
        if (before.redirect.to === to) continue; // said twice by the same post
        const where = before.redirect.origin === 'hugo' ? `the old Hugo address of ${before.redirect.file}` : `already claimed by ${before.redirect.file}${before.line ? `:${before.line}` : ''}`;
        problem(OLD_PATH_UNIQUE_EXPECTED, where);
        continue;
      }
      const redirect: Redirect = { from: claim.path, to, origin: claim.field === 'url' ? 'url' : 'aliases', file: s.displayPath };
      taken.set(key, { redirect, line: claim.line });
      redirects.push(redirect);
    }
  }
  redirects.sort((a, b) => a.from.localeCompare(b.from));
  return { redirects, problems };
}

/** A path as a static export serves it: folders with a trailing slash, files as they are. */
export const exportedPath = (p: string) => (isFilePath(p) ? p : `${p}/`);

/** `redirects()` for next.config.ts. Next adds the base path to both sides itself. */
/** Vercel refuses a route source over 4,096 characters: a grouped rule stays well below. */
const MAX_GROUPED_SOURCE = 3000;
/** What a grouped rule may hold without any escaping: the tail as a regex alternative, the prefix as a literal path. */
const PLAIN_TAIL = /^[A-Za-z0-9_-]+$/;
const PLAIN_PREFIX = /^[A-Za-z0-9_/.-]*\/$/;

export interface NextRedirect {
  source: string;
  destination: string;
  permanent: true;
}

/**
 * `redirects()` rules for next start and Vercel. Next tries every rule on every request, so a
 * rule per post made each page several times slower to serve at 1,000 posts (measured: 210 against
 * 640 requests a second). Old paths that differ from their post's path only before a shared last
 * segment (/post/x → /posts/x, the Hugo address of every post) become one rule per prefix,
 * `/post/:slug(x|y|…)` → `/posts/:slug`, which still matches exactly the old paths and no other.
 */
export function nextRedirects(redirects: readonly Redirect[]): NextRedirect[] {
  const single: NextRedirect[] = [];
  const groups = new Map<string, { from: string; to: string; tails: string[] }>();
  for (const r of redirects) {
    const tail = r.to.slice(r.to.lastIndexOf('/') + 1);
    const from = r.from.slice(0, r.from.length - tail.length);
    const to = r.to.slice(0, r.to.length - tail.length);
    if (!PLAIN_TAIL.test(tail) || !r.from.endsWith(`/${tail}`) || !PLAIN_PREFIX.test(from)) {
      single.push({ source: r.from, destination: r.to, permanent: true });
      continue;
    }
    const key = `${from} ${to}`;
    if (!groups.has(key)) groups.set(key, { from, to, tails: [] });
    groups.get(key)!.tails.push(tail);
  }
  const grouped = [...groups.values()].flatMap(({ from, to, tails }) => {
    if (tails.length === 1) return [{ source: `${from}${tails[0]}`, destination: `${to}${tails[0]}`, permanent: true as const }];
    const rules: NextRedirect[] = [];
    let chunk: string[] = [];
    const flush = () => {
      if (chunk.length) rules.push({ source: `${from}:slug(${chunk.join('|')})`, destination: `${to}:slug`, permanent: true });
      chunk = [];
    };
    for (const tail of tails) {
      if (from.length + 8 + [...chunk, tail].join('|').length > MAX_GROUPED_SOURCE) flush();
      chunk.push(tail);
    }
    flush();
    return rules;
  });
  return [...grouped, ...single];
}

/**
 * `_redirects` (Netlify, Cloudflare Pages): one 301 line per old path, with and without its
 * trailing slash, base path on both sides. Netlify serves an existing file before a rule, so
 * there the HTML page of the old path answers instead; it refreshes to the same place.
 */
export function redirectsFile(redirects: readonly Redirect[], basePath: string): string {
  const lines = ['# Written by scripts/postbuild.ts from the posts\' old paths (lib/redirects.ts): edit the posts, not this file.'];
  for (const r of redirects) {
    const to = underBase(basePath, exportedPath(r.to));
    const from = underBase(basePath, r.from);
    if (isFilePath(r.from)) lines.push(`${from} ${to} 301`);
    else lines.push(`${from} ${to} 301`, `${from}/ ${to} 301`);
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A segment of an old path as a file name: static hosts decode the request's path before they look
 * for the file (/2023/06/%D7%97… is the folder "2023/06/ח…"); a segment that would decode to a
 * separator or to . or .. stays as written.
 */
function fileSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    return /[/\\\0]/.test(decoded) || decoded === '.' || decoded === '..' ? segment : decoded;
  } catch {
    return segment;
  }
}

/** Where a static export writes the page of an old path: "post/x/index.html", "2019/x.html". */
export const redirectPageFile = (r: Redirect) => {
  const file = r.from.slice(1).split('/').map(fileSegment).join('/');
  return isFilePath(r.from) ? file : `${file}/index.html`;
};

/**
 * The page a plain static host serves at an old path: the browser goes on at once (meta refresh),
 * search engines are told the post's address (canonical, noindex), and a person sees a link.
 */
export function redirectPage(r: Redirect, basePath: string, siteUrl: string, title: string, lang = 'en'): string {
  const target = underBase(basePath, exportedPath(r.to));
  const canonical = `${siteUrl.replace(/\/+$/, '')}${target}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Moved: ${escapeHtml(title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(canonical)}">`,
    // The site's icon: without one the browser asks for /favicon.ico, a 404 in the console.
    `<link rel="icon" href="${escapeHtml(underBase(basePath, '/icon.svg'))}" type="image/svg+xml">`,
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">`,
    '</head><body>',
    `<p>This post has moved to <a href="${escapeHtml(target)}">${escapeHtml(title)}</a>.</p>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** What `aliases:` and `url:` claim, normalised, each with the line it is written on. */
export function declaredOldPaths(fm: { aliases: readonly string[]; url?: string }, lineOf: (field: string) => number | undefined): OldPathClaim[] {
  const claims: OldPathClaim[] = fm.aliases.map((a, i) => ({ path: normaliseOldPath(a)!, field: `aliases[${i}]`, line: lineOf(`aliases.${i}`) ?? lineOf('aliases') }));
  if (fm.url) claims.push({ path: normaliseOldPath(fm.url)!, field: 'url', line: lineOf('url') });
  return claims;
}
