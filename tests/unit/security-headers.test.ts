import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configuredHeaderAdditions } from '@/lib/security/configured';
import { addCspMeta, inlineScripts, scriptHash } from '@/lib/security/csp-hashes';
import {
  ASSET_POLICY,
  contentSecurityPolicy,
  FILE_POLICY,
  headerRules,
  headersFile,
  RESPONSE_KINDS,
  scriptPolicyForPage,
  SECURITY_HEADERS,
  STRICT_POLICY,
  vercelHeaders,
} from '@/lib/security/headers';
// The matcher Next.js itself builds from route sources.
import { headersPatternMatches, parseHeadersFile } from '../e2e/headers-file';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';

/** The headers a path gets from rules applied in order, a later value for a header replacing an earlier one. */
function effective(rules: { match: (p: string) => boolean; headers: readonly { key: string; value: string }[] }[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) if (rule.match(pathname)) for (const h of rule.headers) out.set(h.key.toLowerCase(), h.value);
  return out;
}
const nextRules = () =>
  headerRules().map((r) => ({ match: (p: string) => getPathMatch(r.source)(p) !== false, headers: r.headers }));
const staticRules = (downloads: string[] = []) => parseHeadersFile(headersFile(downloads)).map((r) => ({ match: (p: string) => headersPatternMatches(r.pattern, p), headers: r.headers }));

const PAGES = ['/', '/posts/a-post', '/tags/c-sharp', '/tags/c-sharp/page/2', '/authors/ada', '/events', '/search', '/categories/news'];
const NOT_PAGES: [string, string][] = [
  ['/feed.xml', STRICT_POLICY], ['/atom.xml', STRICT_POLICY], ['/feed.json', STRICT_POLICY], ['/tags/c-sharp/feed.xml', STRICT_POLICY],
  ['/page/2/cards.json', STRICT_POLICY], ['/tags/c-sharp/posts.json', STRICT_POLICY], ['/events/meetup.ics', STRICT_POLICY],
  ['/robots.txt', STRICT_POLICY], ['/sitemap.xml', STRICT_POLICY], ['/_next/static/chunks/main.js', ASSET_POLICY], ['/pagefind/pagefind-worker.js', ASSET_POLICY],
  ['/og/posts/a-post.png', FILE_POLICY], ['/og/site.png', FILE_POLICY], ['/icon.svg', FILE_POLICY],
  ['/posts/a-post/evil.svg', FILE_POLICY], ['/posts/a-post/header.png', FILE_POLICY], ['/posts/a-post/slides.pdf', FILE_POLICY], ['/authors/ada/avatar.svg', FILE_POLICY],
];

