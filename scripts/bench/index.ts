/**
 * `npm run bench -- [N …] [--duration s] [--connections c] [--keep]`
 *
 * For each N (default 100, 1000 and 5000): generates N synthetic posts into a temporary
 * CONTENT_DIR, runs the real `npm run build` (content check, next build, postbuild) into a
 * separate build folder (.next-bench, so a developer's .next is left alone), and measures
 * - build wall time, time per post, and peak memory: the sum of RSS over the build's whole
 *   process tree (Next forks workers), sampled from /proc every 200 ms;
 * - pages produced; HTML and JavaScript (gzip) of a post page and of the home page;
 * - `next start` on 127.0.0.1 under autocannon for a fixed time: requests/s, p50/p99 latency
 *   and errors for a post page.
 * Prints a table and writes bench-results/latest.json and latest.txt (and <N>.build.log).
 *
 * `npm run bench -- 1000 --rebuild` measures a rebuild instead: a clean build, then one post's
 * body is edited and the build runs again with only the build folder's cache/ kept (as Vercel and
 * CI keep .next/cache); it prints both times, their ratio, and which prerendered files differ
 * between the two builds (build id aside): only the edited post's pages should.
 * `npm run bench -- --adversarial` times the content check alone on one-megabyte posts written to
 * be slow, beside an ordinary one (scripts/bench/adversarial.ts).
 * Never part of `npm test`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { diffOutputs, outputDigests, type BuildDiff } from './compare-builds';
import { adversarialReport, timeAdversarialChecks } from './adversarial';
import { generateContent, type Generated } from './generate';
import { LARGE_IMAGES_SLUG, writeLargeImagePost } from './large-images';
import { phoneImages, type PhoneImages } from './phone-images';
import { freePort } from '../next-server';
import { pageWeight, type PageWeight } from './page-weight';
import { sampleTreePeak } from './process-tree';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = '.next-bench';
const OUT_DIR = path.join(ROOT, 'bench-results');
const POST_SLUG = 'session-00002';

interface Options {
  counts: number[];
  duration: number;
  connections: number;
  keep: boolean;
  rebuild: boolean;
  adversarial?: boolean;
}

export function parseArgs(argv: string[]): Options {
  const opts: Options = { counts: [], duration: 10, connections: 10, keep: false, rebuild: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--keep') opts.keep = true;
    else if (a === '--rebuild') opts.rebuild = true;
    else if (a === '--adversarial') opts.adversarial = true;
    else if (a === '--duration' || a === '--connections') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) throw new Error(`${a}: expected a whole number, found ${argv[i]}`);
      opts[a === '--duration' ? 'duration' : 'connections'] = v;
    } else if (/^\d[\d_,]*$/.test(a)) opts.counts.push(Number(a.replace(/[_,]/g, '')));
    else throw new Error(`unknown argument ${a}: use npm run bench -- [N …] [--duration s] [--connections c] [--keep] [--rebuild] [--adversarial]`);
  }
  if (!opts.counts.length) opts.counts = opts.rebuild ? [1000] : [100, 1000, 5000];
  return opts;
}

export interface BenchResult {
  posts: number;
  content: Generated;
  build: {
    ok: boolean;
    wallSeconds: number;
    msPerPost: number;
    peakRssMB: number;
    peakProcesses: number;
    /** The build's processes at the peak, largest first. */
    atPeak: string[];
    /** `npm run check` (prebuild) and postbuild, timed by when npm starts the next script. */
    checkSeconds?: number;
    postbuildSeconds?: number;
    /** From Next's own output, when it printed them. */
    compileSeconds?: number;
    generateSeconds?: number;
  };
  pages: { html: number; routes: number };
  postPage: PageWeight;
  homePage: PageWeight;
  serve: { url: string; seconds: number; connections: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; timeouts: number };
  /** The large-image post (a 4000×3000 PNG header of ~3 MB and a 3000×2000 PNG in the text): what phones download. */
  largeImages?: { sourceBytes: number; phones: PhoneImages[] };
}

function countFiles(dir: string, suffix: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countFiles(path.join(dir, e.name), suffix);
    else if (e.name.endsWith(suffix)) n++;
  }
  return n;
}

const seconds = (log: string, re: RegExp): number | undefined => {
  const m = re.exec(log);
  if (!m) return undefined;
  return m[2] === 'ms' ? Number(m[1]) / 1000 : m[2] === 'min' ? Number(m[1]) * 60 : Number(m[1]);
};

