/**
 * The site's security headers, in one place. next.config.ts serves them from `next start` and
 * Vercel; for the static export (where `headers()` does not apply) scripts/postbuild.ts writes
 * them to out/_headers and `npm run headers` to vercel.json (a unit test keeps it in step).
 *
 * Each kind of response has its own Content-Security-Policy header (`RESPONSE_KINDS`): files from
 * content (bundle images, avatars, downloads) get a sandbox that runs nothing, feeds, JSON,
 * calendars and built assets a policy that allows nothing, and only pages get the page policy.
 * Every host reads that one table: next.config.ts `headers()`, vercel.json (`npm run headers`) and
 * out/_headers (scripts/postbuild.ts). A later rule overrides an earlier one for the same header in
 * Next.js, Vercel and the e2e static server; hosts that join repeated headers instead (Cloudflare
 * Pages) send both policies, and a browser enforces both, so the stricter one still holds.
 *
 * A page's Content-Security-Policy comes in two halves that browsers enforce together (a script
 * must pass both):
 * - the header (`contentSecurityPolicy`) is the same for every page: where everything may
 *   come from, no plugins, no framing. A page that shows an embed the site allows (lib/embeds.ts)
 *   has a rule of its own after the others, whose frame-src also names the embed's provider. Its script-src admits inline scripts because Next.js
 *   writes the page's RSC payload as inline `<script>self.__next_f.push(…)</script>` tags that
 *   differ per page, and one header cannot name every page's hashes (thousands of pages, and
 *   vercel.json / _headers allow only a limited number of rules).
 * - every prerendered HTML page carries a `<meta http-equiv="Content-Security-Policy">` as the
 *   first thing in <head> (`scriptPolicyForPage`), listing the SHA-256 of each of its own inline
 *   scripts (lib/security/csp-hashes.ts computes them after the build). Only those exact scripts run:
 *   an injected inline script or event handler matches no hash and is blocked.
 * No nonces: a nonce needs a fresh value per response, so dynamic rendering of every page, which
 * a static site does not have.
 */

import { FEED_FILES, LANGUAGE_ROUTES, responsePaths, type FeedFormat } from '../routes/table';
import { CONTENT_FILE_POLICY, DOWNLOAD_EXTENSIONS } from './bundle-files';
import { FEED_MIME_TYPES } from './mime-types';

/** Third-party frames editors may embed (the YouTube and Vimeo components). */
export const FRAME_SOURCES = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

export type Directives = Record<string, readonly string[]>;

/** Serialises directives as a policy string, in insertion order. */
export function serialisePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => (values.length ? `${name} ${values.join(' ')}` : name))
    .join('; ');
}

/**
 * The header policy. 'wasm-unsafe-eval' lets the search index (Pagefind, WebAssembly) load; it
 * does not allow eval() of JavaScript. Images may come from any https origin because posts may
 * show remote images; they cannot run code.
 */
export const HEADER_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'frame-src': [...FRAME_SOURCES],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const contentSecurityPolicy = serialisePolicy(HEADER_DIRECTIVES);

/** Origins added per directive (lib/security/community-origins.ts `headerAdditions`: what site.yaml turns on). */
export type Additions = Readonly<Record<string, readonly string[]>>;

/** The header policy with the configured services' origins; with none, `contentSecurityPolicy`. */
export function pagePolicy(additions: Additions = {}): string {
  const merged: Record<string, readonly string[]> = { ...HEADER_DIRECTIVES };
  for (const [name, origins] of Object.entries(additions)) merged[name] = [...new Set([...(merged[name] ?? []), ...origins])];
  return serialisePolicy(merged);
}

/**
 * The per-page half: scripts only from this origin or with one of the page's own hashes.
 * (A <meta> policy cannot carry frame-ancestors; the header has it.)
 */
