/**
 * The attack suite: tests/fixtures/hostile (script in posts, MDX, front matter, shortcodes, an
 * author profile, the site settings and the files of a bundle) built into a real site in a copy of
 * the project, served by `next start`, and by a plain static file server over a static export of
 * the same content under /blog. Chromium opens every page and every file the site links to and
 * every file of the fixture's bundles, hovers and focuses every element, and the test fails if a
 * payload ran (each sets window.__pwned and calls alert), if the DOM holds an event handler
 * attribute, a javascript: URL, a <base>, a <form> that is not the site's own (or sits inside content) or a frame from elsewhere than the
 * two video hosts, or if the browser reports a Content-Security-Policy violation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyBundleFile } from '@/lib/security/bundle-files';
import { configuredHeaderAdditions } from '@/lib/security/configured';
import { FILE_POLICY, STRICT_POLICY, pagePolicy } from '@/lib/security/headers';
import { freePort, startNext, type Server } from '../../scripts/next-server';
import { copyProject, runIn } from '../helpers/project-copy';
import { HOSTILE_FIXTURE, hostileContent, OUTSIDE_TEXT } from '../helpers/hostile-content';
import { hydrated, launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';

const FIXTURE = HOSTILE_FIXTURE;
/** What /etc/passwd and /etc/hosts hold on any Linux machine: found in a response, a link out of the content folder was read. */
const OUTSIDE = OUTSIDE_TEXT;
/** The fixture turns on comments (giscus), a newsletter (Buttondown) and analytics (Plausible). */
const THIRD_PARTY = /^https:\/\/(?:giscus\.app|buttondown\.com|plausible\.io)\//;

/** Files of the fixture's bundles and author folders, as site paths. */
function contentFiles(): { site: string; name: string }[] {
  const out: { site: string; name: string }[] = [];
  for (const [section, dir] of [['posts', 'posts'], ['authors', 'authors']] as const) {
    for (const folder of fs.readdirSync(path.join(content, dir), { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const name of fs.readdirSync(path.join(content, dir, folder.name))) {
        if (/\.mdx?$/.test(name)) continue;
        out.push({ site: `/${section}/${folder.name}/${name}`, name });
      }
    }
  }
  return out;
}

let dir: string;
/** The content folder built: the fixture plus links out of it (tests/helpers/hostile-content.ts). */
let content: string;
let browser: Browser;
const sites: { mode: string; base: string; stop: () => Promise<void> }[] = [];

/** HOSTILE_SITE_DIR=/tmp/x keeps the built copy there and reuses it: for work on the suite itself. */
const keep = process.env.HOSTILE_SITE_DIR;

beforeAll(async () => {
  dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'blog-hostile-'));
  // Beside the project copy, not in it: nothing that scans the project may meet the links.
  content = hostileContent(`${dir}-content`);
  const env = { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '', STATIC_EXPORT: '', NEXT_DIST_DIR: '' };
  if (!keep || !fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) await buildBoth(env);
  const server: Server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
  sites.push({ mode: 'next start', base: server.baseUrl, stop: server.stop });
  const stat: StaticServer = await serveStatic(path.join(dir, 'out'), '/blog', await freePort());
  sites.push({ mode: 'static export under /blog', base: `${stat.url}/blog`, stop: stat.close });
  browser = await launchBrowser();
}, 1_200_000);

async function buildBoth(env: NodeJS.ProcessEnv) {
  copyProject('blog-hostile-', dir);
  // The static export first (to out/, under /blog), then the build for next start (in .next),
  // so that neither build rewrites what a running server reads.
  runIn(dir, { ...env, STATIC_EXPORT: '1', BASE_PATH: '/blog' }, 'build');
  runIn(dir, env, 'build');
}

afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.stop();
  if (dir && !keep) for (const d of [dir, content]) fs.rmSync(d, { recursive: true, force: true });
});

/** What a visit found that should not be there. */
interface Findings {
  dialogs: string[];
  pwned: string[];
  dom: string[];
  violations: string[];
}

