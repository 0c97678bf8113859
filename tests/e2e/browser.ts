import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { addTrailingSlash } from '@/lib/routes/urls';
import { CHROMIUM, CHROMIUM_ARGS } from '../../scripts/chromium';

export { CHROMIUM, CHROMIUM_ARGS };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export const baseUrl = (): string => inject('baseUrl');

/** `next` (next start) or `static` (out/ behind a plain file server). */
export const target = () => inject('target');

/**
 * Absolute URL of a site path on the server under test, as the site itself links to it: base path
 * in front, and a trailing slash on pages of the static export (`/posts/x/`).
 */
export function url(pathname: string): string {
  if (inject('trailingSlash')) return `${baseUrl()}${addTrailingSlash(pathname)}`;
  return pathname === '/' && inject('basePath') ? baseUrl() : `${baseUrl()}${pathname}`;
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed page requests seen so far. */
  errors: string[];
}

/** A page in its own context (axe needs one), recording console errors and page errors. */
export async function openTab(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    // "Failed to load resource" says which resource only in its location.
    if (msg.type() === 'error') errors.push(msg.location().url ? `${msg.text()} (${msg.location().url})` : msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/**
 * One Chromium for the tests of a file: launched before them, closed after them. Returns a getter
 * because the browser exists only once the hooks have run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    fs.mkdirSync('test-results/screenshots', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is not launched yet (call it at the top of the file)');
    return browser;
  };
}

/**
 * Waits until React has hydrated the page: its scripts come after the first paint
 * (lib/build/paint-first.ts), so the `load` event no longer implies it. A click before then is a plain
 * page load, as it is for a visitor who clicks that early.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const link = document.querySelector('header a[href]');
    return !!link && Object.keys(link).some((key) => key.startsWith('__reactProps$'));
  });
}

/**
 * Holds the page's chunk scripts until `release()` is called: the page shows the server's HTML,
 * as it does before it hydrates (navigate with `waitUntil: 'domcontentloaded'`; `load` waits for
 * the held scripts).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/[^/?]+\.js(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
