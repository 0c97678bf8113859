/**
 * The example post that uses math, a diagram, callouts, code blocks and a series, as a visitor
 * gets it: with JavaScript (copy, diagram, reading position) and without (the fallbacks), axe in
 * both themes, no CSP violation; and a post without math or diagrams loading none of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openTab, url } from './browser';

const POST = '/posts/measuring-a-workshop';
const SOURCE = fs.readFileSync('content/posts/measuring-a-workshop.mdx', 'utf8');
/** The TypeScript block as the editor wrote it: what Copy must put on the clipboard. */
const TS_CODE = /```ts [^\n]*\n([^]*?)```/.exec(SOURCE)![1]!;
const DIAGRAM_FIRST_LINE = /```mermaid\n([^\n]*)/.exec(SOURCE)![1]!;
const LAUNCH = '/posts/what-does-it-take-to-build-a-community';

const browser = useBrowser();

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function drawnDiagram(page: Page) {
  const figure = page.locator('figure[data-diagram="mermaid"]');
  await figure.scrollIntoViewIfNeeded();
  await page.locator('figure[data-diagram="mermaid"][data-rendered="true"] .diagram-svg svg').waitFor({ timeout: 20_000 });
  return figure;
}

describe('a post with math, a diagram, callouts and code', () => {
  it('copies a code block to the clipboard without its line numbers', async () => {
    const { page, context, errors } = await openTab(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    await page.goto(url(POST));
    const block = page.locator('figure.code-figure', { hasText: 'scripts/returning.ts' });
    await expect(block.locator('.code-line-highlighted').count()).resolves.toBe(3);
    const button = block.getByRole('button', { name: 'Copy' });
    await button.click();
    await block.getByRole('button', { name: 'Copied' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(TS_CODE.replace(/\n$/, ''));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the diagram, in the colours of the theme', async () => {
    const fills: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context, errors } = await openTab(browser(), { colorScheme });
      await page.goto(url(POST));
      const figure = await drawnDiagram(page);
      await expect(figure.locator('svg').textContent()).resolves.toContain('Follow-up within a week');
      fills.push(await figure.locator('svg .node rect, svg .node polygon').first().evaluate((el) => getComputedStyle(el).fill));
      expect(errors).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/writing-post-${colorScheme}.png`, fullPage: true });
      await context.close();
    }
    expect(fills[0]).not.toBe(fills[1]);
  });

  it('redraws the diagram when the visitor switches the theme', async () => {
    const { page, context, errors } = await openTab(browser(), { colorScheme: 'light' });
    await page.goto(url(POST));
    const figure = await drawnDiagram(page);
    const node = () => figure.locator('svg .node rect, svg .node polygon').first().evaluate((el) => getComputedStyle(el).fill);
    const before = await node();
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.waitForFunction((old) => {
      const el = document.querySelector('figure[data-diagram] svg .node rect, figure[data-diagram] svg .node polygon');
      return el && getComputedStyle(el).fill !== old;
    }, before);
    expect(await node()).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('typesets math with the stylesheet and fonts the site serves itself', async () => {
    const { page, context, errors } = await openTab(browser());
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(url(POST));
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.katex').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.locator('.math-display math[display="block"]').count()).resolves.toBe(1);
    // KaTeX's own font, loaded from this origin.
    await expect(page.locator('.katex .mathnormal').first().evaluate((el) => getComputedStyle(el).fontFamily)).resolves.toContain('KaTeX_Math');
    await expect(page.evaluate(() => document.fonts.check('1em KaTeX_Math'))).resolves.toBe(true);
    const origin = new URL(url('/')).origin;
    expect(requested.filter((r) => !r.startsWith(origin))).toEqual([]);
    // Cut to the characters of the site's math (lib/build/katex-subset.ts), each under a versioned URL.
    const fonts = requested.filter((r) => /\/katex\/fonts\/KaTeX_[\w-]+\.woff2\?v=[0-9a-f]{10}$/.test(r));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      const served = (await (await fetch(font)).arrayBuffer()).byteLength;
      const whole = fs.statSync(path.join('node_modules/katex/dist/fonts', new URL(font).pathname.split('/').pop()!)).size;
      expect(served, font).toBeLessThan(whole / 2);
    }
    // A price in the prose stays text.
    await expect(page.getByText('a paid ticket of $5 or $10').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('highlights the table of contents entry of the section being read', async () => {
    const { page, context, errors } = await openTab(browser());
    await page.goto(url(POST));
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    const current = toc.locator('a[aria-current="location"]');
    for (const heading of ['Counting who came back', 'From signup to follow-up', 'What we no longer measure']) {
      await page.getByRole('heading', { level: 2, name: heading }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForFunction((want) => document.querySelector('nav.toc a[aria-current="location"]')?.textContent === want, heading);
      await expect(current.count()).resolves.toBe(1);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => !document.querySelector('nav.toc a[aria-current]'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the series and related posts', async () => {
    const { page, context } = await openTab(browser());
    await page.goto(url(POST));
    const series = page.getByRole('navigation', { name: 'Series: Workshop playbook' });
    await expect(series.textContent()).resolves.toContain('Part 2 of 2 in the series Workshop playbook');
    await series.getByRole('link', { name: 'Running a hybrid workshop without losing the remote half' }).waitFor();
    // Up to three, each sharing a tag or a category (the launch post shares the workshop tag).
    const related = page.getByRole('region', { name: 'Related posts' });
    const titles = await related.getByRole('link').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThanOrEqual(3);
    expect(titles).toContain('What does it take to build a community?');
    expect(titles).not.toContain('Measuring a workshop without losing the people in it');
    await series.getByRole('link', { name: 'Workshop playbook' }).click();
    await page.waitForURL(url('/series/workshop-playbook'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Workshop playbook');
    await expect(page.locator('main ol > li a').allTextContents()).resolves.toEqual([
      'Running a hybrid workshop without losing the remote half',
      'Measuring a workshop without losing the people in it',
    ]);
    await context.close();
  });

  it('works without JavaScript: the diagram as source, no Copy button, math, plain table of contents', async () => {
    const { page, context } = await openTab(browser(), { javaScriptEnabled: false });
    await page.goto(url(POST));
    const source = page.locator('figure[data-diagram="mermaid"] pre.diagram-source');
    await expect(source.isVisible()).resolves.toBe(true);
    await expect(source.textContent()).resolves.toContain(DIAGRAM_FIRST_LINE);
    await expect(page.getByRole('button', { name: 'Copy' }).count()).resolves.toBe(0);
    await expect(page.locator('.katex').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.getByRole('navigation', { name: 'Table of contents' }).getByRole('link').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.locator('nav.toc a[aria-current]').count()).resolves.toBe(0);
    for (const label of ['Note', 'Tip', 'Warning', 'Important', 'Caution']) await expect(page.getByRole('note', { name: label }).count()).resolves.toBe(1);
    await page.screenshot({ path: 'test-results/screenshots/writing-post-no-js.png', fullPage: true });
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme, diagram drawn', async (colorScheme) => {
    const { page, context, errors } = await openTab(browser(), { colorScheme });
    await page.goto(url(POST));
    await drawnDiagram(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads no KaTeX and no Mermaid on a post without math or diagrams', async () => {
    // The page itself names neither (its HTML and its RSC payload).
    expect(await (await fetch(url(LAUNCH))).text()).not.toMatch(/katex|mermaid/i);
    const { page, context } = await openTab(browser());
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(url(LAUNCH));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // Next.js prefetches the pages of visible links with their resource hints, as it does their
    // images: the newer post has math, so its stylesheet may be preloaded (never applied); its
    // fonts and Mermaid are never fetched.
    expect(requested.filter((p) => /mermaid|katex\/fonts/i.test(p)), requested.join('\n')).toEqual([]);
    await expect(page.locator('link[rel="stylesheet"][href*="katex"], script[src*="mermaid"]').count()).resolves.toBe(0);
    await context.close();
  });
});