/** Runs in the page: every element hovered and focused, then the DOM searched for what must not be there. */
function inspect(): { pwned?: string; dom: string[]; violations: string[] } {
  const all = [...document.querySelectorAll('*')];
  for (const el of all) {
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove', 'focusin', 'mouseout', 'mouseleave']) {
      el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    }
    if (el instanceof HTMLElement || el instanceof SVGElement) el.focus?.();
  }
  const dom: string[] = [];
  const decode = (v: string) => v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  for (const el of all) {
    const tag = el.tagName.toLowerCase();
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (/^on/i.test(attr)) dom.push(`<${tag} ${attr}>`);
      if (/^(?:javascript|vbscript):/.test(decode(value)) || (/^data:text\/html/.test(decode(value)) && /href|src|action|data/.test(attr))) dom.push(`<${tag} ${attr}="${value.slice(0, 50)}">`);
      if (attr === 'srcdoc') dom.push(`<${tag} srcdoc>`);
    }
    if (tag === 'base') dom.push('<base>');
    // A refresh navigates the reader away and no policy stops it; the site's only http-equiv is its CSP.
    const equiv = el.getAttribute('http-equiv');
    if (tag === 'meta' && (el.closest('main') || (equiv !== null && equiv.toLowerCase() !== 'content-security-policy'))) dom.push(`<meta http-equiv="${equiv}">`);
    // The site's own forms (search, the Mastodon share page) are marked and never inside content.
    const own = el.getAttribute('role') === 'search' || el.hasAttribute('data-site-form');
    if (tag === 'form' && (!own || el.closest('.prose'))) dom.push(`<form action="${el.getAttribute('action')}">`);
    // Mermaid's scratch frame (no address, removed once the drawings are in) is the site's own.
    if (tag === 'iframe' && !(el.hasAttribute('data-diagram-scratch') && !el.hasAttribute('src')) && !/^https:\/\/(?:www\.youtube-nocookie\.com|player\.vimeo\.com)\//.test(el.getAttribute('src') ?? '')) dom.push(`<iframe src="${el.getAttribute('src')}">`);
    if (tag === 'object' || tag === 'embed' || tag === 'frame') dom.push(`<${tag}>`);
  }
  const w = window as unknown as { __pwned?: string; __violations?: string[] };
  return { pwned: w.__pwned, dom, violations: w.__violations ?? [] };
}

