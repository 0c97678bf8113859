/**
 * The browser editor, end to end, offline, with no terminal step between: `npm run edit` over a
 * copy of content/, driven in Chromium like a community manager would. A post with a Drivers
 * block, an uploaded image, two tags and an event is written, previewed, saved into its own page
 * bundle, and then built by `next build` into a page with its drivers and its event card. A date
 * the check refuses is shown beside the field in the check's words and nothing is written.
 * Starts its own servers: .ci/run runs it once, outside the static-export passes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '@/lib/content';
import { loadSite } from '@/lib/content/site';
import { adminPolicy } from '@/lib/editor/admin-page';
import { readEntry } from '@/lib/editor/roundtrip';
import { checkEntry } from '@/lib/editor/validate';
import { formatProblem } from '@/lib/content/errors';
import { launchBrowser, openTab } from './browser';
import { freePort, startNext, waitFor, type Server } from '../../scripts/next-server';
import { copyProject, runIn } from '../helpers/project-copy';
import { serveStatic, type StaticServer } from './static-server';

const EDITOR_SETTINGS = `editor:
  enabled: true
  backend:
    name: github
    repo: our-org/community-blog
    base_url: https://auth.example.org
`;

let work: string;
let root: string;
let editor: ChildProcess;
let editorLog = '';
let editorUrl: string;
let browser: Browser;

/** A small PNG (a blue rectangle), written the way a camera app would hand it over: a real file. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [40, 120, 200]).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-editor-'));
  root = path.join(work, 'content');
  fs.cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  fs.writeFileSync(path.join(work, 'whiteboard.png'), png(64, 40));
  // The hosted editor too, on GitHub through an OAuth proxy of the site's own: the build below
  // serves /admin. `npm run edit` ignores the backend (it writes into the folder).
  fs.appendFileSync(path.join(root, 'site.yaml'), `\n${EDITOR_SETTINGS}`);
  const port = await freePort();
  editor = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/edit.ts'], {
    env: { ...process.env, CONTENT_DIR: root, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  editor.stdout!.on('data', (d: Buffer) => (editorLog += d.toString()));
  editor.stderr!.on('data', (d: Buffer) => (editorLog += d.toString()));
  editorUrl = `http://127.0.0.1:${port}/admin/`;
  await waitFor(editorUrl, editor, () => editorLog, 120);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  editor?.kill('SIGTERM');
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function openNewPost(page: Page) {
  await page.goto(`${editorUrl}#/collections/posts/new`);
  // The local backend's sign-in is one button: no account, no password.
  await page.getByRole('button', { name: /login/i }).click();
  await page.locator('[data-check-field="title"] input').waitFor();
}

const field = (page: Page, name: string) => page.locator(`[data-check-field="${name}"]`);

/** Opens a group of fields the form shows folded (the event, the featured image settings). */
async function unfold(page: Page, name: string) {
  await page.locator(`div[aria-label="object field"]:has(> div > label[for^="${name}-field"])`).locator('button').first().click();
}

async function addBlock(page: Page, label: string) {
  await field(page, 'body').locator('button[title="Add Component"]').first().click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();
}