export function scriptPolicyForPage(hashes: readonly string[], extra: { script: readonly string[]; frame?: readonly string[] } = { script: [] }): string {
  const sources = [...new Set(hashes)].sort().map((h) => `'sha256-${h}'`);
  return serialisePolicy({
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...sources, ...extra.script],
    'script-src-attr': ["'none'"],
    // Only when comments are on: the header then frames the comment service, and this narrows
    // it to the pages that show comments (lib/security/community-origins.ts).
    ...(extra.frame ? { 'frame-src': [...FRAME_SOURCES, ...extra.frame] } : {}),
  });
}

export interface Header {
  key: string;
  value: string;
}

/** Data and built files (feeds, JSON, calendars, scripts, the search index): nothing runs or loads. */
export const STRICT_POLICY = serialisePolicy({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
});

/**
 * The site's own scripts, styles and search index. A script's response policy applies when it runs
 * as a worker (Pagefind searches in one): its own origin's scripts and WebAssembly, its own
 * fetches, nothing inline.
 */
export const ASSET_POLICY = serialisePolicy({
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
});

/** Files from content and generated images, opened directly: shown, in a sandbox, nothing else. */
export const FILE_POLICY = CONTENT_FILE_POLICY;

export interface ResponseKind {
  /** What a reader of the README calls it. */
  kind: string;
  /** Path patterns as Next.js and Vercel read them (path-to-regexp); `_headers` gets `*` for `:path*`. */
  sources: readonly string[];
  headers: readonly Header[];
}

const csp = (value: string): Header => ({ key: 'Content-Security-Policy', value });

const FEED_NAMES = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' } as const;

/**
 * A kind's paths in every language: a route every language has (lib/routes LANGUAGE_ROUTES: feeds,
 * filter JSON, calendar files, cards, bundle files) is also served under /<code>/, and there it is
 * the same kind of response with the same policy; shared files (/_next, /pagefind, /icon.svg) are not.
 */
const inEveryLanguage = (kind: ResponseKind): ResponseKind => ({
  ...kind,
  sources: [...kind.sources, ...kind.sources.filter((s) => LANGUAGE_ROUTES.has(s.slice(1).split('/')[0]!)).map((s) => `/:lang${s}`)],
});

/** Paths that are not pages, by kind (their paths from the route table); everything else is a page (the default rule). */
export const RESPONSE_KINDS: readonly ResponseKind[] = ([
  ...(Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({
    kind: `feeds (${FEED_NAMES[format]})`,
    sources: responsePaths(`feed:${format}`),
    headers: [csp(STRICT_POLICY), { key: 'Content-Type', value: FEED_MIME_TYPES[format] }],
  })),
  { kind: 'JSON for the filter', sources: responsePaths('filter-json'), headers: [csp(STRICT_POLICY)] },
  { kind: 'calendar files (.ics)', sources: responsePaths('calendar'), headers: [csp(STRICT_POLICY)] },
  { kind: 'robots.txt and the sitemap', sources: responsePaths('crawler'), headers: [csp(STRICT_POLICY)] },
  { kind: 'built scripts and styles, the search index', sources: responsePaths('asset'), headers: [csp(ASSET_POLICY)] },
  { kind: 'social images (OG) and the site icon', sources: responsePaths('social-image'), headers: [csp(FILE_POLICY)] },
  { kind: 'files from content: bundle images and their sizes, SVG, media, downloads, avatars', sources: responsePaths('file'), headers: [csp(FILE_POLICY)] },
  {
    kind: 'downloads (documents in a bundle)',
    sources: responsePaths('download').map((s) => `${s}([^/]+\\.(?:${DOWNLOAD_EXTENSIONS.map((e) => e.slice(1)).join('|')}))`),
    headers: [{ key: 'Content-Disposition', value: 'attachment' }],
  },
] satisfies ResponseKind[]).map(inEveryLanguage);

/** Headers for every response, the page policy with the configured services' origins. */
export function securityHeaders(additions: Additions = {}): Header[] {
  return SECURITY_HEADERS.map((h) => (h.key === 'Content-Security-Policy' ? { ...h, value: pagePolicy(additions) } : h));
}

