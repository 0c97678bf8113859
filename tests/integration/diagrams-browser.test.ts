/**
 * Diagrams as a reader's browser draws them: Debian's Chromium runs the site's own diagram code
 * (components/diagrams-runtime.ts, bundled here as the build bundles it) with the Mermaid build
 * the site serves, on a page of a made-up origin answered by the test itself (nothing reaches
 * the network). Hostile diagram sources, and hostile drawings handed straight to the cleaner,
 * must run nothing and navigate nowhere, even when every element of the drawing is clicked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePolicy } from '@/lib/security/headers';
import { launchBrowser } from '../e2e/browser';

const ORIGIN = 'https://blog.test';
const PAGE = `${ORIGIN}/posts/diagrams`;
let browser: Browser;
let runtime: string;

beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: "import { startDiagrams } from './components/diagrams-runtime'; import { cleanDiagramSvg } from './components/diagram-svg'; Object.assign(window, { startDiagrams, cleanDiagramSvg });",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': process.cwd() },
    logLevel: 'silent',
  });
  runtime = out.outputFiles[0]!.text;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** A page of the made-up site holding `figures` (diagram sources); records what a payload would. */
async function open(sources: string[]): Promise<{ context: BrowserContext; page: Page; left: string[]; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const left: string[] = [];
  const dialogs: string[] = [];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const figures = sources.map((s) => `<figure class="diagram" data-diagram="mermaid"><pre class="diagram-source"><code>${escape(s)}</code></pre></figure>`).join('\n');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The site's own page policy, as every page gets it.
    if (url === PAGE) return route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': pagePolicy() }, body: `<!doctype html><html><head><title>Diagrams</title><script src="/runtime.js"></script></head><body><main>${figures}</main></body></html>` });
    if (url === `${ORIGIN}/runtime.js`) return route.fulfill({ contentType: 'text/javascript', body: runtime });
    if (url === `${ORIGIN}/mermaid/mermaid.min.js`) return route.fulfill({ contentType: 'text/javascript', body: fs.readFileSync(path.resolve('node_modules/mermaid/dist/mermaid.min.js')) });
    if (url.startsWith(`${ORIGIN}/`)) return route.fulfill({ status: 404, body: 'not here' });
    left.push(url);
    return route.abort();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && f.url() !== PAGE) left.push(`navigated to ${f.url()}`);
  });
  await page.goto(PAGE);
  return { context, page, left, dialogs };
}

/** Everything in the page that would run, navigate or submit, and any payload that ran. */
const findings = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.localName;
      if (['script', 'meta', 'base', 'form', 'iframe', 'object', 'embed'].includes(tag) && el.closest('main')) found.push(`<${tag}>`);
      for (const attr of el.getAttributeNames()) {
        const value = (el.getAttribute(attr) ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (attr.startsWith('on')) found.push(`<${tag} ${attr}>`);
        if (/^(?:javascript|vbscript|data):/.test(value) && /href|src|action|data/.test(attr)) found.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
        if (tag === 'a' && /href/.test(attr) && new URL(el.getAttribute(attr)!, location.href).origin !== location.origin) found.push(`<a ${attr}="${value}">`);
      }
    }
    // Mermaid's scratch frame is gone once the drawings are in.
    for (const frame of document.querySelectorAll('iframe')) found.push(`<iframe src="${frame.getAttribute('src')}">`);
    const w = window as unknown as { __pwned?: string; __violations: string[] };
    return { found: [...found, ...w.__violations], pwned: w.__pwned ?? null };
  });

/** Clicks every element of every drawing, as a curious reader would (but for links to the site's own pages, which may go there). */
const clickEverything = (page: Page) =>
  page.evaluate(() => {
    const own = (el: Element) => {
      const a = el.closest('a');
      const href = a?.getAttribute('href') ?? a?.getAttribute('xlink:href');
      return !!href && new URL(href, location.href).origin === location.origin;
    };
    for (const el of document.querySelectorAll('.diagram-svg *')) if (!own(el)) el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  });