describe('the browser editor (npm run edit)', () => {
  it('writes a new post with a Drivers block, an image, two tags and an event into its own folder, previewed in our components', async () => {
    const { page, errors } = await openTab(browser);
    await openNewPost(page);
    await field(page, 'title').locator('input').fill('Our spring workshop');
    await field(page, 'date').locator('input').fill('2026-04-02');
    await field(page, 'tags').locator('input').fill('workshops, onboarding');
    await unfold(page, 'event');
    await field(page, 'event.start').locator('input').fill('2026-05-14T18:30');
    await field(page, 'event.location').locator('input').fill('Library, Room 2');

    const body = field(page, 'body').locator('[contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('We met on a rainy Thursday.');
    await page.keyboard.press('Enter');
    await addBlock(page, 'Drivers');
    await page.getByLabel('Heading (optional)').fill('What brought people in');
    await field(page, 'body').locator('[contenteditable="true"] [contenteditable="true"]').first().click();
    await page.keyboard.type('A friend asked them to come along');
    await addBlock(page, 'Event card');
    await addBlock(page, 'Figure');
    await page.getByRole('button', { name: /choose an image/i }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(work, 'whiteboard.png'));
    await page.getByRole('button', { name: /choose selected/i }).click();
    await page.getByLabel('Description (alt text) (optional)').fill('The whiteboard after the workshop');

    // The preview is the page as the blog renders it: our Drivers section and event card, light and dark.
    // Decap's preview pane is a frame; ours are the two frames inside it.
    const pane = page.frameLocator('iframe#preview-pane');
    const light = pane.frameLocator('iframe[data-preview="light"]');
    await expect.poll(() => light.locator('h1').textContent(), { timeout: 20_000 }).toBe('Our spring workshop');
    await expect.poll(() => light.locator('section').filter({ hasText: 'What brought people in' }).count(), { timeout: 20_000 }).toBe(1);
    expect(await light.locator('text=A friend asked them to come along').count()).toBe(1);
    expect(await light.locator('text=Library, Room 2').count()).toBeGreaterThan(0);
    expect(await pane.locator('iframe[data-preview="dark"]').count()).toBe(1);
    expect(await pane.frameLocator('iframe[data-preview="dark"]').locator('html').getAttribute('data-theme')).toBe('dark');

    await publish(page);
    const bundle = path.join(root, 'posts', 'our-spring-workshop');
    await expect.poll(() => fs.existsSync(path.join(bundle, 'index.mdx')), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => fs.existsSync(path.join(bundle, 'whiteboard.png')), { timeout: 20_000 }).toBe(true);
    expect(fs.readFileSync(path.join(bundle, 'whiteboard.png')).equals(fs.readFileSync(path.join(work, 'whiteboard.png')))).toBe(true);

    const raw = fs.readFileSync(path.join(bundle, 'index.mdx'), 'utf8');
    const entry = readEntry(raw);
    expect(entry.data.title).toBe('Our spring workshop');
    expect(entry.data.tags).toEqual(['workshops', 'onboarding']);
    expect(entry.data.event).toMatchObject({ start: '2026-05-14T18:30', location: 'Library, Room 2' });
    expect(entry.body).toContain('<Drivers title="What brought people in">\n\nA friend asked them to come along\n\n</Drivers>');
    expect(entry.body).toContain('<Event />');
    expect(entry.body).toContain('<Figure src="./whiteboard.png" alt="The whiteboard after the workshop" />');
    // Valid as `npm run check` sees it: no problem at all in the new file.
    const index = buildIndex(root, true);
    expect(index.problems.filter((p) => p.file.includes('our-spring-workshop'))).toEqual([]);
    expect(index.everyPost.find((p) => p.slug === 'our-spring-workshop')?.event?.location).toBe('Library, Room 2');
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows the check’s words beside a date it refuses, and writes nothing', async () => {
    const { page } = await openTab(browser);
    await openNewPost(page);
    await field(page, 'title').locator('input').fill('A date that does not exist');
    await field(page, 'date').locator('input').fill('2026-02-30');
    const file = 'posts/a-date-that-does-not-exist/index.mdx';
    const shown = field(page, 'date').locator('.check-problems li');
    await expect.poll(() => shown.count(), { timeout: 20_000 }).toBe(1);
    const text = (await shown.textContent())!;
    // The same line `npm run check` prints for this file, word for word.
    expect(text).toContain('content/posts/a-date-that-does-not-exist/index.mdx:');
    expect(text).toContain('date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found');
    expect(text).toContain('2026-02-30');
    expect((await checkEntry(root, file, `---\ntitle: x\ndate: 2026-02-30\n---\n`)).problems.map((p) => formatProblem({ ...p, file: `content/${file}` }).replace(/:\d+ /, ' '))).toContain(
      text.replace(/:\d+ /, ' '),
    );
    await publish(page);
    await page.waitForTimeout(2000);
    expect(fs.existsSync(path.join(root, 'posts', 'a-date-that-does-not-exist'))).toBe(false);
    await page.context().close();
  }, 120_000);

  describe('then `npm run build` of that content', () => {
    let dir: string;
    let server: Server | undefined;
    let exported: StaticServer | undefined;
    beforeAll(async () => {
      dir = copyProject('blog-editor-build-');
      const env = { ...process.env, CONTENT_DIR: root, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '', STATIC_EXPORT: '', NEXT_DIST_DIR: '' };
      // The static export first (out/), then the build next start serves (.next).
      runIn(dir, { ...env, STATIC_EXPORT: '1' }, 'build');
      runIn(dir, env, 'build');
      server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
      exported = await serveStatic(path.join(dir, 'out'), '', await freePort());
    }, 900_000);
    afterAll(async () => {
      await server?.stop();
      await exported?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it("serves /admin/ from a static export with the same headers, from the export's _headers, and the editor comes up", async () => {
      const policy = adminPolicy(loadSite(root, []).editor!);
      for (const file of ['', 'editor.js', 'config.json', 'decap-cms.js']) {
        const res = await fetch(`${exported!.url}/admin/${file}`);
        expect(res.status, file).toBe(200);
        expect(res.headers.get('content-security-policy'), file).toBe(policy);
        expect(res.headers.get('x-robots-tag'), file).toBe('noindex, nofollow');
      }
      // The page is the editor's, untouched by the pages' postbuild (no second policy in a meta tag).
      expect(await (await fetch(`${exported!.url}/admin/`)).text()).not.toContain('http-equiv="Content-Security-Policy"');
      const { page, errors } = await openTab(browser);
      await page.goto(`${exported!.url}/admin/`);
      await page.getByRole('button', { name: /login with github/i }).waitFor({ timeout: 30_000 });
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
      await page.context().close();
    }, 60_000);

    it('serves /admin with its own headers: noindex, its own policy naming only GitHub, nothing from a CDN', async () => {
      const site = loadSite(root, []);
      const editorSettings = site.editor!;
      const res = await fetch(`${server!.baseUrl}/admin`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      const policy = res.headers.get('content-security-policy')!;
      expect(policy).toBe(adminPolicy(editorSettings));
      expect(policy).toContain("connect-src 'self' blob: https://api.github.com");
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
      // Every script of the page is ours, from this origin.
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts).toEqual(['/admin/editor.js']);
      for (const file of ['editor.js', 'decap-cms.js', 'config.json']) {
        const r = await fetch(`${server!.baseUrl}/admin/${file}`);
        expect(r.status, file).toBe(200);
        expect(r.headers.get('content-security-policy'), file).toBe(policy);
      }
      const config = (await (await fetch(`${server!.baseUrl}/admin/config.json`)).json()) as { backend: { name: string; repo: string; base_url: string } };
      expect(config.backend).toMatchObject({ name: 'github', repo: 'our-org/community-blog', base_url: 'https://auth.example.org' });
      const robots = await (await fetch(`${server!.baseUrl}/robots.txt`)).text();
      expect(robots).toContain('Disallow: /admin');

      // In Chromium, the editor comes up (its sign-in page) with every request to this origin.
      const { page, errors } = await openTab(browser);
      const origins = new Set<string>();
      page.on('request', (r) => {
        if (!r.url().startsWith('data:') && !r.url().startsWith('blob:')) origins.add(new URL(r.url()).origin);
      });
      await page.goto(`${server!.baseUrl}/admin`);
      await page.getByRole('button', { name: /login with github/i }).waitFor({ timeout: 30_000 });
      expect([...origins]).toEqual([new URL(server!.baseUrl).origin]);
      expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
      await page.context().close();
    }, 60_000);

    it('renders the post with its drivers, its event card and its image', async () => {
      const res = await fetch(`${server!.baseUrl}/posts/our-spring-workshop`);
      expect(res.status).toBe(200);
      const { page } = await openTab(browser);
      await page.goto(`${server!.baseUrl}/posts/our-spring-workshop`);
      expect(await page.locator('h1').textContent()).toBe('Our spring workshop');
      expect(await page.locator('section').filter({ hasText: 'What brought people in' }).filter({ hasText: 'A friend asked them to come along' }).count()).toBe(1);
      expect(await page.getByText('Library, Room 2').count()).toBeGreaterThan(0);
      expect(await page.getByRole('link', { name: 'workshops' }).count()).toBeGreaterThan(0);
      const img = page.locator('img[alt="The whiteboard after the workshop"]');
      expect(await img.count()).toBe(1);
      expect(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      await page.context().close();
    }, 60_000);
  });
});
