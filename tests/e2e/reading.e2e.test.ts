import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, openTab, url, hydrated, holdScripts } from './browser';

const LAUNCH = '/posts/what-does-it-take-to-build-a-community';
const browser = useBrowser();

describe('a visitor reading the blog', () => {
  it('goes from the home page to the launch post and on to a tag', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url('/'));
    await expect(page.title()).resolves.toMatch(/Community Notes/);
    const card = page.locator('article', { hasText: 'What does it take to build a community?' });
    await expect(card.getAttribute('data-featured')).resolves.toBe('true');
    await card.getByRole('link', { name: 'What does it take to build a community?' }).click();
    await page.waitForURL(url(LAUNCH));

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('What does it take to build a community?');
    for (const kind of ['drivers', 'blockers', 'activities']) {
      const section = page.locator(`section[data-community="${kind}"]`);
      await expect(section.count()).resolves.toBe(1);
      await expect(section.locator('li').count()).resolves.toBeGreaterThan(2);
      // Labelled by its own heading, so screen readers announce it as a region.
      const label = await section.getAttribute('aria-labelledby');
      await expect(page.locator(`#${label}`).count()).resolves.toBe(1);
    }
    // Every image in the body loaded (relative images from the bundle are served).
    const images = page.locator('.prose img');
    await expect(images.count()).resolves.toBeGreaterThanOrEqual(3);
    await page.evaluate(() => Promise.all([...document.images].map((img) => (img.loading = 'eager', img.decode().catch(() => undefined)))));
    const broken = await images.evaluateAll((els) => (els as HTMLImageElement[]).filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
    expect(broken).toEqual([]);

    fs.mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/launch-post.png', fullPage: true });

    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#workshop' }).click();
    await page.waitForURL(url('/tags/workshop'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('#workshop');
    await expect(page.getByRole('link', { name: 'What does it take to build a community?' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the page a visitor is pressing on while it hydrates: no link is replaced, and a click begun before still follows the link', async () => {
    for (const path of ['/', LAUNCH, '/tags/workshop']) {
      const { page, errors, context } = await openTab(browser());
      // Hold the page's scripts until the visitor has the server's HTML in hand.
      const release = await holdScripts(page);
      await page.goto(url(path), { waitUntil: 'domcontentloaded' });
      const link = path === '/' ? page.locator('article', { hasText: 'What does it take to build a community?' }).getByRole('link', { name: 'What does it take to build a community?' }) : page.locator('main a[href]').first();
      await expect(link.count()).resolves.toBe(1);
      const target = await link.getAttribute('href');
      // Remember every link in the page as the server sent it, but the home filter's chips: links
      // to the tag pages that become toggle buttons once the filter reads the address.
      const count = await page.evaluate(
        () => ((window as unknown as { serverLinks: Element[] }).serverLinks = [...document.querySelectorAll('main a[href]')].filter((a) => !a.closest('section[aria-labelledby="tag-filter-heading"] ul'))).length,
      );
      expect(count).toBeGreaterThan(1);
      await link.scrollIntoViewIfNeeded();
      const box = (await link.boundingBox())!;
      await page.mouse.move(box.x + 8, box.y + box.height / 2);
      await page.mouse.down();

      release();
      await hydrated(page);
      if (path === '/') await page.getByRole('group', { name: 'Show posts with' }).waitFor();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      // Nor did it move: the filter's live controls had their place before hydration.
      expect((await link.boundingBox())!.y, path).toBe(box.y);
      const replaced = await page.evaluate(() =>
        (window as unknown as { serverLinks: Element[] }).serverLinks.filter((a) => !a.isConnected).map((a) => a.getAttribute('href')),
      );
      expect(replaced, path).toEqual([]);

      await page.mouse.up();
      await page.waitForURL(new URL(target!, page.url()).href, { timeout: 10_000 });
      expect(errors, path).toEqual([]);
      await context.close();
    }
  });

  it('gets images sized for a phone: <picture> with AVIF and WebP variants that load, the hero first', async () => {
    const { page, context } = await openTab(browser(), { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(url('/posts/keeping-momentum-between-events'));
    const hero = page.locator('article figure picture').first();
    const types = await hero.locator('source').evaluateAll((els) => els.map((e) => e.getAttribute('type')));
    expect(types).toEqual(['image/avif', 'image/webp']);
    const heroImg = hero.locator('img');
    await expect(heroImg.getAttribute('fetchpriority')).resolves.toBe('high');
    await expect(heroImg.getAttribute('loading')).resolves.toBeNull();
    await heroImg.evaluate((img: HTMLImageElement) => img.decode());
    // The browser took an AVIF variant narrower than the original for a 390-px-wide screen.
    const chosen = await heroImg.evaluate((img: HTMLImageElement) => ({ current: img.currentSrc, width: img.width, widest: Math.max(...img.srcset.split(', ').map((c) => Number(c.split(' ')[1]!.slice(0, -1)))) }));
    const taken = /\/posts\/keeping-momentum-between-events\/img\/featured-[0-9a-f]{10}-(\d+)\.avif$/.exec(chosen.current);
    expect(taken, chosen.current).not.toBeNull();
    expect(Number(taken![1])).toBeLessThan(chosen.widest);

    // Body images are lazy pictures too; every candidate of every source is served with its type.
    await page.goto(url(LAUNCH));
    const body = page.locator('.prose picture');
    await expect(body.count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(body.locator('img').first().getAttribute('loading')).resolves.toBe('lazy');
    await expect(body.locator('img').first().getAttribute('decoding')).resolves.toBe('async');
    const candidates = await page.locator('article picture source, article picture img').evaluateAll((els) =>
      els.flatMap((e) => (e.getAttribute('srcset') ?? '').split(', ').map((c) => ({ href: new URL(c.split(' ')[0]!, location.href).href, type: e.getAttribute('type') }))),
    );
    expect(candidates.length).toBeGreaterThan(4);
    for (const { href, type } of candidates) {
      const res = await fetch(href);
      const expected = type ?? (href.endsWith('.png') ? 'image/png' : 'image/jpeg');
      expect(`${href} ${res.status} ${res.headers.get('content-type')}`).toBe(`${href} 200 ${expected}`);
      expect(res.headers.get('content-security-policy')).toContain('sandbox');
    }

    await context.close();
  });

  it('gets a real 404 page for a post that does not exist', async () => {
    const res = await fetch(url('/posts/no-such-post'));
    expect(res.status).toBe(404);
    const { page, context } = await openTab(browser());
    await page.goto(url('/posts/no-such-post'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('This page does not exist');
    await context.close();
  });

  it('reads comfortably on a phone', async () => {
    const { page, context } = await openTab(browser(), { viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(url(LAUNCH));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/screenshots/launch-post-mobile.png' });
    await context.close();
  });
});
