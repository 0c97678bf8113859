import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addCspMeta, inlineScripts, scriptHash } from '@/lib/csp-hashes';
import {
  contentSecurityPolicy,
  headersFile,
  headersPatternMatches,
  parseHeadersFile,
  scriptPolicyForPage,
  SECURITY_HEADERS,
  vercelHeaders,
} from '@/lib/security-headers';

describe('the security headers, one list for every host', () => {
  it('vercel.json carries exactly the headers next.config.ts serves (run `npm run headers` after a change)', () => {
    const vercel = JSON.parse(fs.readFileSync('vercel.json', 'utf8')) as { headers: unknown };
    expect(vercel.headers).toEqual(vercelHeaders());
    expect(vercelHeaders()[0]!.headers).toEqual(SECURITY_HEADERS);
  });

  it('writes a _headers file that reads back as the same headers for every path', () => {
    const rules = parseHeadersFile(headersFile());
    expect(rules).toEqual([{ pattern: '/*', headers: [...SECURITY_HEADERS] }]);
    expect(headersPatternMatches('/*', '/posts/x/')).toBe(true);
    expect(headersPatternMatches('/posts/*', '/tags/x/')).toBe(false);
    expect(headersPatternMatches('/feed.xml', '/feedxxml')).toBe(false);
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
