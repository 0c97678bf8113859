/**
 * The one table of what this site serves at the top of its paths. Every other list (the routes a
 * language prefix applies to, the segments an old path may not take, the paths of each kind of
 * response, the feed and sitemap file names) is derived from it, and tests/unit/route-table.test.ts
 * fails when app/ or public/ has an entry without its row, or a row has nothing behind it.
 *
 * A new route touches two places: its page in app/(site)/ and its row here (then
 * `npm run routes` writes its twin in app/[lang]/).
 */

/** The feeds every feed scope has (the site, a tag, a category, an author), by format. */
export const FEED_FILES = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FILES;

/** The browser editor's folder (app/admin/, when site.yaml enables it): its own policy, never a page's. */
export const ADMIN_SEGMENT = 'admin';

/** The sitemap's file name (app/sitemap.ts, which Next serves as this). */
export const SITEMAP_FILE = 'sitemap.xml';
/** The robots file (app/robots.ts). */
export const ROBOTS_FILE = 'robots.txt';

/**
 * Kinds of response that are not pages; everything not named by one is a page (the default rule).
 * Their policies and headers are lib/security/headers' (RESPONSE_KINDS).
 */
export type ResponseKindName = `feed:${FeedFormat}` | 'filter-json' | 'calendar' | 'crawler' | 'asset' | 'social-image' | 'file' | 'download';

export interface RouteRow {
  /** The first path segment (`posts`) or shared file (`icon.svg`). */
  segment: string;
  /**
   * `language`: a page (or file) in every language, under app/(site)/ and again under
   * app/[lang]/ as /<code>/<segment>; `shared`: one file or folder every language shares, never
   * prefixed.
   */
  scope: 'language' | 'shared';
  /** Who makes it: a route in app/, a file in public/, or the build and the postbuild. */
  from: 'app' | 'public' | 'build';
  /** What it is, as the README would say it. */
  what: string;
  /** Paths under it (path-to-regexp, as Next and Vercel read them) that are not pages, by kind. */
  responses?: Partial<Record<ResponseKindName, readonly string[]>>;
  /** Its index page (`/tags`) exists in every language whatever the content, so the language switcher links it to itself. */
  indexInEveryLanguage?: true;
  /** Its pages tell search engines not to index them (robots noindex), so the sitemap leaves them out. */
  noindex?: true;
  /** Its pages are a feed scope's, with the three feeds beside them (`/tags/:tag/feed.xml`) under `pattern`. */
  feedsBeside?: { scope: FeedScopeKind; pattern: string };
}

/** The kinds of page that have feeds of their own besides the site's. */
export type FeedScopeKind = 'tag' | 'category' | 'author';

const siteFeeds = (format: FeedFormat): RouteRow => ({
  segment: FEED_FILES[format],
  scope: 'language',
  from: 'app',
  what: `the site's ${format} feed`,
  responses: { [`feed:${format}`]: [`/${FEED_FILES[format]}`] },
});

