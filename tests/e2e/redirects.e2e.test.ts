import { describe, expect, inject, it } from 'vitest';
import { buildIndex } from '@/lib/content';
import { contentRoot } from '@/lib/content/paths';
import { exportedPath } from '@/lib/routes/redirects';
import { openTab, target, url, useBrowser } from './browser';

/**
 * Old URLs keep working in every way the site is served: every old path of the built content
 * (Hugo Blox's /post/<slug>/ of each post, the launch post's aliases, a post's url:) leads to the
 * post — a permanent redirect from `next start`, a page that refreshes plus a `_redirects` line in
 * the static export.
 */
const browser = useBrowser();
const { redirects, posts } = buildIndex(contentRoot(), false);
const basePath = () => inject('basePath');
const LAUNCH = '/posts/what-does-it-take-to-build-a-community';

describe(`old URLs (${process.env.E2E_TARGET === 'static' ? 'static export' : 'next start'})`, () => {
  it('has the old paths of every post, aliases and url: included', () => {
    const froms = redirects.map((r) => r.from);
    for (const p of posts) expect(froms, p.slug).toContain(`/post/${p.slug}`);
    expect(froms).toEqual(expect.arrayContaining(['/2023/02/22/community-workshop', '/post/community-workshop', '/guides/first-champions']));
  });

  it('answers each old path with the post', async () => {
    for (const r of redirects) {
      const res = await fetch(url(r.from), { redirect: 'manual' });
      if (target() === 'next') {
        expect(res.status, r.from).toBe(308);
        expect(new URL(res.headers.get('location')!, url('/')).pathname, r.from).toBe(`${basePath()}${r.to}`);
      } else {
        // A plain file server has no rules: the page at the old path sends the browser on.
        expect(res.status, r.from).toBe(200);
        const html = await res.text();
        expect(html, r.from).toContain(`<meta http-equiv="refresh" content="0; url=${basePath()}${exportedPath(r.to)}">`);
        expect(html, r.from).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${basePath()}${exportedPath(r.to)}">`));
        expect(html, r.from).toContain('<meta name="robots" content="noindex">');
      }
      const followed = await fetch(url(r.from));
      expect(followed.status, r.from).toBe(200);
    }
  });

  it('without a trailing slash too', async () => {
    const res = await fetch(`${inject('baseUrl')}/post/what-does-it-take-to-build-a-community`, { redirect: 'follow' });
    expect(res.status).toBe(200);
    if (target() === 'next') expect(new URL(res.url).pathname).toBe(`${basePath()}${LAUNCH}`);
  });

  it.runIf(process.env.E2E_TARGET === 'static')('writes a _redirects line for each old path, base path on both sides', async () => {
    const text = await (await fetch(`${inject('baseUrl')}/_redirects`)).text();
    const lines = new Set(text.split('\n'));
    for (const r of redirects) expect(lines, r.from).toContain(`${basePath()}${exportedPath(r.from)} ${basePath()}${exportedPath(r.to)} 301`);
  });

  it('takes a visitor from an old link to the post', async () => {
    const { page, errors, context } = await openTab(browser());
    try {
      await page.goto(url('/2023/02/22/community-workshop'));
      await page.waitForURL(url(LAUNCH));
      await page.getByRole('heading', { level: 1, name: 'What does it take to build a community?' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
