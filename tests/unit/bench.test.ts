import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { parseArgs } from '@/scripts/bench';
import { generateContent, pngImage } from '@/scripts/bench/generate';
import { paintFirst } from '@/lib/build/paint-first';
import { pageWeight, scriptRefs } from '@/scripts/bench/page-weight';
import { parseStat, treeRss } from '@/scripts/bench/process-tree';
import { problemsPerPost } from '@/scripts/check/parallel';
import { postProblems } from '@/scripts/check-content';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the benchmark content', () => {
  it('is a valid blog: every post loads and compiles without a problem, with images, events and drafts', { timeout: 60_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
    dirs.push(dir);
    const root = path.join(dir, 'content');
    const made = generateContent({ count: 120, dir: root });
    const { posts, problems, authors } = loadContent({ root, includeDrafts: true });
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(120);
    expect(made.drafts).toBe(posts.filter((p) => p.draft).length);
    expect(made.drafts).toBeGreaterThan(0);
    expect(made.events).toBe(posts.filter((p) => p.data.event).length);
    expect(made.events).toBeGreaterThan(0);
    expect(posts.filter((p) => p.body.includes('<Event />'))).toHaveLength(made.events);
    expect(posts.filter((p) => p.featuredImage?.width === 240)).toHaveLength(made.bundles);
    expect([...authors.values()].every((a) => a.hasProfile && a.avatar)).toBe(true);
    // Realistic length, and the community components and code in the bodies.
    const words = posts.map((p) => p.body.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThan(500);
    expect(Math.max(...words)).toBeLessThan(2500);
    expect(posts.every((p) => p.body.includes('<Drivers'))).toBe(true);
    expect(posts.some((p) => p.body.includes('```'))).toBe(true);
    const compiled = await problemsPerPost(posts, postProblems, 1);
    expect(compiled.flat()).toEqual([]);
  });

  it('is the same for the same number of posts, and refuses a folder that is not empty', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
    dirs.push(a, b);
    generateContent({ count: 5, dir: a });
    generateContent({ count: 5, dir: b });
    const read = (d: string) => fs.readFileSync(path.join(d, 'posts', 'session-00002.mdx'), 'utf8');
    expect(read(a)).toBe(read(b));
    expect(() => generateContent({ count: 5, dir: a })).toThrow('is not empty');
  });

  it('writes real PNG files of the size asked for', () => {
    const png = pngImage(160, 90, [0, 0, 0], [255, 255, 255]);
    expect(imageSize(png)).toMatchObject({ width: 160, height: 90, type: 'png' });
  });
});

describe('measuring a page', () => {
  const html =
    '<html><head><script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>' +
    '<script src="/_next/static/chunks/poly.js" noModule=""></script></head><body><script>self.__next_f.push([1,"x"])</script>' +
    '<script type="application/ld+json">{"a":1}</script><script src="/_next/static/chunks/a.js" async=""></script></body></html>';

  it('counts each script file once, and legacy nomodule polyfills apart', () => {
    expect(scriptRefs(html)).toEqual([
      { src: '/_next/static/chunks/a.js', noModule: false },
      { src: '/_next/static/chunks/b.js', noModule: false },
      { src: '/_next/static/chunks/poly.js', noModule: true },
    ]);
    const files: Record<string, Buffer> = { 'a.js': Buffer.alloc(1000, 'a'), 'b.js': Buffer.from('let b = 2;'), 'poly.js': Buffer.alloc(5000, 'p') };
    const w = pageWeight(html, (src) => files[src.split('/').pop()!]!);
    expect(w.jsFiles).toBe(2);
    expect(w.jsGzip).toBeGreaterThan(20);
    expect(w.jsGzip).toBeLessThan(1000);
    expect(w.legacyJsGzip).toBeGreaterThan(10);
    expect(w.inlineScriptBytes).toBe('self.__next_f.push([1,"x"])'.length);
    expect(w.htmlBytes).toBe(html.length);
  });

  it('counts the scripts a page adds after its first paint as its scripts (lib/build/paint-first.ts)', () => {
    const painted = paintFirst(html);
    expect(painted).not.toContain('<script src="/_next/static/chunks/a.js"');
    expect(scriptRefs(painted)).toEqual([
      { src: '/_next/static/chunks/poly.js', noModule: true },
      { src: '/_next/static/chunks/a.js', noModule: false },
      { src: '/_next/static/chunks/b.js', noModule: false },
    ]);
    const files: Record<string, Buffer> = { 'a.js': Buffer.alloc(1000, 'a'), 'b.js': Buffer.from('let b = 2;'), 'poly.js': Buffer.alloc(5000, 'p') };
    const weigh = (page: string) => pageWeight(page, (src) => files[src.split('/').pop()!]!);
    expect(weigh(painted).jsGzip).toBe(weigh(html).jsGzip);
    expect(weigh(painted).jsFiles).toBe(2);
  });
});

describe('memory of a process tree', () => {
  it('reads the parent and RSS from /proc stat lines, even when the name has spaces and parentheses', () => {
    const line = '4242 (next-build (v16) x) S 17 4242 4242 0 -1 4194560 1 0 0 0 5 1 0 0 20 0 11 0 100 2000000 12345 1844674 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0';
    expect(parseStat(line)).toEqual({ name: 'next-build (v16) x', ppid: 17, rssPages: 12345 });
  });

  it('adds up a process and all its descendants, not its siblings', () => {
    const procs = [
      { pid: 1, ppid: 0, rssBytes: 100 },
      { pid: 2, ppid: 1, rssBytes: 10 },
      { pid: 3, ppid: 2, rssBytes: 1 },
      { pid: 4, ppid: 0, rssBytes: 1000 },
    ];
    expect(treeRss(1, procs)).toMatchObject({ bytes: 111, processes: 3 });
    expect(treeRss(1, procs).members.map((p) => p.pid).sort()).toEqual([1, 2, 3]);
    expect(treeRss(2, procs)).toMatchObject({ bytes: 11, processes: 2 });
    expect(treeRss(99, procs)).toEqual({ bytes: 0, processes: 0, members: [] });
  });

  it('measures this very process from /proc', () => {
    const { bytes, processes } = treeRss(process.pid);
    expect(processes).toBeGreaterThanOrEqual(1);
    expect(bytes).toBeGreaterThan(10 * 1024 * 1024);
  });
});

describe('npm run bench arguments', () => {
  it('takes post counts and bounded load settings', () => {
    expect(parseArgs([]).counts).toEqual([100, 1000, 5000]);
    expect(parseArgs(['1000'])).toEqual({ counts: [1000], duration: 10, connections: 10, keep: false, rebuild: false });
    expect(parseArgs(['100', '5_000', '--duration', '5', '--connections', '4', '--keep'])).toEqual({ counts: [100, 5000], duration: 5, connections: 4, keep: true, rebuild: false });
    expect(() => parseArgs(['--duration', 'x'])).toThrow('--duration: expected a whole number, found x');
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument --fast/);
  });
});
