/**
 * Following and sharing, as a reader does it in Chromium: share links after a post, the copy
 * button, the Mastodon server picker, follow links and per-author/per-category feeds, and the
 * event card's calendar links. Nothing here reaches the internet: the Mastodon server is answered
 * by the test itself (page.route).
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openTab, url, useBrowser } from './browser';

const LAUNCH = '/posts/what-does-it-take-to-build-a-community';
const SITE = 'https://community-blog.example.org';
const browser = useBrowser();

/** The post's canonical address as the site's settings and base path make it. */
const canonical = (pathname: string) => `${SITE}${new URL(url(pathname)).pathname}`;

describe('sharing a post', () => {
  it('offers plain share links and copies the post link to the clipboard', async () => {
    const { page, errors, context } = await openTab(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await page.goto(url(LAUNCH));
    const share = page.getByRole('region', { name: 'Share this post' });
    await expect(share.getByRole('link').allTextContents()).resolves.toEqual(['Mastodon', 'Bluesky', 'LinkedIn', 'Email']);
    const bluesky = new URL((await share.getByRole('link', { name: 'Bluesky' }).getAttribute('href'))!);
    expect(bluesky.searchParams.get('text')).toBe(`What does it take to build a community? ${canonical(LAUNCH)}`);
    await share.getByRole('button', { name: 'Copy link' }).click();
    // The clipboard answers asynchronously: wait for the status, as a screen reader would.
    await expect.poll(() => share.getByRole('status').textContent()).toBe('Link copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(canonical(LAUNCH));
    await share.screenshot({ path: 'test-results/screenshots/share-links.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("sends a reader to their own Mastodon server's share page with the post filled in", async () => {
    const { page, errors, context } = await openTab(browser());
    const shared: string[] = [];
    await context.route('https://fosstodon.org/**', (route) => {
      shared.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Mastodon</title>' });
    });
    await page.goto(url(LAUNCH));
    await page.getByRole('region', { name: 'Share this post' }).getByRole('link', { name: 'Mastodon' }).click();
    await page.getByLabel('Your Mastodon server').fill('@ines@fosstodon.org');
    await page.getByRole('button', { name: 'Share on Mastodon' }).click();
    await page.waitForURL('https://fosstodon.org/**');
    expect(new URL(shared[0]!).searchParams.get('text')).toBe(`What does it take to build a community? ${canonical(LAUNCH)}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript: the links still work, no dead copy button, and /share says what to do', async () => {
    const { page, context } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(url(LAUNCH));
    const share = page.getByRole('region', { name: 'Share this post' });
    await expect(share.getByRole('link').count()).resolves.toBe(4);
    await expect(share.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
    await share.getByRole('link', { name: 'Mastodon' }).click();
    // click() returns once the navigation has begun; wait for /share itself before reading it.
    await page.waitForURL((address) => /\/share\/?$/.test(address.pathname));
    await page.getByText('choosing yours here needs JavaScript').waitFor({ state: 'visible', timeout: 10_000 });
    await context.close();
  });
});

describe('following the site, an author, a category', () => {
  it("the footer lists the site's feeds; an author's page links to the author's own feeds, which list their posts", async () => {
    const { page, errors, context } = await openTab(browser());
    await page.goto(url('/authors/ines-duarte'));
    const footer = page.getByRole('navigation', { name: 'Follow', exact: true });
    await expect(footer.getByRole('link').allTextContents()).resolves.toEqual(['RSS', 'Atom', 'JSON Feed']);
    const follow = page.getByRole('navigation', { name: 'Follow Ines Duarte' });
    const rss = (await follow.getByRole('link', { name: 'RSS' }).getAttribute('href'))!;
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toContain(
      `${SITE}${new URL(url('/authors/ines-duarte')).pathname.replace(/\/$/, '')}/atom.xml`,
    );
    const res = await page.request.get(new URL(rss, baseUrl()).href);
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body).toContain('<title>Community Notes: Ines Duarte</title>');
    expect((body.match(/<item>/g) ?? []).length).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a category's page links to its JSON Feed, which lists only that category", async () => {
    const { page, context } = await openTab(browser());
    await page.goto(url('/categories/guides'));
    const json = (await page.getByRole('navigation', { name: 'Follow Guides' }).getByRole('link', { name: 'JSON Feed' }).getAttribute('href'))!;
    const feed = (await (await page.request.get(new URL(json, baseUrl()).href)).json()) as { title: string; items: unknown[] };
    expect(feed.title).toBe('Community Notes: Guides');
    expect(feed.items).toHaveLength(2);
    await context.close();
  });
});

describe('adding an event to a calendar service', () => {
  it('a week before the meetup the card links to Google Calendar and Outlook with the event filled in', async () => {
    const { page, context } = await openTab(browser());
    await page.clock.setFixedTime(new Date('2023-04-04T09:00:00Z'));
    await page.goto(url(LAUNCH));
    const google = page.locator('section.event-card').getByRole('link', { name: /^Google Calendar/ });
    await google.waitFor({ state: 'visible' });
    const params = new URL((await google.getAttribute('href'))!).searchParams;
    expect(params.get('text')).toBe('Community builders meetup');
    expect(params.get('dates')).toBe('20230411T110000Z/20230411T150000Z');
    const outlook = new URL((await page.locator('section.event-card').getByRole('link', { name: /^Outlook/ }).getAttribute('href'))!);
    expect(outlook.searchParams.get('startdt')).toBe('2023-04-11T11:00:00Z');
    await page.locator('section.event-card').screenshot({ path: 'test-results/screenshots/event-card-calendars.png' });
    await context.close();
  });
});

describe('with no comments, newsletter or analytics in the settings (this site)', () => {
  it("a reader's browser asks nothing of another host, and the pages hold no service's script, frame or form", async () => {
    const { page, errors, context } = await openTab(browser());
    const elsewhere: string[] = [];
    const origin = new URL(baseUrl()).origin;
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== origin) elsewhere.push(req.url());
    });
    for (const p of ['/', LAUNCH, '/posts/measuring-a-workshop', '/events']) {
      await page.goto(url(p));
      await page.waitForLoadState('networkidle');
      // Scrolled to the end, where comments and the signup form would be.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      await expect(page.locator('section.comments, section.newsletter, script[src*="analytics"], iframe').count(), p).resolves.toBe(0);
    }
    expect(elsewhere).toEqual([]);
    // And no page to sign up on: /subscribe is a real 404.
    const res = await page.goto(url('/subscribe'));
    expect(res?.status()).toBe(404);
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await context.close();
  });
});
