/**
 * axe-core on every kind of page, in the light and the dark theme, with the search results open
 * too. A violation lists its rule, what it is about and the elements, so the failure says what to fix.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openTab, url } from './browser';

const PAGES = {
  home: '/',
  post: '/posts/what-does-it-take-to-build-a-community',
  'post with code and no featured image': '/posts/write-for-community-notes',
  tags: '/tags',
  tag: '/tags/workshop',
  author: '/authors/ragni-mayte',
  events: '/events',
  search: '/search?q=community',
  'not found': '/posts/no-such-post',
};

const browser = useBrowser();

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe in the %s theme', (colorScheme) => {
  it.each(Object.entries(PAGES))('finds nothing on the %s page', async (name, pathname) => {
    const { page, context } = await openTab(browser(), { colorScheme });
    const res = await page.goto(url(pathname));
    expect(res?.status(), `${pathname} should exist`).toBe(name === 'not found' ? 404 : 200);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('answers every kind of missing page with the site\'s own 404, in its layout', async () => {
    const { page, context } = await openTab(browser(), { colorScheme });
    // An unknown URL, an unknown post, a list page that does not exist (/page/1 is the home), the
    // placeholder of a route with no path, and a language the site does not have.
    for (const pathname of ['/no/such/page', '/posts/no-such-post', '/page/1', '/tags/community/page/1', '/_', '/nl']) {
      const res = await page.goto(url(pathname));
      expect(res?.status(), pathname).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }).textContent(), pathname).resolves.toBe('This page does not exist');
      await expect(page.getByRole('banner').count(), pathname).resolves.toBe(1);
      await expect(page.getAttribute('html', 'lang'), pathname).resolves.toBe('en');
    }
    await context.close();
  });

  it('finds nothing with the search results open', async () => {
    const { page, context } = await openTab(browser(), { colorScheme });
    await page.goto(url('/'));
    await page.getByRole('searchbox', { name: 'Search posts' }).fill('community');
    await page.locator('.search-result').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});
