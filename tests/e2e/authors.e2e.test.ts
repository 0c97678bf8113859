import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openTab, url } from './browser';

const browser = useBrowser();

/** Sources of the images on the page that did not load. */
async function brokenImages(page: Page): Promise<string[]> {
  await page.evaluate(() => Promise.all([...document.images].map((img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)))));
  return page.evaluate(() => [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src));
}

describe('authors, as a visitor meets them', () => {
  it('a post names its author with an avatar that loads, and the name leads to the profile', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url('/posts/what-does-it-take-to-build-a-community'));
    const byline = page.locator('[data-byline]');
    await expect(byline.textContent()).resolves.toBe('By Ragni MayteCommunity builder');
    await expect(byline.locator('img').getAttribute('src')).resolves.toBe(new URL(url('/authors/ragni-mayte/avatar.png')).pathname);
    expect(await brokenImages(page)).toEqual([]);

    await byline.getByRole('link', { name: 'Ragni Mayte' }).click();
    await page.waitForURL(url('/authors/ragni-mayte'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Ragni Mayte');
    const social = page.getByRole('list', { name: 'Ragni Mayte elsewhere' }).getByRole('link');
    await expect(social.allTextContents()).resolves.toEqual(['Email', 'LinkedIn']);
    const hrefs = await social.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.every((h) => h.startsWith('mailto:') || h.startsWith('https://'))).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Posts by Ragni Mayte' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'What does it take to build a community?' }).count()).resolves.toBe(1);
    expect(await brokenImages(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/author-profile.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/authors, in the main navigation, lists every author with their picture, each card a link to the profile', async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url('/'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authors' }).click();
    await page.waitForURL(url('/authors'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Authors');
    await expect(page.getByRole('heading', { level: 2 }).allTextContents()).resolves.toEqual(['Ines Duarte', 'Ragni Mayte', 'Sam Okafor']);
    expect(await brokenImages(page)).toEqual([]);
    await page.getByRole('link', { name: 'Sam Okafor' }).click();
    await page.waitForURL(url('/authors/sam-okafor'));
    await page.screenshot({ path: 'test-results/screenshots/authors-index-to-sam.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
