/**
 * One site in three languages (tests/fixtures/three-languages: English at /, Dutch at /nl/, Arabic
 * right to left at /ar/), built in a copy of the project in the mode under test: next start, the
 * static export, or the static export under the base path of the main build (/blog in CI).
 * What a visitor, a search engine and a feed reader see in each language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, startNext } from '../../scripts/next-server';
import { copyProject, runIn } from '../helpers/project-copy';
import { openTab, useBrowser } from './browser';
import { serveStatic } from './static-server';

const STATIC = process.env.E2E_TARGET === 'static';
const BASE = STATIC ? (inject('basePath') as string) : '';
/** A page's address as this build links it: base path, and a trailing slash on pages of the export. */
const at = (p: string) => `${BASE}${STATIC && !/\.[a-z]+$/.test(p) && !p.endsWith('/') ? `${p}/` : p}`;

let dir: string;
let origin: string;
let stop: (() => Promise<void>) | undefined;
const browser = useBrowser();

beforeAll(async () => {
  dir = copyProject('blog-languages-');
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NEXT_DIST_DIR: '', SITE_URL: '' };
  Object.assign(env, { CONTENT_DIR: path.resolve('tests/fixtures/three-languages'), BASE_PATH: BASE, STATIC_EXPORT: STATIC ? '1' : '' });
  runIn(dir, env, 'build');
  if (STATIC) {
    const server = await serveStatic(path.join(dir, 'out'), BASE, await freePort());
    origin = new URL(server.url).origin;
    stop = server.close;
  } else {
    const server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
    origin = new URL(server.baseUrl).origin;
    stop = server.stop;
  }
}, 600_000);

