/**
 * A real production build of a content folder with 60 posts and 25 tags (page size 7), served by
 * `next start`: every list page exists with the right posts, and nothing else does. The project
 * is copied (node_modules hard-linked) so the main build under test elsewhere stays untouched.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openTab } from './browser';
import { CATEGORIES, countWithTag, makeManyPosts, mostUsedSpelling, TAGS, type ManyPosts } from '../helpers/many-posts';
import { startNext, type Server } from '../../scripts/next-server';
import { copyProject, runIn } from '../helpers/project-copy';

let site: ManyPosts;
let dir: string;
let server: Server | undefined;
let base: string;

beforeAll(async () => {
  site = makeManyPosts({ count: 60, pageSize: 7 });
  dir = copyProject('blog-many-posts-');
  const env = { ...process.env, CONTENT_DIR: site.root, NEXT_TELEMETRY_DISABLED: '1' };
  runIn(dir, env, 'build');
  server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
  base = server.baseUrl;
}, 600_000);

afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (site) fs.rmSync(site.root, { recursive: true, force: true });
});

async function get(pathname: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${base}${encodeURI(pathname)}`);
  // React separates adjacent text nodes with empty comments; a reader never sees them.
  return { status: res.status, html: (await res.text()).replaceAll('<!-- -->', '') };
}
const titles = (html: string) => [...html.matchAll(/<h2[^>]*><a[^>]*>(Post number \d+)<\/a><\/h2>/g)].map((m) => m[1]!);
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

/** Display name → slug, as the "Most used" list of /tags links them. */
function tagSlugs(html: string): Map<string, string> {
  const mostUsed = html.slice(0, html.indexOf('id="a-z"'));
  return new Map([...mostUsed.matchAll(/href="\/tags\/([^"]+)">#([^<]*) <span/g)].map((m) => [unescape(m[2]!), decodeURIComponent(m[1]!)]));
}

describe('a built site of 60 posts and 25 tags', () => {
  it('lists 25 tags with their counts', async () => {
    const { status, html } = await get('/tags');
    expect(status).toBe(200);
    const mostUsed = html.slice(0, html.indexOf('id="a-z"'));
    const counts = [...mostUsed.matchAll(/href="\/tags\/[^"]+">#[^<]* <span class="text-muted">\((\d+) posts?\)/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(TAGS.length);
    expect(counts.sort((a, b) => a - b)).toEqual(TAGS.map((_, id) => countWithTag(site, id)).sort((a, b) => a - b));
  });

  it('pages the home list at /, /page/2 … /page/9, with prev/next links, and 404s the rest', async () => {
    const pages = Math.ceil(site.posts.length / site.pageSize);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const { status, html } = await get(page === 1 ? '/' : `/page/${page}`);
      expect(status, `page ${page}`).toBe(200);
      seen.push(...titles(html));
      // rel=prev/next in the head for crawlers, and as links in the page for people.
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head.includes(`<link rel="next" href="https://many.example.org/page/${page + 1}"/>`)).toBe(page < pages);
      expect(html.includes(`<a rel="next" class`)).toBe(page < pages);
      if (page > 1) expect(head).toContain(`<link rel="prev" href="https://many.example.org${page === 2 ? '/' : `/page/${page - 1}`}"/>`);
    }
    expect(seen).toEqual(site.posts.map((p) => p.title));
    for (const missing of ['/page/1', `/page/${pages + 1}`, '/page/0']) expect((await get(missing)).status, missing).toBe(404);
  });

  it('builds a page, and later pages, for every tag, non-Latin and colliding ones included', async () => {
    const bySlug = tagSlugs((await get('/tags')).html);
    const slugs = new Set<string>();
    for (const id of TAGS.keys()) {
      const expected = site.posts.filter((p) => p.tags.some((t) => t.id === id)).map((p) => p.title);
      const slug = bySlug.get(mostUsedSpelling(site, id))!;
      expect(slug, TAGS[id]![0]).toBeTruthy();
      slugs.add(slug);
      const pages = Math.ceil(expected.length / site.pageSize);
      const seen: string[] = [];
      for (let page = 1; page <= pages; page++) {
        const { status, html } = await get(page === 1 ? `/tags/${slug}` : `/tags/${slug}/page/${page}`);
        expect(status, `${slug} page ${page}`).toBe(200);
        if (page === 1) expect(html).toMatch(new RegExp(`<meta name="description" content="${expected.length} posts? tagged `));
        seen.push(...titles(html));
      }
      expect(seen, slug).toEqual(expected);
      expect((await get(`/tags/${slug}/page/${pages + 1}`)).status).toBe(404);
    }
    expect(slugs.size).toBe(TAGS.length);
    expect([...slugs]).toEqual(expect.arrayContaining(['c', 'c-plus-plus', 'c-sharp', 'cafe', 'cafe-2', 'ukrayina', '日本語']));
    expect((await get('/tags/no-such-tag')).status).toBe(404);
  });

  it('builds category pages with their pagination', async () => {
    for (const category of CATEGORIES) {
      const expected = site.posts.filter((p) => p.category === category).map((p) => p.title);
      const slug = category.toLowerCase();
      const first = await get(`/categories/${slug}`);
      const second = await get(`/categories/${slug}/page/2`);
      expect(first.html).toContain(`<title>${category} · Many Posts</title>`);
      expect([...titles(first.html), ...titles(second.html), ...titles((await get(`/categories/${slug}/page/3`)).html)]).toEqual(expected);
    }
  });

  it('filters on the home page across many card files, a page size at a time', async () => {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openTab(browser);
      const has = (name: string) => (p: (typeof site.posts)[number]) => p.tags.some((t) => TAGS[t.id]![0] === name);
      const cases = [
        { query: '?tag=community&tag=workshop', expected: site.posts.filter((p) => has('Community')(p) && has('Workshop')(p)) },
        { query: `?tag=${encodeURIComponent('日本語')}&tag=cafe-2&tag=c-sharp&match=any`, expected: site.posts.filter((p) => has('日本語')(p) || has('Café')(p) || has('C#')(p)) },
      ];
      for (const { query, expected } of cases) {
        await page.goto(`${base}/${query}`);
        // Before hydration the server's first page shows, as many cards as a filtered page: look at the filter's own list.
        const results = 'ol[aria-label="Posts matching the filter"] > li article';
        const shown = () => page.locator(`${results} h2`).allTextContents();
        for (let n = site.pageSize; ; n += site.pageSize) {
          const want = expected.slice(0, n).map((p) => p.title);
          await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector as string).length === count, [results, want.length] as const);
          expect(await shown(), `${query}, ${n}`).toEqual(want);
          if (n >= expected.length) break;
          await page.getByRole('button', { name: 'Show more posts' }).click();
        }
        await expect(page.getByRole('button', { name: 'Show more posts' }).count()).resolves.toBe(0);
        await expect(page.getByRole('status').textContent()).resolves.toMatch(new RegExp(`^${expected.length} posts have `));
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