/** A tab that records dialogs (dismissing them) and every Content-Security-Policy violation. */
async function watchedTab() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || 'the page'}:${e.lineNumber}) ${e.sample}`));
  });
  // The community services the fixture turns on are never reached (no internet in tests).
  await context.route(THIRD_PARTY, (route) => route.abort());
  const page = await context.newPage();
  const found: Findings = { dialogs: [], pwned: [], dom: [], violations: [] };
  page.on('dialog', (d) => {
    found.dialogs.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, found };
}

async function visit(page: Page, url: string, found: Findings): Promise<string[]> {
  const where = url.replace(/^https?:\/\/[^/]+/, '');
  const response = await page.goto(url, { waitUntil: 'load' });
  // Real pointer movement and keyboard focus too, over what the page shows.
  for (let y = 30; y < 900; y += 120) for (let x = 30; x < 1280; x += 200) await page.mouse.move(x, y);
  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  let result: ReturnType<typeof inspect>;
  try {
    result = await page.evaluate(inspect);
  } catch (err) {
    // A document whose scripts are off (the sandbox of a file from content) still answers CDP;
    // any other failure is reported.
    throw new Error(`${where}: ${(err as Error).message}`);
  }
  if (result.pwned) found.pwned.push(`${where}: ${result.pwned}`);
  found.dom.push(...result.dom.map((d) => `${where}: ${d}`));
  found.violations.push(...result.violations.map((v) => `${where}: ${v}`));
  if (!response || !(response.headers()['content-type'] ?? '').startsWith('text/html')) return [];
  return page.$$eval('a[href], img[src], source[src], video[src], link[rel="alternate"][href]', (els) =>
    els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src).filter(Boolean),
  );
}

describe('the attack suite (tests/fixtures/hostile)', () => {
  it('holds more than 60 payloads, each named', () => {
    const names = new Set<string>();
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(d, e.name));
        else for (const m of fs.readFileSync(path.join(d, e.name), 'latin1').matchAll(/__pwned\s*=\s*\\?['"]([a-z-]+)/g)) names.add(m[1]!);
      }
    };
    walk(FIXTURE);
    expect(names.size).toBeGreaterThan(60);
  });

  it('is built and served in both modes', () => {
    expect(sites.map((s) => s.mode)).toEqual(['next start', 'static export under /blog']);
  });

  for (const mode of ['next start', 'static export under /blog']) {
    describe(mode, () => {
      const site = () => sites.find((s) => s.mode === mode)!;

      it('notices a payload that runs, a handler in the DOM and a blocked script (a canary page)', async () => {
        const { base } = site();
        const { context, page, found } = await watchedTab();
        // A page of the site's origin that the site did not write: what a failure looks like.
        await context.route(`${base}/canary`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'; img-src 'none'"></head><body>
              <div onmouseover="window.__pwned='canary';alert('canary')">hover</div><a href="javascript:void 0">js</a><img src="/blocked.png"></body></html>`,
          }),
        );
        await visit(page, `${base}/canary`, found);
        await context.close();
        const where = new URL(`${base}/canary`).pathname;
        expect(found.pwned).toEqual([`${where}: canary`]);
        expect(found.dialogs).toEqual([`${base}/canary: canary`]);
        expect(found.dom).toEqual([`${where}: <div onmouseover>`, `${where}: <a href="javascript:void 0">`]);
        expect(found.violations).toEqual([expect.stringMatching(new RegExp(`^${where}: img-src blocked .*/blocked\\.png`))]);
      });

      it('runs no payload on any page or file, and the DOM holds nothing that could run one', async () => {
        const { base } = site();
        const origin = new URL(base).origin;
        const { context, page, found } = await watchedTab();
        const seen = new Set<string>();
        const queue = [`${base}/`, ...contentFiles().map((f) => `${base}${f.site}`)];
        const downloads: string[] = [];
        const missing: string[] = [];
        const leaked: string[] = [];
        while (queue.length) {
          const url = queue.shift()!.replace(/#.*$/, '');
          if (seen.has(url) || !url.startsWith(origin + (new URL(base).pathname.replace(/\/$/, '')))) continue;
          seen.add(url);
          const head = await fetch(url);
          // The fixture links /etc/passwd, /etc/hosts and /etc itself into the content folder.
          if (OUTSIDE.test(Buffer.from(await head.arrayBuffer()).toString('latin1'))) leaked.push(url.slice(base.length));
          // A browser saves these instead of showing them.
          if (head.headers.get('content-disposition')?.startsWith('attachment') || head.headers.get('content-type')?.startsWith('text/calendar')) {
            downloads.push(url.slice(base.length));
            continue;
          }
          if (head.status === 404) missing.push(url.slice(base.length));
          for (const next of await visit(page, url, found)) queue.push(next);
        }
        await context.close();
        expect(seen.size).toBeGreaterThan(25);
        expect(found).toEqual({ dialogs: [], pwned: [], dom: [], violations: [] });
        expect(leaked).toEqual([]);
        // The linked bundle file is asked for (it is in the fixture's folder) and is not there.
        expect(missing).toContain('/posts/bundle-with-files/hosts.png');
        expect(downloads).toContain('/posts/bundle-with-files/slides.pdf');
        expect(downloads.filter((d) => !d.endsWith('.ics'))).toEqual(['/posts/bundle-with-files/slides.pdf']);
        // Every file a browser would run or open as a page is not there at all.
        const refused = contentFiles().filter((f) => { const v = classifyBundleFile(f.name); return !v.serve; }).map((f) => f.site);
        expect(missing).toEqual(expect.arrayContaining(refused));
        expect(refused).toEqual(expect.arrayContaining(['/posts/bundle-with-files/evil.html', '/posts/bundle-with-files/evil.js']));
      }, 600_000);

      it('draws every hostile diagram, and no label, setting or click runs code or leaves the page', async () => {
        const { base } = site();
        const origin = new URL(base).origin;
        const { context, page, found } = await watchedTab();
        const away: string[] = [];
        page.on('request', (r) => {
          if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !THIRD_PARTY.test(r.url())) away.push(r.url());
        });
        const at = `${base}/posts/diagrams${mode.startsWith('static') ? '/' : ''}`;
        page.on('framenavigated', (f) => {
          if (f === page.mainFrame() && f.url() !== at) away.push(`navigated to ${f.url()}`);
        });
        await page.goto(at);
        const figures = page.locator('figure[data-diagram="mermaid"]');
        const count = await figures.count();
        expect(count).toBe(7);
        for (let i = 0; i < count; i++) await figures.nth(i).scrollIntoViewIfNeeded();
        await page.waitForFunction((n) => document.querySelectorAll('figure[data-diagram="mermaid"][data-rendered]').length === n, count, { timeout: 60_000 });
        // Mermaid draws each (one it cannot read says so in the figure): most are drawings.
        expect(await page.locator('figure[data-rendered="true"] .diagram-svg svg').count()).toBeGreaterThanOrEqual(5);
        // Every element of every drawing clicked, but for links to the site's own pages (which may go there).
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('.diagram-svg *')) {
            const a = el.closest('a');
            const href = a?.getAttribute('href') ?? a?.getAttribute('xlink:href');
            if (href && new URL(href, location.href).origin === location.origin) continue;
            el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
          }
        });
        await page.waitForTimeout(2000);
        const result = await page.evaluate(inspect);
        expect(page.url()).toBe(at);
        expect(away).toEqual([]);
        expect({ pwned: result.pwned ?? null, dom: result.dom, violations: result.violations, dialogs: found.dialogs }).toEqual({ pwned: null, dom: [], violations: [], dialogs: [] });
        // The link to a page of the site is kept, written as the editor wrote it.
        await expect(page.locator('.diagram-svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')).filter(Boolean))).resolves.toEqual(['/posts/raw-html']);
        await context.close();
      });

      it('keeps every menu link on the site but the one written as an absolute https:// link', async () => {
        const { base } = site();
        const origin = new URL(base).origin;
        const { context, page, found } = await watchedTab();
        const left: string[] = [];
        await context.route((u) => u.origin !== origin && !THIRD_PARTY.test(u.href), (route) => {
          left.push(route.request().url());
          return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>elsewhere</title>' });
        });
        await page.goto(`${base}/`);
        const menu = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
        const hrefs = await menu.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        // The settings' refused links are left out; what is left is the site's pages and the guide.
        expect(hrefs.filter((h) => !h!.startsWith(new URL(base).pathname === '/' ? '/' : new URL(base).pathname))).toEqual(['https://guide.example.org/start']);
        for (let i = 0; i < hrefs.length; i++) {
          await page.goto(`${base}/`);
          await hydrated(page);
          await page.getByRole('navigation', { name: 'Main' }).getByRole('link').nth(i).click();
          if (hrefs[i]!.startsWith('https://')) await page.waitForURL(hrefs[i]!);
          else await page.waitForTimeout(500);
          expect(new URL(page.url()).origin, hrefs[i]!).toBe(hrefs[i]!.startsWith('https://') ? 'https://guide.example.org' : origin);
        }
        expect(left).toEqual(['https://guide.example.org/start']);
        expect(found.dialogs).toEqual([]);
        await context.close();
      });

      it('sends each kind of response its own policy: only pages allow inline scripts', async () => {
        const { base } = site();
        const csp = async (p: string) => {
          const res = await fetch(`${base}${p}`);
          await res.arrayBuffer();
          expect(res.headers.get('x-content-type-options'), p).toBe('nosniff');
          return res.headers.get('content-security-policy');
        };
        const slash = mode.startsWith('static') ? '/' : '';
        // The page policy with the fixture's comments, newsletter and analytics origins.
        expect(await csp(`/posts/raw-html${slash}`)).toBe(pagePolicy(configuredHeaderAdditions(FIXTURE)));
        for (const p of ['/posts/bundle-with-files/evil.svg', '/posts/bundle-with-files/clean.svg', '/posts/bundle-with-files/slides.pdf', '/authors/mallory/avatar.svg', '/posts/front-matter/featured.png']) {
          expect(await csp(p), p).toBe(FILE_POLICY);
        }
        for (const p of ['/feed.xml', '/atom.xml', '/feed.json', '/robots.txt', '/sitemap.xml']) expect(await csp(p), p).toBe(STRICT_POLICY);
        const svg = await fetch(`${base}/posts/bundle-with-files/evil.svg`);
        expect(svg.headers.get('content-type')).toBe('image/svg+xml');
        expect(await svg.text()).not.toMatch(/script|onload|onmouseover|javascript|foreignObject|evil\.example/i);
      });
    });
  }
});

