import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser, openTab, url } from './browser';

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
