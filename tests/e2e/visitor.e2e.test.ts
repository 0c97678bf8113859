/**
 * What a visitor (and a feed reader, a crawler, a social network) gets from the production build:
 * search, the theme switch, the page without JavaScript, feeds, sitemap, robots and social cards.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { baseUrl, holdScripts, hydrated, useBrowser, openTab, url } from './browser';

const LAUNCH = '/posts/what-does-it-take-to-build-a-community';
const LAUNCH_TITLE = 'What does it take to build a community?';
/** A site path as the built site writes it in absolute URLs: base path, and the export's trailing slash. */
const sitePath = (pathname: string) => new URL(url(pathname)).pathname;
/** Appears in the launch post's body only (its Blockers list), not in its title or summary. */
const BODY_ONLY_WORD = 'vulnerable';

const browser = useBrowser();

/** The live server's address for a URL the site wrote with its configured origin (base path included). */
const onServer = (absolute: string) => {
  const u = new URL(absolute);
  return `${new URL(baseUrl()).origin}${u.pathname}${u.search}`;
};

describe('search', () => {
  it('loads nothing until used, then finds the launch post by a word from its body, by keyboard', async () => {
    const { page, context, errors } = await openTab(browser());
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(url('/tags'));
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);

    // "/" jumps to the search box from anywhere on the page.
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(BODY_ONLY_WORD);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await results.first().waitFor();
    await expect(results.allTextContents()).resolves.toEqual([expect.stringContaining(LAUNCH_TITLE)]);
    await expect(page.locator('.search-live').first().textContent()).resolves.toBe('1 result');
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);

    // Down arrow to the result, Enter to open it.
    await page.keyboard.press('ArrowDown');
    await expect(results.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(url(LAUNCH));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(LAUNCH_TITLE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens with Ctrl+K and closes with Escape', async () => {
    const { page, context } = await openTab(browser());
    await page.goto(url('/'));
    // The shortcut is the search box's own listener: a key pressed before it has hydrated does
    // nothing (CI once pressed it that early, then waited 30 s for results), so press it until it works.
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+k');
        return page.evaluate(() => document.activeElement?.getAttribute('type'));
      })
      .toBe('search');
    await page.keyboard.type('workshop');
    const panel = page.locator('.search-panel').first();
    await page.locator('.search-result').first().waitFor();
    await expect(panel.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel.isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('the theme', () => {
  it('follows the system until switched, then keeps the choice from the first paint', async () => {
    const { page, context } = await openTab(browser(), { colorScheme: 'dark' });
    // Record the theme at the moment <body> enters the document, i.e. before anything is painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto(url(LAUNCH));
    await expect(background()).resolves.toBe('rgb(18, 19, 22)');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    // The button learns the theme once hydrated, which on a busy machine is after the load event.
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

    await toggle.click();
    await expect(background()).resolves.toBe('rgb(253, 252, 250)');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');

    await page.reload();
    await expect(page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).resolves.toBe('light');
    await expect(background()).resolves.toBe('rgb(253, 252, 250)');

    // Choosing the system's own theme again forgets the choice (pressed perhaps before the page
    // hydrated: then it takes effect once it has).
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await expect(page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).resolves.toBe(false);
    await context.close();
  });

  it('takes a press on the toggle made before the page hydrated, once it has', async () => {
    const { page, context, errors } = await openTab(browser(), { colorScheme: 'dark' });
    // Hold the page's scripts: the toggle is on screen, its handler not yet attached.
    const release = await holdScripts(page);
    await page.goto(url(LAUNCH), { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.evaluate(() => localStorage.getItem('theme'))).resolves.toBeNull();

    release();
    await hydrated(page);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe('rgb(253, 252, 250)');
    await expect(page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('false');
    // Once: the press is not taken twice.
    await page.waitForTimeout(300);
    await expect(page.evaluate(() => localStorage.getItem('theme'))).resolves.toBe('light');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('loading a page', () => {
  it('paints the post before fetching any script, then hydrates it', async () => {
    const { page, context, errors } = await openTab(browser());
    await page.goto(url(LAUNCH));
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((r) => r.name.includes('/_next/static/chunks/') && r.name.endsWith('.js'))
        .map((r) => r.startTime),
    }));
    expect(timing.paint).toBeGreaterThan(0);
    expect(timing.scripts.length).toBeGreaterThan(2);
    expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.paint!);
    // No chunk script is in the HTML itself: they come from the loader after the paint.
    expect(await (await fetch(url(LAUNCH))).text()).not.toMatch(/<script src="[^"]*\/_next\/static\/chunks\/[^"]*" async/);
    // Hydrated: the theme toggle (an island) works.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('moving between pages', () => {
  it('fetches a page ahead on intent (pointer or focus on its link), not for every link in sight, and opens it in place', async () => {
    const { page, context, errors } = await openTab(browser());
    const launch = sitePath(LAUNCH);
    const ahead: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'fetch' && new URL(r.url()).pathname !== new URL(url('/pagefind')).pathname) ahead.push(new URL(r.url()).pathname);
    });
    await page.goto(url('/'));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    // Every post card, tag and menu link has been on screen: none of their pages was fetched.
    expect(ahead).toEqual([]);

    const link = page.getByRole('link', { name: LAUNCH_TITLE, exact: true }).first();
    await link.hover();
    await expect.poll(() => ahead.some((p) => p.startsWith(launch)), { timeout: 10_000 }).toBe(true);
    expect(ahead.every((p) => p.startsWith(launch)), ahead.join('\n')).toBe(true);

    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    await link.click();
    await page.getByRole('heading', { level: 1, name: LAUNCH_TITLE }).waitFor();
    expect(new URL(page.url()).pathname).toBe(launch);
    // A client-side navigation: the window (and the script state in it) is the same.
    await expect(page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('search is a form that leads to a page saying what to do instead, and the theme button is hidden', async () => {
    const { page, context } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(url(LAUNCH));
    await expect(page.getByRole('button', { name: 'Dark theme' }).isVisible()).resolves.toBe(false);
    const box = page.getByRole('searchbox', { name: 'Search posts' });
    await box.fill('champions');
    await box.press('Enter');
    await page.waitForURL(url('/search?q=champions'));
    await expect(page.getByText('Search runs in your browser and needs JavaScript').isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe('the launch post for search engines and social networks', () => {
  it('has a canonical URL, feed links, an Open Graph card with its featured image, and BlogPosting data', async () => {
    const { page, context } = await openTab(browser());
    await page.goto(url(LAUNCH));
    const attr = (selector: string, name: string) => page.locator(selector).first().getAttribute(name);
    const canonical = await attr('link[rel="canonical"]', 'href');
    expect(new URL(canonical!).pathname).toBe(sitePath(LAUNCH));
    await expect(attr('meta[property="og:type"]', 'content')).resolves.toBe('article');
    await expect(attr('meta[name="twitter:card"]', 'content')).resolves.toBe('summary_large_image');
    const image = await attr('meta[property="og:image"]', 'content');
    const picture = await fetch(onServer(image!));
    expect(picture.headers.get('content-type')).toBe('image/png');

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const ld = blocks.map((text) => JSON.parse(text)).find((b) => b['@type'] === 'BlogPosting');
    expect(ld).toMatchObject({ '@type': 'BlogPosting', headline: LAUNCH_TITLE, datePublished: '2023-02-22', author: [{ name: 'Ragni Mayte' }] });

    const feeds = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')]));
    expect(feeds.map(([type]) => type)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
    for (const [, href] of feeds) expect((await fetch(onServer(href!))).status).toBe(200);
    await context.close();
  });

  it('a post without a featured image gets its own generated card', async () => {
    const { page, context } = await openTab(browser());
    await page.goto(url('/posts/write-for-community-notes'));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(new URL(image!).pathname).toBe(sitePath('/og/posts/write-for-community-notes.png'));
    const res = await fetch(onServer(image!));
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(5_000);
    await context.close();
  });
});

describe('feeds, sitemap and robots as served', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'url'].includes(name) });
  const get = async (pathname: string) => {
    const res = await fetch(url(pathname));
    expect(res.status, pathname).toBe(200);
    return res;
  };

  it('RSS, Atom and JSON Feed list the launch post', async () => {
    const rss = await (await get('/feed.xml')).text();
    expect(XMLValidator.validate(rss)).toBe(true);
    expect(parser.parse(rss).rss.channel.item.map((i: { title: string }) => i.title)).toContain(LAUNCH_TITLE);
    const atom = await (await get('/atom.xml')).text();
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(parser.parse(atom).feed.entry.map((e: { id: string }) => new URL(e.id).pathname)).toContain(sitePath(LAUNCH));
    const json = await (await get('/feed.json')).json();
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i: { title: string }) => i.title)).toContain(LAUNCH_TITLE);
    const tag = parser.parse(await (await get('/tags/workshop/feed.xml')).text());
    expect(tag.rss.channel.item.map((i: { title: string }) => i.title)).toContain(LAUNCH_TITLE);
  });

  it('the sitemap lists the launch post with its last change; robots.txt points at the sitemap', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = parser.parse(sitemap).urlset.url as { loc: string; lastmod: string }[];
    expect(urls.find((u) => new URL(u.loc).pathname === sitePath(LAUNCH))?.lastmod).toBe('2023-02-22');
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});