/**
 * Old paths, names and links (tests/fixtures/hostile: posts/old-paths.md, posts/inherited-names.mdx,
 * authors/constructor, and links to /etc). Next matches redirects before pages and without regard
 * to case, so an old path that is another address of the site would send its readers elsewhere:
 * every address the site serves, in other letters too, answers as itself.
 */
describe('old paths, names from content and links out, on the hostile site', () => {
  /** Addresses of the site that an old path could try to take, as the reader types them. */
  const VICTIMS = ['/tags', '/Tags', '/TAGS/', '/feed.xml', '/Feed.xml', '/pagefind/pagefind.js', '/Pagefind/pagefind.js', '/theme.js', '/Theme.js', '/og/site.png', '/Og/site.png', '/posts/raw-html', '/Posts/Raw-Html', '/icon.svg', '/ICON.SVG'];

  for (const mode of ['next start', 'static export under /blog']) {
    describe(mode, () => {
      const site = () => sites.find((s) => s.mode === mode)!;
      const slash = () => (mode.startsWith('static') ? '/' : '');

      it('every address of the site, in any letters, answers as itself, never as a redirect to the post with old paths', async () => {
        const { base } = site();
        for (const victim of VICTIMS) {
          const res = await fetch(`${base}${victim}`, { redirect: 'manual' });
          await res.arrayBuffer();
          // Another letter case may be a 404 (pages are matched exactly) or the slash's own redirect, never the post.
          expect(res.headers.get('location') ?? '', victim).not.toContain('old-paths');
          expect([200, 308, 301, 404], victim).toContain(res.status);
          // The address as the site writes it is the page or file itself.
          if (victim === victim.toLowerCase() && !victim.endsWith('/') && !/\.\w+$/.test(victim)) {
            const page = await fetch(`${base}${victim}${slash()}`);
            expect(page.status, victim).toBe(200);
          }
        }
      });

      it("the post's own old paths still lead to it", async () => {
        const { base } = site();
        const paths = mode.startsWith('static') ? ['/Old/Path-One/', '/Blog/Old-Paths/'] : ['/Old/Path-One', '/old/path-one', '/OLD/PATH-ONE/', '/blog/old-paths', '/2019/05/Caf%C3%A9-Evening.html'];
        for (const p of paths) {
          const res = await fetch(`${base}${p}`);
          const body = await res.text();
          expect(res.status, p).toBe(200);
          if (mode.startsWith('static')) expect(body, p).toContain(`url=${new URL(base).pathname}/posts/old-paths/`);
          else expect(res.url, p).toBe(`${base}/posts/old-paths`);
        }
      });

      it.runIf(mode === 'next start')('builds no redirect rule that matches an address the site serves, whatever its letters', async () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'routes-manifest.json'), 'utf8')) as { redirects: { regex: string; internal?: boolean; source: string }[] };
        const rules = manifest.redirects.filter((r) => !r.internal);
        expect(rules.some((r) => r.source.includes('old'))).toBe(true);
        const sitemap = await (await fetch(`${site().base}/sitemap.xml`)).text();
        const served = [...VICTIMS, ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)];
        expect(served.length).toBeGreaterThan(VICTIMS.length + 10);
        for (const p of served) {
          for (const variant of [p, p.toUpperCase(), p.toLowerCase()]) {
            expect(rules.filter((r) => new RegExp(r.regex, 'i').test(variant)).map((r) => r.source), variant).toEqual([]);
          }
        }
      });

      it('renders the pages of names every object answers to (constructor, __proto__, toString …)', async () => {
        const { base } = site();
        for (const p of ['/posts/inherited-names', '/tags/constructor', '/tags/proto', '/tags/tostring', '/tags/hasownproperty', '/tags/valueof', '/categories/constructor', '/series/proto', '/authors/constructor', '/authors/hasOwnProperty']) {
          const res = await fetch(`${base}${p}${slash()}`);
          expect(res.status, p).toBe(200);
          await res.arrayBuffer();
        }
        const post = await (await fetch(`${base}/posts/inherited-names${slash()}`)).text();
        expect(post.match(/class="callout callout-note"/g)).toHaveLength(3);
        expect(post).not.toMatch(/function Object\(\)|\[native code\]|\[object Object\]/);
        const author = await (await fetch(`${base}/authors/constructor${slash()}`)).text();
        expect(author).not.toMatch(/function Object\(\)|\[native code\]|\[object Object\]/);
      });

      it('publishes nothing a link points at: no post, profile, event, language or file from /etc', async () => {
        const { base } = site();
        for (const p of ['/posts/passwd', '/posts/etc', '/authors/root', '/nl', '/posts/bundle-with-files/hosts.png', '/authors/mallory/avatar.png']) {
          const res = await fetch(`${base}${p}${/\.\w+$/.test(p) ? '' : slash()}`);
          const body = await res.text();
          expect(res.status, p).toBe(404);
          expect(body, p).not.toMatch(OUTSIDE);
        }
        for (const p of ['/events', '/', '/authors', '/search']) {
          const body = await (await fetch(`${base}${p}${slash()}`)).text();
          expect(body, p).not.toMatch(OUTSIDE);
          expect(body, p).not.toContain('/posts/passwd');
        }
      });
    });
  }
});