/** Headers for every response (with nothing configured in content/site.yaml). */
export const SECURITY_HEADERS: readonly Header[] = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  // Two years, subdomains included: the site is only served over HTTPS in production.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  // For browsers that predate frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** A page that shows embeds the site allows (lib/embeds.ts), and the frame-src sources they need. */
export interface EmbedPage {
  /** The page's path without base path or trailing slash (`/posts/x`, `/en/posts/x`). */
  path: string;
  sources: readonly string[];
}

/** The page policy of a page that shows embeds: the site-wide one with its providers' frame sources. */
const embedPagePolicy = (page: EmbedPage, additions: Additions) =>
  csp(pagePolicy({ ...additions, 'frame-src': [...(additions['frame-src'] ?? []), ...page.sources] }));

/** A path as a path-to-regexp source that matches only itself; a non-ASCII path also as browsers send it. */
function literalSources(path: string): string[] {
  const escape = (p: string) => p.replace(/[:*?+()[\]{}\\]/g, (c) => `\\${c}`);
  const encoded = encodeURI(path);
  return encoded === path ? [escape(path)] : [escape(path), escape(encoded)];
}

/** A path pattern (path-to-regexp, as Next and Vercel read it) and the headers it gets. */
export interface HeaderRule {
  source: string;
  headers: Header[];
}

/**
 * The rules for next.config.ts `headers()` and vercel.json: every path, then each kind, then each
 * page that shows an embed (its frame-src grows there only), then `own` (the editor's /admin,
 * lib/editor/hosted's configuredAdminRules), later winning.
 */
export function headerRules(additions: Additions = {}, embedPages: readonly EmbedPage[] = [], trailingSlash = false, own: readonly HeaderRule[] = []): HeaderRule[] {
  const paths = (page: EmbedPage) => (trailingSlash ? [page.path, `${page.path}/`] : [page.path]);
  return [
    { source: '/:path*', headers: securityHeaders(additions) },
    ...RESPONSE_KINDS.flatMap((k) => k.sources.map((source) => ({ source, headers: [...k.headers] }))),
    ...embedPages.flatMap((page) => paths(page).flatMap(literalSources).map((source) => ({ source, headers: [embedPagePolicy(page, additions)] }))),
    ...own.map((rule) => ({ source: rule.source, headers: [...rule.headers] })),
  ];
}

/** vercel.json `headers`, the same rules as next.config.ts; a static export's pages also end in a slash. */
export function vercelHeaders(additions: Additions = {}, embedPages: readonly EmbedPage[] = [], own: readonly HeaderRule[] = []): HeaderRule[] {
  return headerRules(additions, embedPages, true, own);
}

/**
 * The `_headers` file format (Netlify, Cloudflare Pages and others): a path, then indented lines.
 * Its patterns know `*` and `:name` only, so the downloads are listed one by one (`downloads`,
 * site paths of the exported documents, which postbuild finds in out/).
 */
export function headersFile(downloads: readonly string[] = [], additions: Additions = {}, embedPages: readonly EmbedPage[] = [], own: readonly HeaderRule[] = []): string {
  const rule = (pattern: string, headers: readonly Header[]) => [pattern, ...headers.map((h) => `  ${h.key}: ${h.value}`)];
  return [
    '# Written by scripts/postbuild.ts from lib/security/headers.ts: edit that file.',
    ...rule('/*', securityHeaders(additions)),
    ...RESPONSE_KINDS.filter((k) => !k.sources.some((s) => s.includes('('))).flatMap((k) => k.sources.flatMap((s) => rule(s.replace(/:path\*$/, '*'), k.headers))),
    ...downloads.flatMap((p) => rule(p, [{ key: 'Content-Disposition', value: 'attachment' }])),
    // An exported page is a folder: its address ends in a slash, and hosts also answer without it.
    ...embedPages.flatMap((page) => [page.path, `${page.path}/`].flatMap((p) => rule(encodeURI(p), [embedPagePolicy(page, additions)]))),
    ...own.flatMap((r) => rule(r.source, r.headers)),
    '',
  ].join('\n');
}
