/**
 * `npm run lighthouse`: Lighthouse's four scores for the home page and the launch post, measured on
 * the production build (`npm run build` first) served by `next start` on 127.0.0.1, in Debian's
 * headless Chromium. Lighthouse's defaults: a mid-range phone on a throttled (simulated) 4G link.
 *
 *   npm run lighthouse                     both pages, mobile
 *   npm run lighthouse -- --desktop        desktop preset
 *   npm run lighthouse -- --runs 5         median of five runs per page (default three: scores vary with machine load)
 *   npm run lighthouse -- /tags /search    other pages
 *   npm run lighthouse -- --large-images   builds content/ plus a post with a generated 4000×3000
 *                                          PNG header (~3 MB) into .next-lighthouse and measures it too
 *
 * Exits 1 when a score is below 100 (or --min N), listing the audits that cost points.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { LARGE_IMAGES_SLUG, writeLargeImagePost } from './bench/large-images';
import { startNext } from './next-server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DEFAULT_PAGES = ['/', '/posts/what-does-it-take-to-build-a-community'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

interface Options {
  pages: string[];
  desktop: boolean;
  runs: number;
  min: number;
  largeImages: boolean;
}

const LARGE_DIST = '.next-lighthouse';

/** content/ plus the large-image post, built (check, next build, postbuild) into .next-lighthouse. */
async function buildWithLargeImages(): Promise<Record<string, string | undefined>> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-content-'));
  fs.cpSync(path.join(process.cwd(), 'content'), content, { recursive: true });
  await writeLargeImagePost(path.join(content, 'posts'));
  const env = { ...process.env, CONTENT_DIR: content, NEXT_DIST_DIR: LARGE_DIST };
  console.log(`Building content/ and /posts/${LARGE_IMAGES_SLUG} into ${LARGE_DIST} …`);
  const built = spawnSync('npm', ['run', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error('the build with the large-image post failed');
  return env;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { pages: [], desktop: false, runs: 3, min: 100, largeImages: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--desktop') options.desktop = true;
    else if (arg === '--large-images') options.largeImages = true;
    else if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === '--min') options.min = Number(argv[++i]) || 0;
    else if (arg.startsWith('/')) options.pages.push(arg);
    else throw new Error(`unknown argument ${arg} (pages start with /; flags: --desktop, --runs N, --min N)`);
  }
  if (!options.pages.length) options.pages = [...DEFAULT_PAGES, ...(options.largeImages ? [`/posts/${LARGE_IMAGES_SLUG}`] : [])];
  return options;
}

type Scores = Record<(typeof CATEGORIES)[number], number>;

function scoresOf(lhr: Result): Scores {
  return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
}

/** The audits that cost a category points, for the report under a score below the bar. */
function losses(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}, score ${audit.score}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const env: Record<string, string | undefined> = options.largeImages ? await buildWithLargeImages() : {};
  if (!fs.existsSync(path.join(process.cwd(), env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const server = await startNext('start', { ...env, NODE_ENV: 'production' });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let failed = false;
  try {
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    const config = options.desktop ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    console.log(`Lighthouse ${options.desktop ? 'desktop' : 'mobile'} on ${server.baseUrl}, ${options.runs} run(s) a page (median)\n`);
    console.log(`${'page'.padEnd(50)} ${CATEGORIES.map((c) => c.padStart(14)).join(' ')}`);
    for (const pathname of options.pages) {
      const runs: Result[] = [];
      for (let i = 0, failures = 0; i < options.runs; i++) {
        const result = await lighthouse(`${server.baseUrl}${pathname}`, flags, config);
        if (!result) throw new Error(`Lighthouse returned nothing for ${pathname}`);
        const failed = result.lhr.runtimeError;
        // A trace Chromium failed to record (NO_NAVSTART and the like, seen on a loaded machine) says nothing of the page: run again, twice at most.
        if (failed && ++failures <= 2) {
          console.log(`    ${pathname}: ${failed.code}, running again`);
          i--;
          continue;
        }
        if (failed) throw new Error(`${pathname}: ${failed.message}`);
        runs.push(result.lhr);
      }
      const all = runs.map(scoresOf);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((s) => s[c]))])) as Scores;
      console.log(`${pathname.padEnd(50)} ${CATEGORIES.map((c) => String(scores[c]).padStart(14)).join(' ')}`);
      const metric = (lhr: Result, id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
      if (runs.length > 1) {
        console.log(`    performance by run: ${all.map((s) => s.performance).join(' ')}; FCP ${runs.map((r) => metric(r, 'first-contentful-paint')).join('/')} ms, ` +
          `LCP ${runs.map((r) => metric(r, 'largest-contentful-paint')).join('/')} ms, TBT ${runs.map((r) => metric(r, 'total-blocking-time')).join('/')} ms`);
      }
      for (const category of CATEGORIES) {
        if (scores[category] >= options.min) continue;
        failed = true;
        const worst = runs.reduce((a, b) => (scoresOf(a)[category] <= scoresOf(b)[category] ? a : b));
        for (const line of losses(worst, category)) console.log(`    ${category}: ${line}`);
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
  }
  if (failed) {
    console.error(`\nA score is below ${options.min}.`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
