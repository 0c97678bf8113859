/**
 * An editor's day, in `next dev` over a copied Hugo Blox site (tests/fixtures/hugo-blox) plus two
 * posts of our own: the copied bundle renders completely in a browser, hostile HTML runs nothing,
 * an author without a profile still reads well, and an edit shows on refresh.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { launchBrowser } from './browser';
import { startNext, type Server } from '../../scripts/next-server';

const HOSTILE = `---
title: Hostile HTML
date: 2024-03-01
---

Nothing below may run.

<script>window.__pwned = 'script'</script>

<img src="/nothing-here.png" onerror="window.__pwned = 'onerror'" alt="">

<a id="js-link" href="javascript:window.__pwned='link'">a javascript link</a> and [another](javascript:window.__pwned='markdown')

<iframe src="javascript:parent.__pwned='iframe'"></iframe>

<details open ontoggle="window.__pwned='details'"><summary>Open</summary>Details</details>

<svg><animate onbegin="window.__pwned='svg'" attributeName="x" dur="1s"/></svg>

<form action="javascript:window.__pwned='form'"><button id="submit">Send</button></form>
`;

const GUEST = `---
title: A guest post
date: 2024-03-02
authors: [jo-de-vries]
---

Jo has no profile yet.
`;

let server: Server;
let browser: Browser;
let root: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-hugo-blox-'));
  fs.cpSync('tests/fixtures/hugo-blox', root, { recursive: true });
  fs.writeFileSync(path.join(root, 'posts/hostile.md'), HOSTILE);
  fs.writeFileSync(path.join(root, 'posts/guest-post.md'), GUEST);
  server = await startNext('dev', { CONTENT_DIR: root, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' }, '/posts/next-steps', 180);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A browser context that may talk to our dev server only: video players and the like stay unloaded. */
async function localOnly(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const origin = new URL(server.baseUrl).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return context;
}

describe('a copied Hugo Blox post in the browser', () => {
  it('renders completely: images from the bundle, both authors, shortcodes, raw HTML', async () => {
    const context = await localOnly();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/posts/community-gathering`, { timeout: 120_000 });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Twelve communities, one afternoon');
    await expect(page.locator('[data-byline] a').allTextContents()).resolves.toEqual(['Ama Kwarteng', 'Ada Osei']);
    await page.evaluate(() => Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)))));
    // next dev compiles the file route on first request: on a busy machine an image can take a while.
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0), null, { timeout: 60_000 }).catch(() => undefined);
    const images = await page.evaluate(() => [...document.images].map((i) => ({ src: new URL(i.src).pathname, loaded: i.complete && i.naturalWidth > 0 })));
    expect(images).toEqual([
      { src: '/authors/admin/avatar.png', loaded: true },
      { src: '/posts/community-gathering/featured.jpg', loaded: true },
      { src: '/posts/community-gathering/header.jpg', loaded: true },
      { src: '/posts/community-gathering/drivers.png', loaded: true },
      { src: '/posts/community-gathering/whiteboard.png', loaded: true },
    ]);
    await expect(page.locator('[data-byline] [data-initials]').textContent()).resolves.toBe('AO');
    await expect(page.locator('aside.callout').getAttribute('aria-label')).resolves.toBe('Note');
    const frames = await page.locator('iframe').evaluateAll((els) => els.map((f) => [(f as HTMLIFrameElement).src, (f as HTMLIFrameElement).loading]));
    expect(frames).toEqual([
      ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'lazy'],
      ['https://player.vimeo.com/video/76979871?dnt=1', 'lazy'],
    ]);
    // Outside code, where Hugo's escaped form shows a shortcode on purpose.
    const text = await page.locator('.prose > :not(pre, .code-block)').allInnerTexts().then((t) => t.join('\n'));
    expect(text).not.toMatch(/\{\{[<%] (figure|youtube|vimeo|callout|ref)/);
    expect(text).toContain('If you run a community of 10 < 50 people, { this } is for you.');
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/hugo-blox-post.png', fullPage: true });
    await context.close();
  });

  it('runs nothing from hostile HTML, even when the visitor clicks', async () => {
    const context = await localOnly();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.baseUrl}/posts/hostile`, { timeout: 120_000 });
    await expect(page.getByText('Nothing below may run.').count()).resolves.toBe(1);
    for (const link of await page.locator('.prose a').all()) await link.click({ timeout: 2000 }).catch(() => undefined);
    await page.locator('.prose button').click({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(1500);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect(page.locator('.prose script, .prose iframe, .prose form, .prose svg').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows an author without a profile by a readable name, and the server says why', async () => {
    const context = await localOnly();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/posts/guest-post`, { timeout: 120_000 });
    await expect(page.locator('[data-byline]').textContent()).resolves.toBe('JVBy Jo De Vries');
    await page.getByRole('link', { name: 'Jo De Vries' }).click();
    await page.waitForURL(`${server.baseUrl}/authors/jo-de-vries`, { timeout: 120_000 });
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Jo De Vries');
    await expect(page.getByRole('link', { name: 'A guest post' }).count()).resolves.toBe(1);
    expect(server.log()).toContain(
      `${displayPath(path.join(root, 'posts/guest-post.md'))}:4 warning: authors: expected a profile at content/authors/jo-de-vries/_index.md, found "jo-de-vries" without one (shown as "Jo De Vries")`,
    );
    await context.close();
  });

  it('shows an edit to a post on the next refresh', async () => {
    const context = await localOnly();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/posts/next-steps`, { timeout: 120_000 });
    await expect(page.locator('.prose p').first().innerText()).resolves.toBe('We said we would meet again, and we will: see the gathering.');
    const file = path.join(root, 'posts/next-steps.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('We said we would meet again', 'We met again in May'));
    await page.reload();
    await expect(page.locator('.prose p').first().innerText()).resolves.toBe('We met again in May, and we will: see the gathering.');
    await context.close();
  });
});
