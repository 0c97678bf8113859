/**
 * Embeds a site may allow by name (`embeds: [google-slides, openstreetmap]` in content/site.yaml).
 * Each provider is a fixed origin and URL shape: a site names providers, never origins, so an
 * editor cannot frame an arbitrary page. An allowed iframe is rendered by components/mdx/Embed.tsx
 * (lazy, sandboxed, no referrer beyond the origin); its CSP frame-src source is added only to the
 * pages that show one (lib/security/headers.ts `embedRules`, lib/security/csp-hashes.ts).
 */
import { attribute } from './build/html-attributes';

export interface EmbedProvider {
  /** The name site.yaml uses. */
  name: string;
  /** How the caption link names it. */
  label: string;
  /** The only origin its frame may load from. */
  origin: string;
  /** The CSP source: the origin, with a path prefix where the provider shares its host. */
  source: string;
  /** The path an embed URL must have (the query is kept as written). */
  path: RegExp;
  /** The sandbox tokens the provider needs to work, and no more. */
  sandbox: readonly string[];
  /** Permissions Policy features the frame may use. */
  allow?: string;
}

// Google's viewers run script and read their own cookies (same origin as themselves, never as
// the blog's: the frame is cross-origin); their links open in a new tab outside the sandbox.
const VIEWER = ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'] as const;
const DOC_ID = '(?:e\\/)?[A-Za-z0-9_-]{10,200}';

const PROVIDERS: readonly EmbedProvider[] = [
  {
    name: 'google-slides',
    label: 'Google Slides',
    origin: 'https://docs.google.com',
    source: 'https://docs.google.com/presentation/',
    path: new RegExp(`^/presentation/d/${DOC_ID}/(?:embed|pub|preview)$`),
    sandbox: VIEWER,
    allow: 'fullscreen',
  },
  {
    name: 'google-docs',
    label: 'Google Docs',
    origin: 'https://docs.google.com',
    source: 'https://docs.google.com/document/',
    path: new RegExp(`^/document/d/${DOC_ID}/(?:pub|preview)$`),
    sandbox: VIEWER,
  },
  {
    name: 'google-sheets',
    label: 'Google Sheets',
    origin: 'https://docs.google.com',
    source: 'https://docs.google.com/spreadsheets/',
    path: new RegExp(`^/spreadsheets/d/${DOC_ID}/(?:pubhtml|preview|htmlview)$`),
    sandbox: VIEWER,
  },
  {
    name: 'google-forms',
    label: 'Google Forms',
    origin: 'https://docs.google.com',
    source: 'https://docs.google.com/forms/',
    path: new RegExp(`^/forms/d/${DOC_ID}/viewform$`),
    // A form is sent from inside its frame.
    sandbox: [...VIEWER, 'allow-forms'],
  },
  {
    name: 'google-calendar',
    label: 'Google Calendar',
    origin: 'https://calendar.google.com',
    source: 'https://calendar.google.com/calendar/embed',
    path: /^\/calendar\/embed$/,
    sandbox: VIEWER,
  },
  {
    name: 'google-maps',
    label: 'Google Maps',
    origin: 'https://www.google.com',
    source: 'https://www.google.com/maps/embed',
    path: /^\/maps\/embed$/,
    sandbox: VIEWER,
    allow: 'fullscreen',
  },
  {
    name: 'openstreetmap',
    label: 'OpenStreetMap',
    origin: 'https://www.openstreetmap.org',
    source: 'https://www.openstreetmap.org/export/embed.html',
    path: /^\/export\/embed\.html$/,
    // The map draws itself with script; its "view larger map" link opens a new tab.
    sandbox: ['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox'],
  },
  {
    name: 'internet-archive',
    label: 'Internet Archive',
    origin: 'https://archive.org',
    source: 'https://archive.org/embed/',
    path: /^\/embed\/[A-Za-z0-9._-]{1,200}(?:\/[A-Za-z0-9._ %-]{1,200})?$/,
    sandbox: ['allow-scripts', 'allow-same-origin', 'allow-popups', 'allow-popups-to-escape-sandbox'],
    allow: 'fullscreen',
  },
];

export const EMBED_PROVIDERS: ReadonlyMap<string, EmbedProvider> = new Map(PROVIDERS.map((p) => [p.name, p]));
export const EMBED_NAMES: readonly string[] = PROVIDERS.map((p) => p.name);

/** An embed URL's provider, whatever the site allows: the provider whose origin and path it has. */
export function embedProvider(src: string): EmbedProvider | undefined {
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  return PROVIDERS.find((p) => url.origin === p.origin && p.path.test(url.pathname));
}

/** The provider of `src` when the site allows it. */
export function allowedEmbed(src: string, allowed: readonly string[]): EmbedProvider | undefined {
  const provider = embedProvider(src);
  return provider && allowed.includes(provider.name) ? provider : undefined;
}

/** The frame-src sources of the providers named. */
export const embedSources = (names: Iterable<string>): string[] =>
  [...new Set([...names].flatMap((n) => (EMBED_PROVIDERS.has(n) ? [EMBED_PROVIDERS.get(n)!.source] : [])))].sort();

/** The names of the allowed providers whose iframes a body (Markdown or MDX, as written) holds. */
export function embedsIn(body: string, allowed: readonly string[]): string[] {
  if (!allowed.length) return [];
  const found = new Set<string>();
  for (const [, attrs = ''] of body.matchAll(/<iframe\b([^>]*)>/gi)) {
    const src = attribute(attrs, 'src');
    const provider = src && allowedEmbed(decodeEntities(src), allowed);
    if (provider) found.add(provider.name);
  }
  return [...found].sort();
}

/** `&amp;` and the other entities an iframe's src is written with in HTML. */
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/gi, (_, e: string) => ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e.toLowerCase()]!);
}

/** The marker the Embed component's frame carries: postbuild reads which providers a page shows. */
export const EMBED_MARKER = 'data-embed';

/** The providers a rendered page shows, from its frames' markers. */
export function embedsOnPage(html: string): string[] {
  const found = new Set<string>();
  for (const [, attrs = ''] of html.matchAll(/<iframe\b([^>]*)>/gi)) {
    const name = attribute(attrs, EMBED_MARKER);
    if (name && EMBED_PROVIDERS.has(name)) found.add(name);
  }
  return [...found].sort();
}
