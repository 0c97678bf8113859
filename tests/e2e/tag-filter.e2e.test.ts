import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openTab, url } from './browser';

const browser = useBrowser();

/** Titles of the posts a list shows, following its "Older" links through every page. */
async function listTitles(page: Page, path: string): Promise<string[]> {
  await page.goto(url(path));
  const titles: string[] = [];
  for (;;) {
    titles.push(...(await page.locator('main ol > li article h2').allTextContents()));
    const older = page.locator('nav[aria-label="Pages"] a[rel="next"]');
    if (!(await older.count())) return titles;
    await Promise.all([page.waitForURL((u) => u.pathname !== new URL(page.url()).pathname), older.click()]);
  }
}

const shownTitles = (page: Page) => page.locator('main ol > li article h2').allTextContents();

async function waitForList(page: Page, expected: string[]) {
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('main ol > li article h2')].map((h) => h.textContent)) === JSON.stringify(want),
    expected,
    { timeout: 10_000 },
  );
}

describe('filtering the home page by tag', () => {
  it('filters by two tags, switches between all and any, survives a reload and goes back step by step', async () => {
    const { page, errors, context } = await openTab(browser());
    const all = await listTitles(page, '/');
    const community = new Set(await listTitles(page, '/tags/community'));
    const workshop = new Set(await listTitles(page, '/tags/workshop'));
    const both = all.filter((t) => community.has(t) && workshop.has(t));
    const either = all.filter((t) => community.has(t) || workshop.has(t));
    expect(both.length).toBeGreaterThan(0);
    expect(either.length).toBeGreaterThan(both.length);

    await page.goto(url('/'));
    const status = page.getByRole('status');
    const chip = (name: string) => page.getByRole('button', { name: new RegExp(`^#${name}\\b`) });
    await chip('community').waitFor();
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');

    await chip('community').click();
    await page.waitForURL(url('/?tag=community'));
    await waitForList(page, all.filter((t) => community.has(t)));
    await expect(status.textContent()).resolves.toBe(`${community.size} posts have the tag #community.`);
    await expect(chip('community').getAttribute('aria-pressed')).resolves.toBe('true');

    await chip('workshop').click();
    await page.waitForURL(url('/?tag=community&tag=workshop'));
    await waitForList(page, both);
    const bothSays = `${both.length === 1 ? '1 post has' : `${both.length} posts have`} all of #community and #workshop.`;
    await expect(status.textContent()).resolves.toBe(bothSays);

    // click, not check(): the radio follows the URL, which the router updates a moment later.
    await page.getByRole('radio', { name: 'any of the chosen tags' }).click();
    await page.waitForURL(url('/?tag=community&tag=workshop&match=any'));
    await waitForList(page, either);
    await expect(status.textContent()).resolves.toBe(`${either.length} posts have any of #community or #workshop.`);
    fs.mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/tag-filter.png', fullPage: true });

    // The URL alone brings the same view back (once the filter is live: before hydration the
    // page is the server's, every post listed and "all of" checked, the same for every address).
    await page.reload();
    await page.getByRole('status').filter({ hasText: `${either.length} posts have any of #community or #workshop.` }).waitFor();
    await waitForList(page, either);
    await expect(page.getByRole('radio', { name: 'any of the chosen tags' }).isChecked()).resolves.toBe(true);
    await expect(chip('workshop').getAttribute('aria-pressed')).resolves.toBe('true');

    await page.goBack();
    await page.waitForURL(url('/?tag=community&tag=workshop'));
    await waitForList(page, both);
    await expect(page.getByRole('radio', { name: 'all of the chosen tags' }).isChecked()).resolves.toBe(true);
    await page.goBack();
    await page.waitForURL(url('/?tag=community'));
    await waitForList(page, all.filter((t) => community.has(t)));
    await page.goBack();
    await page.waitForURL(url('/'));
    await waitForList(page, await shownTitlesOfFirstPage(all));
    await expect(status.textContent()).resolves.toBe(`Showing all ${all.length} posts.`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a shared link to a filter, and clears it with its button or any link home', async () => {
    const { page, errors, context } = await openTab(browser());
    const everything = await shownTitlesOfFirstPage(await listTitles(page, '/'));
    const workshop = await listTitles(page, '/tags/workshop');
    await page.goto(url('/?tag=workshop'));
    await waitForList(page, workshop);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await page.waitForURL(url('/'));
    await waitForList(page, everything);
    expect(everything.length).toBeGreaterThan(workshop.length);
    await expect(page.getByRole('list', { name: 'Tags to filter by' }).getByRole('button', { pressed: true }).count()).resolves.toBe(0);
    // Any link to the home page (here the site navigation) shows the unfiltered list too.
    await page.goto(url('/?tag=workshop&match=any'));
    await waitForList(page, workshop);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Posts' }).click();
    await page.waitForURL(url('/'));
    await waitForList(page, everything);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, offers the same chips as links to the tag pages', async () => {
    const { page, context } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(url('/'));
    const chips = page.getByRole('list', { name: 'Tags', exact: true }).getByRole('link');
    const hrefs = await chips.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    // Under the base path, and with the static export's trailing slash.
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^${inject('basePath')}/tags/[^/]+/?$`));
    // The filter's controls are in the HTML for browsers with JavaScript; without it none shows.
    const panel = page.getByRole('region', { name: 'Browse posts by tag' });
    await expect(panel.count()).resolves.toBe(1);
    await expect(panel.locator('button, input, [role="status"]').filter({ visible: true }).count()).resolves.toBe(0);
    await expect(panel.getByRole('radio').count()).resolves.toBe(0);
    await chips.filter({ hasText: '#workshop' }).click();
    await page.waitForURL(url('/tags/workshop'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('#workshop');
    await context.close();
  });

  it('has real 404s for unknown tags and for /page/1', async () => {
    for (const path of ['/tags/no-such-tag', '/categories/no-such-category', '/page/1', '/tags/community/page/1', '/page/999']) {
      expect((await fetch(url(path))).status, path).toBe(404);
    }
    for (const path of ['/tags', '/categories', '/tags/community/posts.json', '/page/1/cards.json']) {
      expect((await fetch(url(path))).status, path).toBe(200);
    }
  });
});

/** The home page shows the first page of the full list when nothing is filtered. */
async function shownTitlesOfFirstPage(all: string[]): Promise<string[]> {
  const res = await fetch(url('/'));
  const count = (await res.text()).match(/<article/g)?.length ?? 0;
  return all.slice(0, count);
}
