import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ASSET_POLICY, FILE_POLICY, SECURITY_HEADERS, STRICT_POLICY } from '@/lib/security/headers';
import { baseUrl, hydrated, useBrowser, openTab, url } from './browser';

/**
 * What a deployment must get right whichever way it is served (next start, or out/ behind a
 * plain static file server, at the root or under a base path): security headers on real
 * responses, a page that runs under its Content-Security-Policy, and no broken internal link.
 */
const LAUNCH = '/posts/what-does-it-take-to-build-a-community';
const basePath = () => inject('basePath');
const browser = useBrowser();

/** href/src/srcset values of a page, resolved against its URL. */
function references(html: string, pageUrl: string): { link: string; kind: string }[] {
  const out: { link: string; kind: string }[] = [];
  for (const m of html.matchAll(/<(a|link|img|script|source|iframe)\b[^>]*>/gi)) {
    const tag = m[0];
    const kind = m[1]!.toLowerCase();
    for (const a of tag.matchAll(/\s(href|src|srcset)="([^"]*)"/gi)) {
      const values = a[1]!.toLowerCase() === 'srcset' ? a[2]!.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [a[2]!];
      for (const v of values) {
        if (!v || v.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(v)) continue;
        out.push({ link: new URL(v.replace(/&amp;/g, '&'), pageUrl).href, kind });
      }
    }
  }
  return out;
}

describe(`a deployment (${process.env.E2E_TARGET === 'static' ? 'static export' : 'next start'})`, () => {
  it('sends the security headers on pages, files and missing pages', async () => {
    const responses = await Promise.all(
      ['/', LAUNCH, '/posts/what-does-it-take-to-build-a-community/header.png', '/posts/no-such-post'].map(async (p) => [p, await fetch(url(p))] as const),
    );
    for (const [p, res] of responses) {
      for (const { key, value } of SECURITY_HEADERS) {
        // A file from content has its own policy (the next test); everything else is shared.
        const expected = key === 'Content-Security-Policy' && p.endsWith('.png') ? FILE_POLICY : value;
        expect(res.headers.get(key), `${key} on ${p}`).toBe(expected);
      }
    }
    const csp = responses[0]![1].headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/frame-src[^;]*https:\/\/www\.youtube-nocookie\.com/);
    expect(csp).toMatch(/frame-src[^;]*https:\/\/player\.vimeo\.com/);
    expect(csp).toContain("object-src 'none'");
    const hsts = /max-age=(\d+)/.exec(responses[0]![1].headers.get('strict-transport-security')!);
    expect(Number(hsts![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(responses.map(([, r]) => r.status)).toEqual([200, 200, 200, 404]);
  });

  it('gives every response that is not a page a policy that allows no inline script', async () => {
    const launch = await (await fetch(url(LAUNCH))).text();
    const script = /<script src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(launch)![1]!;
    // The launch post announces an event: its "Add to calendar" link is the .ics file.
    const ics = /href="([^"]+\.ics)"/.exec(launch)?.[1];
    const origin = new URL(baseUrl()).origin;
    const kinds: [string, string][] = [
      [url('/feed.xml'), STRICT_POLICY], [url('/atom.xml'), STRICT_POLICY], [url('/feed.json'), STRICT_POLICY],
      [url('/robots.txt'), STRICT_POLICY], [url('/sitemap.xml'), STRICT_POLICY], [new URL(script, origin).href, ASSET_POLICY], [url('/pagefind/pagefind-worker.js'), ASSET_POLICY],
      [url('/posts/what-does-it-take-to-build-a-community/header.png'), FILE_POLICY], [url('/authors/ines-duarte/avatar.png'), FILE_POLICY], [url('/og/site.png'), FILE_POLICY],
    ];
    if (ics) kinds.push([new URL(ics, origin).href, STRICT_POLICY]);
    expect(ics, 'the launch post links its calendar file').toBeDefined();
    // A sized copy of a bundle image (public/posts/<slug>/img/), as its <picture> names it.
    const sized = /srcset="([^" ]*\/posts\/what-does-it-take-to-build-a-community\/img\/[^" ]+\.avif) /i.exec(launch)?.[1];
    expect(sized, 'the launch post offers AVIF copies of its images').toBeDefined();
    kinds.push([new URL(sized!, origin).href, FILE_POLICY]);
    for (const [href, policy] of kinds) {
      const res = await fetch(href);
      await res.arrayBuffer();
      expect(res.status, href).toBe(200);
      expect(res.headers.get('content-security-policy'), href).toBe(policy);
      expect(res.headers.get('x-content-type-options'), href).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), href).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });

  it('gives every page a script policy with its own inline script hashes, first in <head>', async () => {
    for (const p of ['/', LAUNCH, '/tags', '/posts/no-such-post']) {
      const html = await (await fetch(url(p))).text();
      const head = /<head>(?:<meta charSet="utf-8"\/>)?(<meta [^>]*>)/i.exec(html);
      expect(head?.[1], p).toMatch(/^<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+; script-src-attr 'none'"\/>$/);
    }
  });

  it('runs the page with no policy violation, and blocks a script the page did not ship', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url('/'));
    // The inline RSC scripts ran: the app is hydrated and navigates without a page load.
    await hydrated(page);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await page.getByRole('link', { name: 'What does it take to build a community?' }).first().click();
    await page.waitForURL(url(LAUNCH));
    await page.getByRole('heading', { level: 1, name: 'What does it take to build a community?' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    for (const p of ['/tags', LAUNCH]) {
      await page.goto(url(p));
      await page.waitForLoadState('load');
    }
    expect(errors).toEqual([]);

    // Someone manages to put a script into the page: the policy refuses it.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });

  it('has no broken or redirected internal link, image, script, stylesheet or feed, all under the base path', async () => {
    const origin = new URL(baseUrl()).origin;
    const seen = new Set<string>();
    const queue = [url('/')];
    const pages = new Set<string>();
    const broken: string[] = [];
    const outsideBase: string[] = [];
    while (queue.length && pages.size < 400) {
      const pageUrl = queue.shift()!;
      if (pages.has(pageUrl)) continue;
      pages.add(pageUrl);
      const res = await fetch(pageUrl);
      const html = await res.text();
      for (const { link, kind } of references(html, res.url)) {
        const u = new URL(link);
        if (u.origin !== origin) continue;
        u.hash = '';
        const clean = u.href;
        if (!u.pathname.startsWith(basePath() + '/') && u.pathname !== basePath()) outsideBase.push(`${clean} (${kind} on ${pageUrl})`);
        if (seen.has(clean)) continue;
        seen.add(clean);
        // No redirects either: a link that needs one costs a round trip, and not every host has it.
        const r = await fetch(clean, { redirect: 'manual' });
        if (r.status !== 200) broken.push(`${clean} → ${r.status}${r.headers.get('location') ? ` ${r.headers.get('location')}` : ''} (${kind} on ${pageUrl})`);
        const type = r.headers.get('content-type') ?? '';
        if (kind === 'a' && r.status === 200 && type.startsWith('text/html')) queue.push(r.url);
        else await r.arrayBuffer();
      }
    }
    expect(broken).toEqual([]);
    expect(outsideBase).toEqual([]);
    // The crawl reached the posts, their images (the sized copies in every format) and the tag pages.
    for (const format of ['avif', 'webp', 'png']) {
      expect([...seen].some((s) => new RegExp(`/posts/what-does-it-take-to-build-a-community/img/header-[0-9a-f]{10}-\\d+\\.${format}$`).test(s)), format).toBe(true);
    }
    expect([...pages].filter((p) => p.includes('/tags/')).length).toBeGreaterThan(3);
  });
});
