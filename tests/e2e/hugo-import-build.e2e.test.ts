/**
 * A Hugo Blox site moves in: in a copy of the project with no content of its own,
 * `npm run import:hugo -- tests/fixtures/hugo-site` fills content/, `npm run build` builds it, and
 * the site's old addresses (/post/<slug>/, aliases, url:) lead to the posts — under `next start`
 * (E2E_TARGET=next), or in the static export behind a plain file server (E2E_TARGET=static):
 * one build of the copy per run. The project is copied (node_modules hard-linked) so the build
 * under test elsewhere stays untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportedPath, type Redirect } from '@/lib/routes/redirects';
import { importedSite, type ImportedSite } from './imported-site';

const STATIC = process.env.E2E_TARGET === 'static';
/** A page's path as this build serves it: folders with a trailing slash in the export. */
const page = (p: string) => (STATIC ? exportedPath(p) : p);

let dir: string;
let site: ImportedSite | undefined;
let base: string;
let redirects: Redirect[];
let importOutput: string;

beforeAll(async () => {
  site = await importedSite('blog-hugo-import-', 'tests/fixtures/hugo-site', STATIC);
  ({ dir, base, importOutput } = site);
  redirects = site.index.redirects;
}, 600_000);

afterAll(() => site?.close());

describe(`a Hugo Blox site imported with npm run import:hugo, then built (${STATIC ? 'static export' : 'next start'})`, () => {
  it('was imported into the project\'s own content/ with nothing left to fix', () => {
    expect(importOutput).toContain('into content: 5 posts, 2 authors, 1 event.');
    expect(importOutput).toContain('Problems: none, npm run check passes.');
    expect(fs.readFileSync(path.join(dir, 'content/site.yaml'), 'utf8')).toContain('title: Neighbourhood Commons');
  });

  it('serves the posts, authors and settings of the Hugo site', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('<title>Neighbourhood Commons</title>');
    expect(home).toMatch(new RegExp(`<a [^>]*href="${page('/authors')}">People</a>`));
    const post = await fetch(`${base}${page('/posts/spring-meetup-2022')}`);
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('Spring meetup: what the street told us');
    expect((await fetch(`${base}/authors/admin/avatar.png`)).status).toBe(200);
  });

  it('has every old address of the Hugo site', () => {
    expect(redirects.map((r) => r.from)).toEqual(expect.arrayContaining(['/post/spring-meetup-2022', '/2022/04/spring-meetup', '/workshops/fall-2021', '/news/hackathon.html', '/post/2020/first-steps']));
  });

  it.runIf(!STATIC)('answers every old address with a permanent redirect to the post', async () => {
    for (const r of redirects) {
      const res = await fetch(`${base}${r.from}`, { redirect: 'manual' });
      expect(res.status, r.from).toBe(308);
      expect(new URL(res.headers.get('location')!, base).pathname, r.from).toBe(r.to);
    }
    // As Hugo linked them, with the trailing slash: one more hop, the same post.
    const followed = await fetch(`${base}/post/spring-meetup-2022/`);
    expect([followed.status, new URL(followed.url).pathname]).toEqual([200, '/posts/spring-meetup-2022']);
    expect(await followed.text()).toContain('Spring meetup: what the street told us');
  });

  it.runIf(STATIC)('has a page at every old address that sends the browser to the post, and a _redirects line', async () => {
    const lines = new Set((await (await fetch(`${base}/_redirects`)).text()).split('\n'));
    for (const r of redirects) {
      const res = await fetch(`${base}${exportedPath(r.from)}`);
      expect(res.status, r.from).toBe(200);
      expect(await res.text(), r.from).toContain(`<meta http-equiv="refresh" content="0; url=${exportedPath(r.to)}">`);
      expect((await fetch(`${base}${exportedPath(r.to)}`)).status, r.to).toBe(200);
      expect(lines, r.from).toContain(`${exportedPath(r.from)} ${exportedPath(r.to)} 301`);
    }
  });
});
