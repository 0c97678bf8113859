/**
 * The README's screenshots: the home page and the launch post, light and dark (the site follows
 * the system's colour scheme), in Debian's Chromium against a running `npm start`.
 * `npx tsx scripts/screenshots.ts [http://127.0.0.1:3000]` writes docs/screenshots/*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
const OUT = path.join('docs', 'screenshots');
const PAGES = { home: '/', post: '/posts/what-does-it-take-to-build-a-community' };

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
fs.mkdirSync(OUT, { recursive: true });
for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [name, route] of Object.entries(PAGES)) {
    await page.goto(`${base}${route}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`) });
    console.log(`docs/screenshots/${name}-${scheme}.png`);
  }
  await context.close();
}
await browser.close();
