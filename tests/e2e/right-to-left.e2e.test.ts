/**
 * A site written right to left (tests/fixtures/right-to-left: Hebrew at /, English at /en/, its own
 * words in i18n/he.toml, Google Slides allowed by `embeds:`), built in a copy of the project for
 * `next start` and as a static export behind a plain file server. A Hebrew reader sees a Hebrew
 * interface with no English word of ours, languages named in their own language, the slides
 * framed with no Content-Security-Policy violation, the frame the site does not allow as a link,
 * and inline code that reads left to right inside a Hebrew sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNext } from '../../scripts/next-server';
import en from '@/lib/i18n/en.json';
import he from '@/lib/i18n/he.json';
import { copyProject, runIn } from '../helpers/project-copy';
import { launchBrowser } from './browser';
import { serveStatic } from './static-server';

const FIXTURE = path.resolve('tests/fixtures/right-to-left');
const REPORT = '/posts/annual-report-2025';
const SLIDES = 'https://docs.google.com/presentation/d/e/2PACX-1vQx7Jm3sFakeDeckForTheHaifaMakers/embed?start=false&loop=false&delayms=3000';
const BOARD = 'https://boards.example.net/haifa-makers/shifts';
/** Where the screenshot of a Hebrew post is left for a person to look at. */
const SCREENSHOT = path.join(process.env.E2E_SCREENSHOTS || '/tmp', 'right-to-left-post.png');

let dir: string;
let browser: Browser;
const sites: { mode: string; base: string; exported: boolean; stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  dir = copyProject('blog-rtl-');
  const env = { ...process.env, CONTENT_DIR: FIXTURE, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', BASE_PATH: '', STATIC_EXPORT: '', NEXT_DIST_DIR: '', SITE_URL: '' };
  // The export first (to out/), then the build for next start (in .next): neither rewrites what a server reads.
  runIn(dir, { ...env, STATIC_EXPORT: '1' }, 'build');
  runIn(dir, env, 'build');
  const server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
  sites.push({ mode: 'next start', base: server.baseUrl.replace(/\/$/, ''), exported: false, stop: server.stop });
  const stat = await serveStatic(path.join(dir, 'out'), '', await freePort());
  sites.push({ mode: 'static export', base: stat.url.replace(/\/$/, ''), exported: true, stop: stat.close });
  browser = await launchBrowser();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const address = (site: (typeof sites)[number], p: string) => `${site.base}${site.exported && p !== '/' && !p.endsWith('/') ? `${p}/` : p}`;

/**
 * Every English phrase of ours: each message's text between its placeholders, in every plural
 * form, as long as it has a word in it and is not the same in Hebrew (a product name: "Outlook").
 */
const HEBREW_TEXT = JSON.stringify(Object.values(he));
const ENGLISH_PHRASES = [
  ...new Set(
    Object.values(en)
      .flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m)))
      .flatMap((m) => m.split(/\{\w+\}/))
      .map((s) => s.replace(/^[\s,.:;()“”'’…–-]+|[\s,.:;()“”'’…–-]+$/g, ''))
      .filter((s) => /[A-Za-z]{2}/.test(s) && !HEBREW_TEXT.includes(s)),
  ),
];
const englishIn = (text: string) =>
  ENGLISH_PHRASES.filter((phrase) => new RegExp(`(?:^|[^A-Za-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^A-Za-z]|$)`).test(text));

/** A tab that records Content-Security-Policy violations and answers Google's slides itself (no network here). */
async function tab() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'he-IL' });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const framed: string[] = [];
  await context.route(/^https:\/\/docs\.google\.com\//, (route) => {
    framed.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>שקופיות</title><p>שקופית 1 מתוך 24</p>' });
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { context, page, framed, consoleErrors, violations };
}

