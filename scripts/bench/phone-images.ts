/**
 * What a phone downloads in pictures for one page: Debian's Chromium at a phone's width and pixel
 * density, scrolled to the end (so lazy pictures load too), counting the bytes of every image
 * response. For `npm run bench` (the large-image post); never part of a test's assertions.
 */
import { chromium } from 'playwright-core';

export interface PhoneImages {
  width: number;
  dpr: number;
  bytes: number;
  /** Each image the page loaded: path and bytes. */
  files: { path: string; bytes: number }[];
}

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function phoneImages(pageUrl: string, { width = 390, height = 844, dpr = 3 } = {}): Promise<PhoneImages> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const files: PhoneImages['files'] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'image') return;
      pending.push(
        res.body().then(
          (body) => void files.push({ path: new URL(res.url()).pathname, bytes: body.length }),
          () => undefined,
        ),
      );
    });
    await page.goto(pageUrl, { waitUntil: 'networkidle' });
    // Scroll through the page, as a reader does, so every lazy picture is fetched.
    for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += height / 2) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { width, dpr, bytes: files.reduce((n, f) => n + f.bytes, 0), files };
  } finally {
    await browser.close();
  }
}
