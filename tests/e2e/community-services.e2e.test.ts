/**
 * The other way to turn the community services on: utterances for comments, and a self-hosted
 * listmonk (newsletter) and Umami (analytics) that this test itself serves on 127.0.0.1 — a stand-in
 * that records what the reader's browser sends it. A small site is built in a copy of the project,
 * served by `next start` and, as a static export under /blog, by a plain file server. (The attack
 * suite, hostile.e2e.test.ts, covers giscus, Buttondown and Plausible the same way.)
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNext } from '../../scripts/next-server';
import { makeContent, post } from '../helpers/content';
import { copyProject, runIn } from '../helpers/project-copy';
import { launchBrowser } from './browser';
import { serveStatic } from './static-server';

const LIST = '5f1c2e9a-1b2c-4d3e-8f90-123456789abc';
const WEBSITE = '94db1cb1-74f4-4a40-ad6c-962362670409';
const POST = '/posts/first-meetup';

/** What the stand-in received: newsletter signups and analytics events, in order. */
const received: { path: string; method: string; body: string }[] = [];
let standIn: http.Server;
let standInOrigin: string;
let dir: string;
let content: string;
let browser: Browser;
const sites: { mode: string; base: string; stop: () => Promise<void> }[] = [];

/** listmonk's public form endpoint and Umami's script and collector, as far as a page uses them. */
function serveStandIn(port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/script.js') {
        // Umami's script: one page view, sent where its own attributes say.
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(`(function(){var s=document.currentScript;fetch(${JSON.stringify(`http://127.0.0.1:${port}`)}+'/api/send',{method:'POST',body:JSON.stringify({website:s.getAttribute('data-website-id'),url:location.pathname})});})();`);
        return;
      }
      received.push({ path: url.pathname, method: req.method ?? '', body });
      if (url.pathname === '/api/send') {
        res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Subscribed</title><p>Check your inbox.</p>');
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  const port = await freePort();
  standIn = await serveStandIn(port);
  standInOrigin = `http://127.0.0.1:${port}`;
  content = makeContent({
    'site.yaml': [
      'title: Riverside Makers',
      'description: Notes from our repair cafés',
      'url: https://makers.example.org',
      'language: en',
      'timezone: UTC',
      'comments:',
      '  provider: utterances',
      '  repo: riverside-makers/blog',
      'newsletter:',
      '  provider: listmonk',
      `  url: ${standInOrigin}`,
      `  list: ${LIST}`,
      '  privacy_url: /posts/how-we-handle-addresses',
      'analytics:',
      '  provider: umami',
      `  website_id: ${WEBSITE}`,
      `  origin: ${standInOrigin}`,
      '',
    ].join('\n'),
    'posts/first-meetup.md': post('title: Our first repair café\ndate: 2024-03-02\ntags: [repair]', `\nTwelve lamps, three toasters and a bicycle went home working.\n${'\nEach table had a fixer and a volunteer who wrote down what broke and why, so that the next café knows which parts to bring.\n'.repeat(40)}`),
    'posts/how-we-handle-addresses.md': post('title: How we handle your address\ndate: 2024-03-01\ncomments: false', '\nWe keep it in our own listmonk and nowhere else.\n'),
  });
  dir = copyProject('blog-services-');
  const env = { ...process.env, CONTENT_DIR: content, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '', STATIC_EXPORT: '', NEXT_DIST_DIR: '' };
  // The export first (to out/), then the build for next start (in .next): neither rewrites what a server reads.
  runIn(dir, { ...env, STATIC_EXPORT: '1', BASE_PATH: '/blog' }, 'build');
  runIn(dir, env, 'build');
  const server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
  sites.push({ mode: 'next start', base: server.baseUrl, stop: server.stop });
  const stat = await serveStatic(path.join(dir, 'out'), '/blog', await freePort());
  sites.push({ mode: 'static export under /blog', base: `${stat.url}/blog`, stop: stat.close });
  browser = await launchBrowser();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  for (const s of sites) await s.stop();
  await new Promise((resolve) => standIn?.close(resolve));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  if (content) fs.rmSync(content, { recursive: true, force: true });
});