/** Empties the build folder; with `keepCache`, all but its cache/ (what Vercel and CI keep). */
function cleanDist(keepCache: boolean) {
  const dist = path.join(ROOT, DIST);
  if (!keepCache) return fs.rmSync(dist, { recursive: true, force: true });
  for (const name of fs.existsSync(dist) ? fs.readdirSync(dist) : []) if (name !== 'cache') fs.rmSync(path.join(dist, name), { recursive: true, force: true });
}

async function build(n: number, env: NodeJS.ProcessEnv, { keepCache = false, label = '' } = {}): Promise<BenchResult['build']> {
  cleanDist(keepCache);
  const logFile = path.join(OUT_DIR, `${n}${label}.build.log`);
  const log = fs.createWriteStream(logFile);
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreePeak(child.pid!);
  let text = '';
  const marks: Record<string, number> = {};
  const collect = (d: Buffer) => {
    text += d;
    log.write(d);
    // npm announces each script as "> name@version build" on a line of its own.
    for (const script of ['build', 'postbuild']) {
      if (marks[script] === undefined && new RegExp(`^> \\S+ ${script}$`, 'm').test(text)) marks[script] = performance.now();
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const ended = performance.now();
  const wallSeconds = (ended - started) / 1000;
  const { peakBytes, peakProcesses, atPeak } = sampler.stop();
  log.end();
  if (code !== 0) console.error(`build of ${n} posts failed (exit ${code}); see ${path.relative(ROOT, logFile)}`);
  return {
    ok: code === 0,
    wallSeconds,
    msPerPost: (wallSeconds * 1000) / n,
    peakRssMB: peakBytes / 1024 / 1024,
    peakProcesses,
    atPeak,
    checkSeconds: marks.build && (marks.build - started) / 1000,
    postbuildSeconds: marks.postbuild && (ended - marks.postbuild) / 1000,
    compileSeconds: seconds(text, /Compiled successfully in ([\d.]+)(s|ms|min)/),
    generateSeconds: seconds(text, /Generating static pages[^\n]*\) in ([\d.]+)(s|ms|min)/),
  };
}

async function serve(env: NodeJS.ProcessEnv, opts: Options): Promise<BenchResult['serve'] & { phones: PhoneImages[] }> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/posts/${POST_SLUG}`;
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`next start did not serve ${url}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const r = await autocannon({ url, connections: opts.connections, duration: opts.duration });
    const large = `http://127.0.0.1:${port}/posts/${LARGE_IMAGES_SLUG}`;
    const phones = (await fetch(large)).ok ? [await phoneImages(large, { dpr: 3 }), await phoneImages(large, { dpr: 2 })] : [];
    return {
      phones,
      url: `/posts/${POST_SLUG}`,
      seconds: opts.duration,
      connections: opts.connections,
      requestsPerSecond: r.requests.average,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors,
      non2xx: r.non2xx,
      timeouts: r.timeouts,
    };
  } finally {
    server.kill('SIGTERM');
  }
}

/** The default deployment (next build / next start at the root), whatever this shell has set. */
function benchEnv(content: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([k]) => !['BASE_PATH', 'STATIC_EXPORT', 'NODE_ENV'].includes(k));
  // (Next's types declare NODE_ENV always set; here it is deliberately left out.)
  return { ...Object.fromEntries(inherited), CONTENT_DIR: content, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' } as unknown as NodeJS.ProcessEnv;
}