describe('the security headers, one table for every host', () => {
  it('vercel.json carries exactly the rules next.config.ts serves (run `npm run headers` after a change)', () => {
    const vercel = JSON.parse(fs.readFileSync('vercel.json', 'utf8')) as { headers: unknown };
    // With the comments, newsletter and analytics origins content/site.yaml turns on (none here).
    expect(vercel.headers).toEqual(vercelHeaders(configuredHeaderAdditions()));
    expect(vercelHeaders()).toEqual(headerRules());
  });

  for (const [host, rules] of [['next start and Vercel', nextRules], ['_headers on a static host', staticRules]] as const) {
    it(`gives pages the page policy and every other kind of response a policy without inline scripts (${host})`, () => {
      for (const p of PAGES) {
        const headers = effective(rules(), p);
        expect(headers.get('content-security-policy'), p).toBe(contentSecurityPolicy);
        expect(headers.get('x-content-type-options'), p).toBe('nosniff');
      }
      for (const [p, policy] of NOT_PAGES) {
        const headers = effective(rules(), p);
        expect(headers.get('content-security-policy'), p).toBe(policy);
        expect(headers.get('x-content-type-options'), p).toBe('nosniff');
        expect(headers.get('x-frame-options'), p).toBe('DENY');
      }
      expect(FILE_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
      expect(STRICT_POLICY).not.toMatch(/unsafe-inline/);
      expect(ASSET_POLICY).not.toMatch(/unsafe-inline/);
    });
  }

  it('gives every feed its own type, so a static host does not send application/xml (shown in the XML viewer)', () => {
    for (const rules of [nextRules, staticRules]) {
      for (const scope of ['', '/tags/c-sharp', '/categories/news', '/authors/ada']) {
        expect(effective(rules(), `${scope}/feed.xml`).get('content-type')).toBe('application/rss+xml; charset=utf-8');
        expect(effective(rules(), `${scope}/atom.xml`).get('content-type')).toBe('application/atom+xml; charset=utf-8');
        expect(effective(rules(), `${scope}/feed.json`).get('content-type')).toBe('application/feed+json; charset=utf-8');
      }
      expect(effective(rules(), '/tags/c-sharp').get('content-type')).toBeUndefined();
      expect(effective(rules(), '/posts/a-post/feed.xml').get('content-type')).toBeUndefined();
    }
  });

  it('marks the documents of a bundle as downloads, and nothing else', () => {
    const next = (p: string) => effective(nextRules(), p).get('content-disposition');
    expect(next('/posts/a-post/slides.pdf')).toBe('attachment');
    expect(next('/authors/ada/cv.docx')).toBe('attachment');
    expect(next('/posts/a-post/header.png')).toBeUndefined();
    expect(next('/posts/a-post')).toBeUndefined();
    const stat = (p: string) => effective(staticRules(['/posts/a-post/slides.pdf']), p).get('content-disposition');
    expect(stat('/posts/a-post/slides.pdf')).toBe('attachment');
    expect(stat('/posts/a-post/header.png')).toBeUndefined();
  });

  it('is the table docs/deploying.md shows: every path pattern with its policy', () => {
    const readme = fs.readFileSync('docs/deploying.md', 'utf8');
    const rows = readme.slice(readme.indexOf('| Kind of response |')).split('\n\n')[0]!.split('\n').slice(2);
    expect(rows[0]).toContain(`\`${contentSecurityPolicy}\``);
    for (const kind of RESPONSE_KINDS) {
      for (const source of kind.sources.filter((s) => !s.includes('('))) {
        const row = rows.find((r) => r.includes(`\`${source.replace(/:path\*$/, '*')}\``));
        expect(row, source).toBeDefined();
        const policy = kind.headers.find((h) => h.key === 'Content-Security-Policy')!.value;
        expect(row!.includes(`\`${policy}\``) || (policy === STRICT_POLICY && row!.includes('same as feeds')), source).toBe(true);
      }
    }
  });

  it('reads _headers patterns as static hosts do: * is anything, :name one segment', () => {
    expect(headersPatternMatches('/*', '/posts/x/')).toBe(true);
    expect(headersPatternMatches('/posts/*', '/tags/x/')).toBe(false);
    expect(headersPatternMatches('/feed.xml', '/feedxxml')).toBe(false);
    expect(headersPatternMatches('/posts/:slug/:file', '/posts/x/evil.svg')).toBe(true);
    expect(headersPatternMatches('/posts/:slug/:file', '/posts/x/')).toBe(false);
    expect(headersPatternMatches('/posts/:slug/:file', '/posts/x/a/b.png')).toBe(false);
  });

  it('refuses a _headers line that belongs to no path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/outside a rule/);
  });

  it('allows the video embeds editors use and forbids framing, plugins and foreign scripts', () => {
    const directives: Record<string, string[]> = Object.fromEntries(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['frame-src']).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['script-src']!.filter((s) => /^https?:|\*/.test(s))).toEqual([]);
    expect(SECURITY_HEADERS.find((h) => h.key === 'X-Frame-Options')?.value).toBe('DENY');
  });
});

describe('the per-page script policy', () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

  it('finds the inline scripts a browser runs, not data blocks or external files', () => {
    const html = page(
      '<script src="/_next/static/a.js" async=""></script><script id="_R_">one()</script>',
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script><script>self.__next_f.push([1,"x"])</script><script type="module">two()</script>',
    );
    expect(inlineScripts(html)).toEqual(['one()', 'self.__next_f.push([1,"x"])', 'two()']);
  });

  it('hashes a script the way browsers do (SHA-256 of its exact text, base64)', () => {
    // The value Chrome prints for `alert(1)` in its CSP violation message.
    expect(scriptHash('alert(1)')).toBe('bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('puts the policy right after the charset, before any script, and rewrites it idempotently', () => {
    const html = page('<script src="/a.js"></script><script>a()</script>', '<script>b()</script><script>a()</script>');
    const once = addCspMeta(html);
    expect(once.hashes).toEqual([scriptHash('a()'), scriptHash('b()')]);
    expect(once.html).toContain(`<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${scriptPolicyForPage(once.hashes)}"/><script src="/a.js">`);
    expect(addCspMeta(once.html).html).toBe(once.html);
  });

  it('lists only the page\'s own hashes, sorted, and blocks inline event handlers', () => {
    expect(scriptPolicyForPage(['b', 'a', 'b'])).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; script-src-attr 'none'");
  });
});