/** In an order that keeps each kind's paths in the order the header files have always listed them. */
export const ROUTES: readonly RouteRow[] = [
  siteFeeds('rss'),
  siteFeeds('atom'),
  siteFeeds('json'),
  { segment: 'posts', scope: 'language', from: 'app', what: 'a post, and the files of its bundle', responses: { file: ['/posts/:slug/:file', '/posts/:slug/img/:file'], download: ['/posts/:slug/:file'] } },
  { segment: 'page', scope: 'language', from: 'app', what: 'the home page’s later pages, and their cards as JSON', responses: { 'filter-json': ['/page/:page/cards.json'] } },
  { segment: 'tags', scope: 'language', from: 'app', indexInEveryLanguage: true, what: 'the tags, a tag’s posts and their JSON for the filter', feedsBeside: { scope: 'tag', pattern: '/tags/:tag' }, responses: { 'filter-json': ['/tags/:tag/posts.json'] } },
  { segment: 'categories', scope: 'language', from: 'app', indexInEveryLanguage: true, what: 'the categories and a category’s posts', feedsBeside: { scope: 'category', pattern: '/categories/:category' } },
  { segment: 'authors', scope: 'language', from: 'app', indexInEveryLanguage: true, what: 'the authors, a profile and its avatar', feedsBeside: { scope: 'author', pattern: '/authors/:id' }, responses: { file: ['/authors/:id/:file'], download: ['/authors/:id/:file'] } },
  { segment: 'events', scope: 'language', from: 'app', indexInEveryLanguage: true, what: 'the events and their calendar files', responses: { calendar: ['/events/:file'] } },
  { segment: 'series', scope: 'language', from: 'app', what: 'the series and one series' },
  { segment: 'search', scope: 'language', from: 'app', indexInEveryLanguage: true, noindex: true, what: 'the search page' },
  { segment: 'share', scope: 'language', from: 'app', noindex: true, what: 'the share target page' },
  { segment: 'subscribe', scope: 'language', from: 'app', what: 'the newsletter and feeds page' },
  { segment: 'og', scope: 'language', from: 'app', what: 'social images (the site’s and each post’s)', responses: { 'social-image': ['/og/:path*'] } },
  { segment: 'icon.svg', scope: 'shared', from: 'app', what: 'the site icon', responses: { 'social-image': ['/icon.svg'] } },
  { segment: ROBOTS_FILE, scope: 'shared', from: 'app', what: 'robots.txt', responses: { crawler: [`/${ROBOTS_FILE}`] } },
  { segment: SITEMAP_FILE, scope: 'shared', from: 'app', what: 'the sitemap of every language', responses: { crawler: [`/${SITEMAP_FILE}`] } },
  { segment: 'katex', scope: 'shared', from: 'app', what: 'KaTeX’s stylesheet and fonts, served from node_modules' },
  { segment: 'mermaid', scope: 'shared', from: 'app', what: 'Mermaid’s script, served from node_modules' },
  { segment: ADMIN_SEGMENT, scope: 'shared', from: 'app', what: 'the browser editor (Decap CMS), when site.yaml enables it' },
  { segment: 'analytics.js', scope: 'shared', from: 'public', what: 'the analytics loader' },
  { segment: 'theme.js', scope: 'shared', from: 'public', what: 'the theme script that runs before paint' },
  { segment: '_next', scope: 'shared', from: 'build', what: 'built scripts and styles', responses: { asset: ['/_next/:path*'] } },
  { segment: 'pagefind', scope: 'shared', from: 'build', what: 'the search index', responses: { asset: ['/pagefind/:path*'] } },
  { segment: '_headers', scope: 'shared', from: 'build', what: 'headers for static hosts' },
  { segment: '_redirects', scope: 'shared', from: 'build', what: 'redirects for static hosts' },
  { segment: '404', scope: 'shared', from: 'build', what: 'the not-found page' },
  { segment: '404.html', scope: 'shared', from: 'build', what: 'the not-found page of a static export' },
  { segment: 'index.html', scope: 'shared', from: 'build', what: 'the home page of a static export' },
  { segment: 'index.txt', scope: 'shared', from: 'build', what: 'the home page’s RSC payload in a static export' },
];

/**
 * The first segments of the routes every language has: a path under one of them is written with
 * the current page's language prefix (a Dutch page links to /nl/posts/x); shared files are not.
 */
export const LANGUAGE_ROUTES: ReadonlySet<string> = new Set(ROUTES.filter((r) => r.scope === 'language').map((r) => r.segment));

/** Every first segment the site serves itself (an old path under one would hide a real page). */
export const SITE_SEGMENTS: readonly string[] = ROUTES.map((r) => r.segment);

/** The paths of one kind of response, in the table's order (feeds: the site's, then each scope's). */
export function responsePaths(kind: ResponseKindName): string[] {
  return ROUTES.flatMap((row) => {
    const own = row.responses?.[kind] ?? [];
    const format = kind.startsWith('feed:') ? (kind.slice(5) as FeedFormat) : undefined;
    return format && row.feedsBeside ? [...own, `${row.feedsBeside.pattern}/${FEED_FILES[format]}`] : own;
  });
}

/** The index pages every language has (`/tags`, `/search`…), besides the home page. */
export const INDEXES_IN_EVERY_LANGUAGE: readonly string[] = ROUTES.filter((r) => r.indexInEveryLanguage).map((r) => r.segment);

/** Of those, the ones the sitemap lists: all but the pages search engines are told to skip. */
export const SITEMAP_INDEXES: readonly string[] = ROUTES.filter((r) => r.indexInEveryLanguage && !r.noindex).map((r) => r.segment);

/** Where a feed scope's pages live (`tag` → `/tags`): its feeds sit beside each page under it. */
export function feedScopeRoot(kind: FeedScopeKind): string {
  const row = ROUTES.find((r) => r.feedsBeside?.scope === kind);
  if (!row) throw new Error(`no route row has the ${kind} feeds`);
  return `/${row.segment}`;
}