async function benchOne(n: number, opts: Options): Promise<BenchResult> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `bench-content-${n}-`));
  try {
    console.log(`\n▶ ${n} posts: generating content in ${content}`);
    const generated = generateContent({ count: n, dir: content });
    const large = await writeLargeImagePost(path.join(content, 'posts'));
    const env = benchEnv(content);
    console.log(`▶ ${n} posts: npm run build`);
    const b = await build(n, env);
    if (!b.ok) throw new Error(`build of ${n} posts failed`);
    const app = path.join(ROOT, DIST, 'server', 'app');
    // Next's chunks from the build, other scripts (theme.js) from public/.
    const readAsset = (src: string) =>
      fs.readFileSync(src.includes('/_next/static/') ? path.join(ROOT, DIST, 'static', src.replace(/^.*?\/_next\/static\//, '')) : path.join(ROOT, 'public', new URL(src, 'http://x').pathname));
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, DIST, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    const result: Omit<BenchResult, 'serve'> = {
      posts: n,
      content: generated,
      build: b,
      pages: { html: countFiles(app, '.html'), routes: Object.keys(manifest.routes).length },
      postPage: pageWeight(fs.readFileSync(path.join(app, 'posts', `${POST_SLUG}.html`), 'utf8'), readAsset),
      homePage: pageWeight(fs.readFileSync(path.join(app, 'index.html'), 'utf8'), readAsset),
    };
    console.log(`▶ ${n} posts: next start + autocannon ${opts.duration} s × ${opts.connections} connections`);
    const { phones, ...served } = await serve(env, opts);
    return { ...result, serve: served, largeImages: { sourceBytes: large.bytes, phones } };
  } finally {
    if (!opts.keep) fs.rmSync(content, { recursive: true, force: true });
  }
}

export interface RebuildResult {
  posts: number;
  edited: string;
  clean: BenchResult['build'];
  rebuild: BenchResult['build'];
  /** Load average (1 min) when each build started: the machine may be shared. */
  load: { clean: number; rebuild: number };
  diff: BuildDiff;
}

/** A clean build, one post's body edited, a build with the cache kept; and what differs. */
async function benchRebuild(n: number, opts: Options): Promise<RebuildResult> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), `bench-content-${n}-`));
  try {
    console.log(`\n▶ ${n} posts: generating content in ${content}`);
    generateContent({ count: n, dir: content });
    const env = benchEnv(content);
    const load = { clean: os.loadavg()[0]!, rebuild: 0 };
    console.log(`▶ ${n} posts: clean npm run build (load ${load.clean.toFixed(2)})`);
    const clean = await build(n, env, { label: '.clean' });
    if (!clean.ok) throw new Error(`clean build of ${n} posts failed`);
    const before = outputDigests(path.join(ROOT, DIST));
    const slug = `session-${String(Math.ceil(n / 2)).padStart(5, '0')}`;
    const file = [path.join(content, 'posts', `${slug}.mdx`), path.join(content, 'posts', slug, 'index.mdx')].find((f) => fs.existsSync(f))!;
    fs.appendFileSync(file, '\nOne more paragraph, added by the rebuild benchmark.\n');
    load.rebuild = os.loadavg()[0]!;
    console.log(`▶ ${n} posts: ${path.relative(content, file)} edited; npm run build with ${DIST}/cache kept (load ${load.rebuild.toFixed(2)})`);
    const rebuild = await build(n, env, { keepCache: true, label: '.rebuild' });
    if (!rebuild.ok) throw new Error(`rebuild of ${n} posts failed`);
    return { posts: n, edited: slug, clean, rebuild, load, diff: diffOutputs(before, outputDigests(path.join(ROOT, DIST))) };
  } finally {
    if (!opts.keep) fs.rmSync(content, { recursive: true, force: true });
  }
}