describe.each([0, 1])('a right-to-left site (%#: next start, then the static export)', (i) => {
  const site = () => sites[i]!;

  it('serves Hebrew pages right to left with a Hebrew interface and no English word of ours', async () => {
    const { context, page, consoleErrors } = await tab();
    try {
      for (const p of ['/', REPORT, '/posts/coffee-grinders', '/tags', '/authors/noa', '/search']) {
        const res = await page.goto(address(site(), p));
        expect(res?.status(), p).toBe(200);
        await page.waitForLoadState('networkidle');
        expect(await page.getAttribute('html', 'dir'), p).toBe('rtl');
        expect(await page.getAttribute('html', 'lang'), p).toBe('he');
        // What a reader sees and what a screen reader says: text, labels, placeholders, titles.
        const said = await page.evaluate(() =>
          [document.body.innerText, ...[...document.querySelectorAll('[aria-label],[placeholder],[title],img[alt]')].flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''))].join('\n'),
        );
        expect(englishIn(said), p).toEqual([]);
      }
      // The interface words are the catalogue's, and the site's own (i18n/he.toml) where it has them.
      await page.goto(address(site(), REPORT));
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('ספרו לחברים'); // "share.heading" = … (our key)
      expect(text).toContain('עוד מהסדנה'); // [related] (Hugo's id)
      // [reading_time]: the post reads in a minute, which Hebrew says without the number.
      expect(text).toContain('דקה של קריאה');
      expect(text).not.toContain('1 דקה');
      expect(text).toContain('מאת נועה לוי');
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('names each language in its own language in the switcher', async () => {
    const { context, page } = await tab();
    try {
      await page.goto(address(site(), '/'));
      const names = await page.$$eval('nav.language-switcher a', (links) => links.map((a) => [a.textContent, a.getAttribute('lang'), a.getAttribute('href')]));
      expect(names.map(([name, lang]) => [name, lang])).toEqual([
        ['עברית', 'he'],
        ['English', 'en'],
      ]);
      // The English side of the site speaks English, left to right.
      await page.goto(address(site(), `/en${REPORT}`));
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      expect(await page.evaluate(() => document.body.innerText)).toContain('Share this post');
    } finally {
      await context.close();
    }
  });

  it('frames the allowed slides lazily, sandboxed, with no policy violation; the other frame is a link', async () => {
    const { context, page, framed, consoleErrors, violations } = await tab();
    try {
      const res = await page.goto(address(site(), REPORT));
      const policy = res?.headers()['content-security-policy'] ?? '';
      expect(policy).toMatch(/frame-src [^;]*https:\/\/docs\.google\.com\/presentation\//);
      const frame = page.locator('iframe[data-embed="google-slides"]');
      expect(await frame.count()).toBe(1);
      expect(await frame.getAttribute('src')).toBe(SLIDES);
      expect(await frame.getAttribute('loading')).toBe('lazy');
      expect((await frame.getAttribute('sandbox'))?.split(' ').sort()).toEqual(['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
      expect(await frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      expect(await frame.getAttribute('title')).toBe('המצגת של האסיפה השנתית');
      await frame.scrollIntoViewIfNeeded();
      await expect.poll(() => framed.length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(framed[0]).toBe(SLIDES);
      // The frame the site does not allow is a link to what it showed, with the frame's title.
      expect(await page.locator(`iframe[src^="${BOARD}"]`).count()).toBe(0);
      const link = page.locator(`a[href="${BOARD}"]`);
      expect(await link.textContent()).toBe('לוח המשמרות');
      expect(await link.getAttribute('rel')).toContain('noopener');
      await page.waitForTimeout(300);
      expect(await violations()).toEqual([]);
      expect(consoleErrors.filter((e) => /Content.Security.Policy|Refused/i.test(e))).toEqual([]);
      // Only the pages that show slides may frame Google's: the home page may not.
      const home = await fetch(address(site(), '/'));
      expect(home.headers.get('content-security-policy')).not.toContain('docs.google.com');
      const other = await fetch(address(site(), '/posts/coffee-grinders'));
      expect(other.headers.get('content-security-policy')).not.toContain('docs.google.com');
    } finally {
      await context.close();
    }
  });

  it('shows inline code as code, left to right inside a Hebrew sentence; axe finds nothing on the page', async () => {
    const { context, page } = await tab();
    try {
      await page.goto(address(site(), REPORT));
      const code = await page.$eval('.prose p code', (el) => ({
        text: el.textContent,
        dir: el.getAttribute('dir'),
        direction: getComputedStyle(el).direction,
        bidi: getComputedStyle(el).unicodeBidi,
        before: getComputedStyle(el, '::before').content,
        after: getComputedStyle(el, '::after').content,
      }));
      expect(code).toEqual({ text: 'solder --temp 350', dir: 'ltr', direction: 'ltr', bidi: 'isolate', before: 'none', after: 'none' });
      expect(await page.$eval('.prose pre', (el) => getComputedStyle(el).direction)).toBe('ltr');
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      if (i === 0) await page.screenshot({ path: SCREENSHOT, fullPage: true });
    } finally {
      await context.close();
    }
  });
});
