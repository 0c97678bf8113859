/**
 * The site's security headers, in one place. next.config.ts serves them from `next start` and
 * Vercel; for the static export (where `headers()` does not apply) scripts/postbuild.ts writes
 * them to out/_headers and `npm run headers` to vercel.json (a unit test keeps it in step).
 *
 * The Content-Security-Policy comes in two halves that browsers enforce together (a script must
 * pass both):
 * - the header (`contentSecurityPolicy`) is the same for every response: where everything may
 *   come from, no plugins, no framing. Its script-src admits inline scripts because Next.js
 *   writes the page's RSC payload as inline `<script>self.__next_f.push(…)</script>` tags that
 *   differ per page, and one header cannot name every page's hashes (thousands of pages, and
 *   vercel.json / _headers allow only a limited number of rules).
 * - every prerendered HTML page carries a `<meta http-equiv="Content-Security-Policy">` as the
 *   first thing in <head> (`scriptPolicyForPage`), listing the SHA-256 of each of its own inline
 *   scripts (lib/csp-hashes.ts computes them after the build). Only those exact scripts run:
 *   an injected inline script or event handler matches no hash and is blocked.
 * No nonces: a nonce needs a fresh value per response, so dynamic rendering of every page, which
 * a static site does not have.
 */

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

/**
 * The per-page half: scripts only from this origin or with one of the page's own hashes.
 * (A <meta> policy cannot carry frame-ancestors; the header has it.)
 */
export function scriptPolicyForPage(hashes: readonly string[]): string {
  const sources = [...new Set(hashes)].sort().map((h) => `'sha256-${h}'`);
  return serialisePolicy({
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...sources],
    'script-src-attr': ["'none'"],
  });
}

export interface Header {
  key: string;
  value: string;
}

/** Headers for every response. */
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

/** vercel.json `headers` for a static deployment of out/. */
export function vercelHeaders(): { source: string; headers: Header[] }[] {
  return [{ source: '/(.*)', headers: [...SECURITY_HEADERS] }];
}

/** The `_headers` file format (Netlify, Cloudflare Pages and others): a path, then indented lines. */
export function headersFile(): string {
  return ['# Written by scripts/write-static-headers.ts from lib/security-headers.ts: edit that file.', '/*', ...SECURITY_HEADERS.map((h) => `  ${h.key}: ${h.value}`), ''].join('\n');
}

/** Reads a `_headers` file back: path pattern → headers. Used by the e2e static server. */
export function parseHeadersFile(text: string): { pattern: string; headers: Header[] }[] {
  const rules: { pattern: string; headers: Header[] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule: ${JSON.stringify(line)}`);
    rule.headers.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/** Whether a `_headers` path pattern (`/*`, `/posts/*`, `/feed.xml`) matches a request path. */
export function headersPatternMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(pathname);
}