export function rebuildReport(r: RebuildResult): string {
  const phases = (b: BenchResult['build']) =>
    [`${b.wallSeconds.toFixed(1)} s`, `check ${b.checkSeconds?.toFixed(1) ?? '–'} s`, `compile ${b.compileSeconds?.toFixed(1) ?? '–'} s`, `generation ${b.generateSeconds?.toFixed(1) ?? '–'} s`, `postbuild ${b.postbuildSeconds?.toFixed(1) ?? '–'} s`].join(', ');
  const list = (files: string[]) => (files.length > 12 ? `${files.slice(0, 12).join(', ')} … (${files.length})` : files.join(', ') || 'none');
  return [
    `${r.posts.toLocaleString('en')} posts, ${r.edited} edited`,
    `clean build:   ${phases(r.clean)} (load average ${r.load.clean.toFixed(2)})`,
    `rebuild:       ${phases(r.rebuild)} (load average ${r.load.rebuild.toFixed(2)})`,
    `rebuild / clean: ${(r.rebuild.wallSeconds / r.clean.wallSeconds).toFixed(2)}×`,
    `prerendered files identical: ${r.diff.same}; changed: ${list(r.diff.changed)}; added: ${list(r.diff.added)}; removed: ${list(r.diff.removed)}`,
  ].join('\n');
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

export function table(results: BenchResult[]): string {
  const rows: [string, (r: BenchResult) => string][] = [
    ['build wall time', (r) => `${r.build.wallSeconds.toFixed(1)} s`],
    ['  of which content check', (r) => (r.build.checkSeconds === undefined ? '–' : `${r.build.checkSeconds.toFixed(1)} s`)],
    ['  of which compile', (r) => (r.build.compileSeconds === undefined ? '–' : `${r.build.compileSeconds.toFixed(1)} s`)],
    ['  of which static generation', (r) => (r.build.generateSeconds === undefined ? '–' : `${r.build.generateSeconds.toFixed(1)} s`)],
    ['  of which postbuild (search index, CSP)', (r) => (r.build.postbuildSeconds === undefined ? '–' : `${r.build.postbuildSeconds.toFixed(1)} s`)],
    ['time per post', (r) => `${r.build.msPerPost.toFixed(1)} ms`],
    ['peak memory (RSS, process tree)', (r) => `${(r.build.peakRssMB / 1024).toFixed(2)} GB`],
    ['pages produced (HTML / all routes)', (r) => `${r.pages.html} / ${r.pages.routes}`],
    ['post page HTML (gzip)', (r) => kb(r.postPage.htmlGzip)],
    ['post page JS (gzip)', (r) => `${kb(r.postPage.jsGzip)} in ${r.postPage.jsFiles} files`],
    ['  + nomodule polyfills (old browsers)', (r) => kb(r.postPage.legacyJsGzip)],
    ['home page HTML (gzip)', (r) => kb(r.homePage.htmlGzip)],
    ['home page JS (gzip)', (r) => `${kb(r.homePage.jsGzip)} in ${r.homePage.jsFiles} files`],
    ['post page requests/s', (r) => r.serve.requestsPerSecond.toFixed(0)],
    ['post page latency p50 / p99', (r) => `${r.serve.p50Ms} / ${r.serve.p99Ms} ms`],
    ['errors (errors + non-2xx + timeouts)', (r) => String(r.serve.errors + r.serve.non2xx + r.serve.timeouts)],
    ['large-image post: originals', (r) => (r.largeImages ? kb(r.largeImages.sourceBytes) : '–')],
    ...[3, 2].map((dpr): [string, (r: BenchResult) => string] => [
      `  images a 390-px phone downloads (DPR ${dpr})`,
      (r) => {
        const phone = r.largeImages?.phones.find((p) => p.dpr === dpr);
        return phone ? `${kb(phone.bytes)} in ${phone.files.length} files` : '–';
      },
    ]),
  ];
  const header = ['', ...results.map((r) => `${r.posts.toLocaleString('en')} posts`)];
  const body = rows.map(([label, f]) => [label, ...results.map(f)]);
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...body.map(line)].join('\n');
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    next: (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version,
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  if (opts.adversarial) {
    const rows = await timeAdversarialChecks();
    const m = machine();
    const report = `${adversarialReport(rows)}\n\nmachine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}; ${new Date().toISOString()}`;
    fs.writeFileSync(path.join(OUT_DIR, 'adversarial.json'), JSON.stringify({ date: new Date().toISOString(), machine: m, rows }, null, 2) + '\n');
    fs.writeFileSync(path.join(OUT_DIR, 'adversarial.txt'), report + '\n');
    console.log(`\n${report}\n\nwritten to bench-results/adversarial.json and adversarial.txt`);
    return;
  }
  if (opts.rebuild) {
    try {
      const reports: string[] = [];
      const results: RebuildResult[] = [];
      for (const n of opts.counts) {
        results.push(await benchRebuild(n, opts));
        reports.push(rebuildReport(results.at(-1)!));
        fs.writeFileSync(path.join(OUT_DIR, 'rebuild.json'), JSON.stringify({ date: new Date().toISOString(), machine: machine(), results }, null, 2) + '\n');
      }
      const m = machine();
      const report = [...reports, `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}, Next.js ${m.next}; ${new Date().toISOString()}`].join('\n\n');
      fs.writeFileSync(path.join(OUT_DIR, 'rebuild.txt'), report + '\n');
      console.log(`\n${report}\n\nwritten to bench-results/rebuild.json and rebuild.txt`);
    } finally {
      fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
    }
    return;
  }
  const results: BenchResult[] = [];
  try {
    for (const n of opts.counts) {
      results.push(await benchOne(n, opts));
      fs.writeFileSync(path.join(OUT_DIR, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), machine: machine(), options: opts, results }, null, 2) + '\n');
    }
  } finally {
    fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  }
  const m = machine();
  const report = [
    table(results),
    '',
    ...results.map((r) => `memory at the peak, ${r.posts} posts: ${r.build.atPeak.join(', ')}`),
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, ${m.platform}, Node ${m.node}, Next.js ${m.next}; ${new Date().toISOString()}`,
  ].join('\n');
  fs.writeFileSync(path.join(OUT_DIR, 'latest.txt'), report + '\n');
  console.log(`\n${report}\n`);
  console.log(`written to ${path.relative(ROOT, path.join(OUT_DIR, 'latest.json'))} and latest.txt`);
}

if (process.argv[1] && /bench[\\/]index\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