describe('diagrams in the browser', () => {
  it('a hostile drawing is cleaned before it enters the page', async () => {
    const { context, page, left, dialogs } = await open([]);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"><g class="node"><rect width="50" height="20"></rect>
      <foreignObject width="50" height="20"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel">Start</span><meta http-equiv="refresh" content="0;url=https://evil.example/meta"><base href="https://evil.example/"><form action="https://evil.example/"><button>go</button></form><iframe src="https://evil.example/frame"></iframe><object data="/x.swf"></object><embed src="/x.swf"><img src="/nothing.png" onerror="window.__pwned='diagram-img';alert('diagram-img')"><script>window.__pwned='diagram-script'</script></div></foreignObject></g>
      <a xlink:href="javascript:window.__pwned='diagram-link';alert(1)"><text y="40">js</text></a><a href="https://evil.example/away" target="_top"><text y="50">away</text></a><a xlink:href="//evil.example/"><text y="60">protocol-relative</text></a><a href="/posts/other"><text y="70">other post</text></a>
      <image href="data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20onload='alert(1)'/%3E"></image><g onclick="window.__pwned='diagram-onclick'"><text y="80">click</text></g><animate attributeName="href" to="javascript:alert(1)"></animate><set attributeName="xlink:href" to="javascript:alert(2)"></set></svg>`;
    const kept = await page.evaluate((s) => {
      const box = document.createElement('div');
      box.className = 'diagram-svg';
      box.append((window as unknown as { cleanDiagramSvg: (svg: string, at: string) => DocumentFragment }).cleanDiagramSvg(s, location.href));
      document.querySelector('main')!.append(box);
      return { html: box.innerHTML, links: [...box.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')) };
    }, svg);
    await clickEverything(page);
    await page.waitForTimeout(1500);
    expect(kept.html).toContain('<span class="nodeLabel">Start</span>');
    expect(kept.links).toEqual([null, null, null, '/posts/other']);
    // DOMPurify reads the drawing in an inert document of its own, which reports the `<base>` it
    // holds to the page's policy; nothing of it reaches the page.
    expect(await findings(page)).toEqual({ found: ['base-uri blocked https://evil.example/'], pwned: null });
    expect(await page.evaluate(() => document.baseURI)).toBe(PAGE);
    expect(dialogs).toEqual([]);
    expect(left).toEqual([]);
    expect(page.url()).toBe(PAGE);
    await context.close();
  });

  it('hostile diagram sources draw, and run nothing, whatever their settings ask', async () => {
    const sources = [
      // GHSA-7rqq-prvp-x9jh: a sequence label with math delimiters.
      'sequenceDiagram\n  Alice->>Bob: $$<img src=x onerror="window.__pwned=\'seq-math\';alert(1)">$$\n  Bob-->>Alice: $$\\\\text{<meta http-equiv=refresh content=0;url=https://evil.example/seq>}$$',
      // GHSA-8gwm-58g9-j8pw: architecture iconText.
      'architecture-beta\n  group api(cloud)[API]\n  service db(database)[Database] in api\n  service x(iconText:"<img src=x onerror=window.__pwned=\'arch\'>")[X] in api\n  junction j in api',
      // A meta refresh in a flowchart label, HTML labels on.
      'flowchart LR\n  A["<meta http-equiv=\'refresh\' content=\'0;url=https://evil.example/label\'>Start"] --> B["<base href=\'https://evil.example/\'>End"]',
      // Settings that ask for loose mode, callbacks and links out.
      "%%{init: {'securityLevel': 'loose', 'dompurifyConfig': {'ADD_TAGS': ['script', 'meta']}}}%%\nflowchart LR\n  A[Callback] --> B[Link] --> C[Script] --> D[Inside]\n  click A call alert('callback')\n  click B \"https://evil.example/click\" _blank\n  click C \"javascript:window.__pwned='click-js';alert(1)\"\n  click D \"/posts/other\"",
      '---\nconfig:\n  securityLevel: loose\n  htmlLabels: true\n---\nflowchart TD\n  A["<img src=x onerror=alert(\'front-matter\')>"] --> B\n  click A callback\n  click B href "javascript:alert(\'href\')"',
      'classDiagram\n  class Evil{\n    +payload() <img src=x onerror=alert(\'class\')>\n  }\n  click Evil href "https://evil.example/class"',
    ];
    const { context, page, left, dialogs } = await open(sources);
    await page.evaluate(() => (window as unknown as { startDiagrams: (src: string, failed: (e: string) => string) => void }).startDiagrams('/mermaid/mermaid.min.js', (e) => `Could not draw: ${e}`));
    await page.waitForFunction((n) => document.querySelectorAll('figure[data-rendered]').length === n, sources.length, { timeout: 60_000 });
    const rendered = await page.$$eval('figure', (fs) => fs.map((f) => f.getAttribute('data-rendered')));
    // Each is drawn (or, where Mermaid refuses the source, says so): none is left waiting.
    expect(rendered.filter((r) => r === 'true').length).toBeGreaterThanOrEqual(4);
    await clickEverything(page);
    await page.waitForTimeout(1500);
    expect(await findings(page)).toEqual({ found: [], pwned: null });
    expect(dialogs).toEqual([]);
    expect(left).toEqual([]);
    expect(page.url()).toBe(PAGE);
    // A click on a link to a page of the site still goes there.
    const inside = page.locator('.diagram-svg a[href="/posts/other"], .diagram-svg a[*|href="/posts/other"]');
    expect(await inside.count()).toBe(1);
    await context.close();
  }, 120_000);
});