/** A tab that answers utterances itself and records what was asked of it, and every CSP violation. */
async function servicesTab(options: { dnt?: boolean; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 700 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  await context.addInitScript((dnt) => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    if (dnt) Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });
  }, !!options.dnt);
  const utterances: string[] = [];
  await context.route(/^https:\/\/utteranc\.es\//, (route) => {
    utterances.push(route.request().url());
    if (route.request().url() === 'https://utteranc.es/client.js') {
      // Stands in for utterances' client: puts its frame where the script is, as utterances does.
      return route.fulfill({ contentType: 'text/javascript', body: "(function(){var s=document.currentScript;var f=document.createElement('iframe');f.className='utterances-frame';f.title='Comments';f.src='https://utteranc.es/utterances.html?theme='+s.getAttribute('theme');s.after(f);})();" });
    }
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>utterances</title><p>No comments yet</p>' });
  });
  const elsewhere: string[] = [];
  const page = await context.newPage();
  page.on('request', (req) => {
    const host = new URL(req.url()).hostname;
    if (host !== '127.0.0.1' && host !== 'utteranc.es') elsewhere.push(req.url());
  });
  const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { context, page, utterances, elsewhere, violations };
}

describe('utterances, a self-hosted listmonk and Umami', () => {
  for (const mode of ['next start', 'static export under /blog']) {
    describe(mode, () => {
      const at = (p: string) => `${sites.find((s) => s.mode === mode)!.base}${p}${mode.startsWith('static') ? '/' : ''}`;

      it('the newsletter form posts the address and the list to the local listmonk, from a post and from /subscribe', async () => {
        for (const p of [POST, '/subscribe']) {
          received.length = 0;
          const { context, page, elsewhere, violations } = await servicesTab({ dnt: true });
          await page.goto(at(p));
          const signup = page.getByRole('region', { name: 'Newsletter' });
          await expect(signup.getByRole('link', { name: 'How we handle your email address' }).getAttribute('href')).resolves.toBe(new URL(at('/posts/how-we-handle-addresses')).pathname);
          await signup.getByLabel('Email address').fill('ines@example.org');
          await expect(violations()).resolves.toEqual([]);
          await signup.getByRole('button', { name: 'Subscribe' }).click();
          await page.waitForURL(`${standInOrigin}/subscription/form`);
          await page.getByText('Check your inbox.').waitFor();
          expect(received, p).toEqual([{ path: '/subscription/form', method: 'POST', body: `email=ines%40example.org&l=${LIST}` }]);
          expect(elsewhere).toEqual([]);
          await context.close();
        }
      });

      it('counts a page view with the local Umami, but not for a reader who sends Do Not Track', async () => {
        for (const dnt of [false, true]) {
          received.length = 0;
          const { context, page, violations } = await servicesTab({ dnt });
          await page.goto(at(POST));
          await page.waitForLoadState('networkidle');
          const expected = dnt ? [] : [{ path: '/api/send', method: 'POST', body: JSON.stringify({ website: WEBSITE, url: new URL(at(POST)).pathname }) }];
          await expect.poll(() => received.length, { timeout: 5_000 }).toBe(expected.length);
          expect(received, `dnt ${dnt}`).toEqual(expected);
          await expect(violations()).resolves.toEqual([]);
          await context.close();
        }
      });

      it('loads the utterances thread when the reader reaches it, in the page theme, and links to it without JavaScript', async () => {
        const { context, page, utterances, violations } = await servicesTab({ dnt: true });
        await page.goto(at(POST));
        await page.waitForLoadState('networkidle');
        expect(utterances).toEqual([]);
        const comments = page.getByRole('region', { name: 'Comments' });
        await comments.scrollIntoViewIfNeeded();
        await comments.locator('iframe[src^="https://utteranc.es/"]').waitFor();
        // The frame's element is there before its document is requested: wait for the request.
        await expect.poll(() => [...utterances]).toEqual(['https://utteranc.es/client.js', 'https://utteranc.es/utterances.html?theme=github-light']);
        await expect(violations()).resolves.toEqual([]);
        await context.close();
        const noJs = await servicesTab({ javaScriptEnabled: false });
        await noJs.page.goto(at(POST));
        const link = noJs.page.getByRole('region', { name: 'Comments' }).getByRole('link');
        await expect(link.getAttribute('href')).resolves.toMatch(/^https:\/\/github\.com\/riverside-makers\/blog\/issues\?q=/);
        expect(noJs.utterances).toEqual([]);
        await noJs.context.close();
      });

      it('axe finds nothing on a post with comments and the signup form, in light and dark', async () => {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { context, page } = await servicesTab({ dnt: true });
          await page.emulateMedia({ colorScheme });
          await page.goto(at(POST));
          await page.getByRole('region', { name: 'Comments' }).scrollIntoViewIfNeeded();
          await page.waitForLoadState('networkidle');
          const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('iframe').analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
          await context.close();
        }
      });
    });
  }
});