afterAll(async () => {
  await stop?.();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string) => fetch(`${origin}${at(p)}`);
const html = async (p: string) => {
  const res = await get(p);
  expect(res.status, p).toBe(200);
  return res.text();
};

describe(`a site in three languages (${STATIC ? `static export${BASE ? ` under ${BASE}` : ''}` : 'next start'})`, () => {
  it('serves each language at its own address, in its own language and direction', async () => {
    expect(await html('/')).toMatch(/<html lang="en" dir="ltr"/);
    const nl = await html('/nl');
    expect(nl).toMatch(/<html lang="nl" dir="ltr"/);
    expect(nl).toContain('<title>Buurtcommons</title>');
    expect(nl).toContain('Alleen in het Nederlands');
    expect(nl).not.toContain('A post only in English');
    const ar = await html('/ar/posts/community-workshop');
    expect(ar).toMatch(/<html lang="ar" dir="rtl"/);
    expect(ar).toContain('ما الذي يتطلبه بناء مجتمع؟');
    expect(await html('/nl/authors/maya')).toContain('Gemeenschapsorganisator');
    expect(await html('/ar/authors/maya')).toContain('مايا حداد');
    for (const p of ['/nl/tags', '/nl/tags/gemeenschap', '/nl/events', '/nl/authors', '/nl/search', '/ar/tags', '/nl/posts/noteer-de-datum']) await html(p);
  });

  it('answers 404 for a language the site does not have, a page a language does not have, and the placeholder', async () => {
    for (const p of ['/de', '/nl/posts/english-only', '/ar/tags/community', '/_']) expect((await get(p)).status, p).toBe(404);
  });

  it('links only translations that exist, and never to a missing page, with and without JavaScript', async () => {
    // Without JavaScript the page is the server's HTML (the home filter's chips are links then).
    for (const javaScriptEnabled of [true, false]) {
      const tab = await openTab(browser(), { javaScriptEnabled });
      for (const p of ['/nl/posts/community-workshop', '/nl/posts/alleen-in-het-nederlands', '/posts/english-only', '/ar', '/nl', '/nl/tags']) {
        await tab.page.goto(`${origin}${at(p)}`);
        if (javaScriptEnabled) await tab.page.waitForLoadState('networkidle');
        const hrefs = await tab.page.$$eval('a[href^="/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
        for (const href of hrefs.filter((h) => !h.includes('?'))) expect((await fetch(`${origin}${href}`)).status, `${p} → ${href} (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`).toBe(200);
      }
      expect(tab.errors).toEqual([]);
      await tab.context.close();
    }
  });

  it('names every version of a page in its head and in the sitemap', async () => {
    const page = await html('/nl/posts/community-workshop');
    const site = 'https://commons.example.org';
    for (const [code, p] of [['en', '/posts/community-workshop'], ['nl', '/nl/posts/community-workshop'], ['ar', '/ar/posts/community-workshop'], ['x-default', '/posts/community-workshop']]) {
      expect(page).toContain(`<link rel="alternate" hrefLang="${code}" href="${site}${at(p!)}"/>`);
    }
    const lonely = await html('/posts/english-only');
    expect(lonely).not.toMatch(/<link rel="alternate" hrefLang=/);
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="nl" href="${site}${at('/nl/posts/community-workshop')}" />`);
    expect(sitemap).toContain(`<loc>${site}${at('/ar')}</loc>`);
  });

  it('switches language without JavaScript: the same page where it exists, the language\'s home otherwise', async () => {
    const tab = await openTab(browser(), { javaScriptEnabled: false });
    await tab.page.goto(`${origin}${at('/nl/tags')}`);
    const header = tab.page.getByRole('navigation', { name: 'Taal' });
    expect(await header.getByRole('link', { name: 'English' }).getAttribute('href')).toBe(at('/tags'));
    await header.getByRole('link', { name: 'العربية' }).click();
    await tab.page.waitForURL(`${origin}${at('/ar/tags')}`);
    expect(await tab.page.getAttribute('html', 'dir')).toBe('rtl');

    await tab.page.goto(`${origin}${at('/nl/posts/alleen-in-het-nederlands')}`);
    const post = tab.page.getByRole('navigation', { name: 'Dit bericht in andere talen' });
    await post.getByRole('link', { name: 'English (startpagina: niet vertaald)' }).click();
    await tab.page.waitForURL(`${origin}${at('/')}`);
    await tab.context.close();
  });

  it('switches language with JavaScript, after client-side navigation too', async () => {
    const tab = await openTab(browser());
    await tab.page.goto(`${origin}${at('/nl')}`, { waitUntil: 'networkidle' });
    await tab.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Evenementen' }).click();
    await tab.page.waitForURL(`${origin}${at('/nl/events')}`);
    const english = tab.page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' });
    await expect.poll(() => english.getAttribute('href')).toBe(at('/events'));
    await english.click();
    await tab.page.waitForURL(`${origin}${at('/events')}`);
    expect(await tab.page.getAttribute('html', 'lang')).toBe('en');
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  });

  it('searches each language in its own index', async () => {
    const tab = await openTab(browser());
    await tab.page.goto(`${origin}${at('/nl/search')}`, { waitUntil: 'networkidle' });
    const box = tab.page.getByRole('searchbox').last();
    await box.fill('gemeenschappen');
    await expect.poll(() => tab.page.locator('.search-result').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await tab.page.locator('.search-result').first().getAttribute('href')).toContain('/nl/posts/');
    await box.fill('communities');
    await tab.page.waitForTimeout(1500);
    const found = await tab.page.locator('.search-result').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(found.filter((h) => !h?.includes('/nl/'))).toEqual([]);
    expect(tab.errors).toEqual([]);
    await tab.context.close();
  });

  it('has a feed per language, served as a feed', async () => {
    const res = await get('/nl/feed.xml');
    expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    expect(res.headers.get('content-security-policy') ?? '').toContain("default-src 'none'");
    const feed = await res.text();
    expect(feed).toContain('<title>Buurtcommons</title>');
    expect(feed).toContain('Alleen in het Nederlands');
    expect(feed).not.toContain('A post only in English');
    const asset = await get('/nl/posts/community-workshop/room.png');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-security-policy') ?? '').toContain('sandbox');
  });

  it('takes a language\'s old Hugo addresses and aliases to that language\'s post', async () => {
    const tab = await openTab(browser());
    for (const [old, post] of [
      ['/nl/post/alleen-in-het-nederlands/', '/nl/posts/alleen-in-het-nederlands'],
      ['/nl/oud/alleen/', '/nl/posts/alleen-in-het-nederlands'],
      ['/nl/post/meeting-notes/', '/nl/posts/meeting-notes'],
      ['/ar/post/community-workshop/', '/ar/posts/community-workshop'],
      ['/post/community-workshop/', '/posts/community-workshop'],
    ]) {
      await tab.page.goto(`${origin}${BASE}${old}`);
      await tab.page.waitForURL(`${origin}${at(post!)}`);
    }
    await tab.context.close();
  });

  it('passes axe in every language', async () => {
    for (const p of ['/', '/nl', '/ar', '/nl/posts/community-workshop', '/ar/posts/community-workshop', '/nl/events']) {
      const tab = await openTab(browser());
      await tab.page.goto(`${origin}${at(p)}`, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page: tab.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${p}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await tab.context.close();
    }
  });
});