/**
 * Comments, newsletter and analytics, as the hostile fixture turns them on (giscus, Buttondown,
 * Plausible), in both modes. Every request to those services is answered by the test itself
 * (page.route): nothing reaches the internet.
 */
describe('community services on the hostile site', () => {
  // Not raw-html: its pasted HTML nests blocks the parser re-nests, so React renders that page
  // again in the browser and the islands' `data-js` styles go with it.
  const POST = '/posts/mdx-vectors';
  const NO_COMMENTS = '/posts/front-matter';
  // Stands in for giscus's frame: shows the last theme message the page sent it.
  const GISCUS_FRAME = '<!doctype html><title>giscus</title><p id="theme">none</p><script>addEventListener("message",function(e){document.getElementById("theme").textContent=JSON.stringify(e.data)})</script>';
  // Stands in for giscus.app/client.js: puts the thread frame where the script is, as giscus does.
  const GISCUS_CLIENT = `(function(){var s=document.currentScript;var f=document.createElement('iframe');f.className='giscus-frame';f.title='Comments';f.src='https://giscus.app/widget?theme='+s.getAttribute('data-theme');s.after(f);})();`;

  /** A tab that answers the services locally and records what was asked of them, and every CSP violation. */
  async function servicesTab(options: { gpc?: boolean; dnt?: boolean; javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 600 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
    await context.addInitScript(({ gpc, dnt }) => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
      if (gpc) Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
      if (dnt) Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });
    }, { gpc: !!options.gpc, dnt: !!options.dnt });
    const requests: { url: string; method: string; body: string | null }[] = [];
    await context.route(THIRD_PARTY, (route) => {
      const req = route.request();
      requests.push({ url: req.url(), method: req.method(), body: req.postData() });
      const url = new URL(req.url());
      if (url.href === 'https://giscus.app/client.js') return route.fulfill({ contentType: 'text/javascript', body: GISCUS_CLIENT });
      if (url.host === 'giscus.app') return route.fulfill({ contentType: 'text/html', body: GISCUS_FRAME });
      if (url.host === 'plausible.io') return route.fulfill({ contentType: 'text/javascript', body: 'window.__plausible = document.currentScript.getAttribute("data-domain");' });
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Subscribed</title><p>Thanks</p>' });
    });
    const page = await context.newPage();
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    return { context, page, requests, violations };
  }

  const metaPolicy = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

  for (const mode of ['next start', 'static export under /blog']) {
    describe(mode, () => {
      const site = () => sites.find((s) => s.mode === mode)!;
      const at = (p: string) => `${site().base}${p}${mode.startsWith('static') ? '/' : ''}`;

      it('load the comments only when the reader scrolls to them, in the page theme and following the toggle, with no CSP violation', async () => {
        const { context, page, requests, violations } = await servicesTab({ gpc: true });
        await page.goto(at(POST));
        await page.waitForLoadState('networkidle');
        expect(requests).toEqual([]);
        const comments = page.getByRole('region', { name: 'Comments' });
        await comments.scrollIntoViewIfNeeded();
        const frame = comments.locator('iframe[src^="https://giscus.app/"]');
        await frame.waitFor();
        // The frame's element is there before its document is requested: wait for the request.
        await expect.poll(() => requests.map((r) => r.url)).toEqual(['https://giscus.app/client.js', 'https://giscus.app/widget?theme=light']);
        // The theme toggle switches the loaded thread too.
        await page.getByRole('button', { name: 'Dark theme' }).click();
        const thread = page.frameLocator('iframe[src^="https://giscus.app/"]').locator('#theme');
        await expect.poll(() => thread.textContent()).toBe(JSON.stringify({ giscus: { setConfig: { theme: 'dark' } } }));
        await expect(violations()).resolves.toEqual([]);
        await context.close();
      });

      it('reached by client-side navigation from a page without comments, the thread loads after a real page load', async () => {
        const { context, page, requests, violations } = await servicesTab({ gpc: true });
        await page.goto(at(''));
        const link = page.getByRole('link', { name: 'MDX that tries to run code' }).first();
        // Clicked before the home page has loaded its scripts, the link is a plain page load (CI did
        // that once): wait for them, and check below that the post came by client-side navigation.
        await page.waitForLoadState('networkidle');
        await hydrated(page);
        await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
        await link.click();
        const comments = page.getByRole('region', { name: 'Comments' });
        await comments.waitFor();
        await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);
        await comments.scrollIntoViewIfNeeded();
        // The thread would load within a frame of coming into view (its observer's margin is 200 px);
        // give it well over that. (Not networkidle: after a client-side navigation Playwright's
        // lifecycle events belong to the first document, and CI timed out on it twice.)
        await page.waitForTimeout(1500);
        // The home page's policy does not admit giscus, so nothing is tried (and nothing blocked),
        // and nothing has reloaded the page behind the reader's back.
        expect(requests).toEqual([]);
        await expect(page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).resolves.toBe(true);
        await comments.getByRole('button', { name: 'Show comments' }).click();
        await page.getByRole('region', { name: 'Comments' }).locator('iframe[src^="https://giscus.app/"]').waitFor();
        expect(new URL(page.url()).hash).toBe('#comments-heading');
        await expect(violations()).resolves.toEqual([]);
        await context.close();
      });

      it('without JavaScript, the comments are a link to the discussion and nothing is requested', async () => {
        const { context, page, requests } = await servicesTab({ javaScriptEnabled: false });
        await page.goto(at(POST));
        const link = page.getByRole('region', { name: 'Comments' }).getByRole('link', { name: 'Read and join the discussion on GitHub Discussions' });
        expect(await link.getAttribute('href')).toMatch(/^https:\/\/github\.com\/hostile-org\/blog\/discussions\?discussions_q=/);
        await expect(page.getByRole('button', { name: 'Show comments' }).isVisible()).resolves.toBe(false);
        expect(requests).toEqual([]);
        await context.close();
      });

      it('admit the comment service in the policy only on pages that show comments', async () => {
        const { context, page } = await servicesTab({ gpc: true });
        const response = await page.goto(at(POST));
        const header = response!.headers()['content-security-policy']!;
        expect(header).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://giscus.app;');
        expect(header).toContain("form-action 'self' https://buttondown.com;");
        expect(await metaPolicy(page)).toMatch(/script-src [^;]* https:\/\/plausible\.io https:\/\/giscus\.app; script-src-attr 'none'; frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/player\.vimeo\.com https:\/\/giscus\.app$/);
        for (const p of [NO_COMMENTS, '']) {
          await page.goto(at(p));
          await expect(page.getByRole('region', { name: 'Comments' }).count()).resolves.toBe(0);
          const meta = (await metaPolicy(page))!;
          expect(meta, p || '/').not.toContain('giscus.app');
          expect(meta, p || '/').toMatch(/; frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/player\.vimeo\.com$/);
        }
        await context.close();
      });

      it('the newsletter form posts the address to the provider, and /subscribe has the same form', async () => {
        const { context, page, requests, violations } = await servicesTab({ gpc: true });
        await page.goto(at('/subscribe'));
        const form = page.getByRole('region', { name: /img src=x/ });
        await expect(form.getByRole('link', { name: 'How we handle your email address' }).getAttribute('href')).resolves.toBe(new URL(at('/posts/raw-html')).pathname);
        await page.getByLabel('Email address').fill('ines@example.org');
        await page.getByRole('button', { name: 'Subscribe' }).click();
        await page.waitForURL('https://buttondown.com/**');
        expect(requests).toEqual([{ url: 'https://buttondown.com/api/emails/embed-subscribe/hostile-notes', method: 'POST', body: 'email=ines%40example.org' }]);
        await page.goto(at(POST));
        await expect(page.locator('form[action="https://buttondown.com/api/emails/embed-subscribe/hostile-notes"]').count()).resolves.toBe(1);
        await expect(violations()).resolves.toEqual([]);
        await context.close();
      });

      it('axe finds nothing in the newsletter and comments sections, in light and dark', async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          for (const p of [POST, '/subscribe']) {
            const { context, page } = await servicesTab({ gpc: true });
            await page.emulateMedia({ colorScheme });
            await page.goto(at(p));
            await page.waitForLoadState('networkidle');
            let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('section.newsletter');
            if (p === POST) axe = axe.include('section.comments');
            const { violations } = await axe.analyze();
            expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${p} ${colorScheme}`).toEqual([]);
            await context.close();
          }
        }
      });

      it('load the analytics script, but not with Global Privacy Control or Do Not Track', async () => {
        for (const [options, expected] of [[{}, ['https://plausible.io/js/script.js']], [{ gpc: true }, []], [{ dnt: true }, []]] as const) {
          const { context, page, requests, violations } = await servicesTab(options);
          await page.goto(at(NO_COMMENTS));
          await page.waitForLoadState('networkidle');
          expect(requests.map((r) => r.url), JSON.stringify(options)).toEqual(expected);
          if (expected.length) await expect(page.evaluate(() => (window as unknown as { __plausible?: string }).__plausible)).resolves.toBe('hostile.example.org');
          await expect(violations()).resolves.toEqual([]);
          await context.close();
        }
      });
    });
  }
});
