/**
 * A bilingual, right-to-left Hugo site with `permalinks` moves in: in a copy of the project,
 * `npm run import:hugo -- tests/fixtures/hugo-rtl-blog` (Hebrew default, English second; posts at
 * /:year/:month/:slug/, the English ones at /en/:year/:monthname/:slugorfilename/) fills content/,
 * the copy is built, and every old address of both languages leads to its post — under next start
 * (E2E_TARGET=next) or in the static export behind a plain file server (E2E_TARGET=static).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedPath, type Redirect } from '@/lib/routes/redirects';
import { importedSite, type ImportedSite } from './imported-site';

const STATIC = process.env.E2E_TARGET === 'static';

let dir: string;
let site: ImportedSite | undefined;
let base: string;
let redirects: Redirect[];
let importOutput: string;
let titleOf: Map<string, string>;

beforeAll(async () => {
  site = await importedSite('blog-hugo-permalinks-', 'tests/fixtures/hugo-rtl-blog', STATIC);
  ({ dir, base, importOutput } = site);
  redirects = site.index.redirects;
  titleOf = new Map(site.index.everyPost.map((p) => [`${p.lang === 'he' ? '' : `/${p.lang}`}/posts/${p.slug}`, p.title]));
}, 900_000);

afterAll(() => site?.close());

/** The old addresses as the Hugo site served them, in both languages (Hugo's own path forms, trailing slash). */
const OLD_ADDRESSES: [string, string][] = [
  ['/2023/04/introducing-rusmux/', '/posts/introducing-rusmux'],
  ['/2023/12/year-in-review-2023/', '/posts/year-in-review-2023'],
  ['/2024/01/annual-report/', '/posts/annual-report'],
  // No slug: Hugo's :slug fell back to the Hebrew title.
  [`/2023/06/${encodeURIComponent('חלה-של-יום-שישי')}/`, '/posts/challah'],
  ['/recipes/challah/', '/posts/challah'],
  ['/en/2023/april/introducing-rusmux/', '/en/posts/introducing-rusmux'],
  ['/en/2023/june/friday-bread/', '/en/posts/friday-bread'],
];

describe(`a right-to-left Hugo site with permalinks, imported and built (${STATIC ? 'static export' : 'next start'})`, () => {
  it('was imported with the permalinks carried into site.yaml and each old address listed', () => {
    expect(importOutput).toContain('into content: 6 posts, 0 authors, 0 events.');
    expect(importOutput).toContain('  /en/2023/june/friday-bread/ → https://yael.example.net/en/posts/friday-bread');
    expect(importOutput).toContain('  /2023/06/חלה-של-יום-שישי/, /recipes/challah/ → https://yael.example.net/posts/challah');
    expect(fs.readFileSync(path.join(dir, 'content/site.yaml'), 'utf8')).toContain('posts: /:year/:month/:slug/');
  });

  it('lists every old address of both languages among the redirects', () => {
    expect(redirects.map((r) => [r.from, r.to]).sort()).toEqual(OLD_ADDRESSES.map(([from, to]) => [from.replace(/\/$/, ''), to]).sort());
  });

  it('lands every old address, with and without its trailing slash, on the right post', async () => {
    for (const [old, to] of OLD_ADDRESSES) {
      for (const form of STATIC ? [old] : [old, old.replace(/\/$/, '')]) {
        const res = await fetch(`${base}${form}`, { redirect: STATIC ? 'follow' : 'manual' });
        if (STATIC) {
          // A plain host serves a page that sends the browser on at once.
          expect(res.status, form).toBe(200);
          expect(await res.text(), form).toContain(`<meta http-equiv="refresh" content="0; url=${exportedPath(to)}">`);
        } else {
          expect(res.status, form).toBeGreaterThanOrEqual(301);
          expect(res.status, form).toBeLessThanOrEqual(308);
        }
      }
      const followed = await fetch(`${base}${STATIC ? exportedPath(to) : old}`);
      expect([followed.status, new URL(followed.url).pathname.replace(/\/$/, '')], old).toEqual([200, to]);
      expect(await followed.text(), old).toContain(titleOf.get(to)!.replace(/"/g, '&quot;'));
    }
  });

  it.runIf(STATIC)('has a _redirects line for every old address', async () => {
    const lines = new Set((await (await fetch(`${base}/_redirects`)).text()).split('\n'));
    for (const r of redirects) expect(lines, r.from).toContain(`${exportedPath(r.from)} ${exportedPath(r.to)} 301`);
  });

  it('serves the HTML report as a post: its text, table and picture, none of its script', async () => {
    const res = await fetch(`${base}${STATIC ? '/posts/annual-report/' : '/posts/annual-report'}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<strong>שתים עשרה</strong>');
    expect(page).toMatch(/<img[^>]* src="\/posts\/annual-report\/(img\/)?monthly[^"]*"/);
    expect(page).not.toMatch(/reportLoaded|onclick|innerHTML=/);
    expect((await fetch(`${base}/posts/annual-report/monthly.png`)).status).toBe(200);
  });

  it('links each Hebrew post to its English translation, by file name and by translationKey', async () => {
    const page = await (await fetch(`${base}${STATIC ? '/posts/challah/' : '/posts/challah'}`)).text();
    expect(page).toMatch(/<html[^>]* dir="rtl"/);
    expect(page).toMatch(/href="\/en\/posts\/friday-bread\/?"/);
    const rusmux = await (await fetch(`${base}${STATIC ? '/posts/introducing-rusmux/' : '/posts/introducing-rusmux'}`)).text();
    expect(rusmux).toMatch(/href="\/en\/posts\/introducing-rusmux\/?"/);
  });
});
