/**
 * How the site is built, from the environment: pure functions that next.config.ts, the e2e
 * harness and the benchmark share, so each reads BASE_PATH / STATIC_EXPORT the same way.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';

type Env = Record<string, string | undefined>;

export interface DeployMode {
  /** '' or a path such as '/blog' (leading slash, no trailing slash). */
  basePath: string;
  /** `output: 'export'` to out/ for static hosts. */
  staticExport: boolean;
  /** Build directory (the export's destination when staticExport); undefined for Next's default. */
  distDir?: string;
}

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes)$/i.test(v.trim());

/** '/blog/' → '/blog', 'blog' → '/blog', '/' → ''. Rejects what cannot be a URL path prefix. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/\/+$/, '');
  if (!trimmed) return '';
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(withSlash)) {
    throw new Error(`BASE_PATH: expected a path such as /blog, found ${JSON.stringify(raw)}`);
  }
  return withSlash;
}

export function deployMode(env: Env): DeployMode {
  return {
    basePath: normaliseBasePath(env.BASE_PATH),
    staticExport: truthy(env.STATIC_EXPORT),
    distDir: env.NEXT_DIST_DIR?.trim() || undefined,
  };
}

/**
 * The folder `next build` writes its build into, where `.next/cache` (and ours beside it) lives:
 * NEXT_DIST_DIR, except for a static export, where a custom distDir names the export's
 * destination and Next still builds in `.next` (next/dist/export/utils getBuildDistDir).
 */
export function buildDir(env: Env): string {
  const { staticExport, distDir } = deployMode(env);
  return !distDir || staticExport ? '.next' : distDir;
}

/** Where a static export is written: NEXT_DIST_DIR when it names another folder than `.next`, else `out/` (Next's own rule). */
export function exportDir(env: Env): string {
  const { distDir } = deployMode(env);
  return distDir && distDir !== '.next' ? distDir : 'out';
}

/** The folder the site's files are served from after a build: the export's, or the build's for next start. */
export function siteOutputDir(env: Env): string {
  return deployMode(env).staticExport ? exportDir(env) : buildDir(env);
}

/**
 * The variables the site's code reads its URL settings from (lib/routes/urls.ts). next.config.ts hands
 * them to the build; the content check sets them the same way before anything is imported, so
 * the bodies it compiles (and caches) carry the build's links, base path and trailing slashes.
 */
export function urlEnv(env: Env): { NEXT_PUBLIC_BASE_PATH: string; NEXT_PUBLIC_TRAILING_SLASH: string } {
  const { basePath, staticExport } = deployMode(env);
  return { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_TRAILING_SLASH: staticExport ? '1' : '' };
}

/** From this many pages (posts, events, translations) a build uses one static-generation worker. */
export const ONE_WORKER_FROM = 5000;

/**
 * Static generation settings. Next's default is one worker less than the machine has cores: on
 * 2 cores that is one worker, and the build's main process mostly waits while it renders. Each
 * worker holds its own copy of the content index, so a second one costs memory in proportion to
 * the site and pays off only on small ones: on two cores a second worker made a thousand-post
 * build clearly faster for over a third more memory, while at ten thousand posts it saved almost
 * no time and cost nearly half as much memory again (docs/benchmarks.md, "Figures behind the code").
 * So: a worker per core (at most 4) below ONE_WORKER_FROM pages, one from there. BUILD_CPUS
 * chooses outright.
 *
 * Prefetch inlining (on by default in Next 16.4.6; Next 16.0 has none) serializes every page's
 * segments once more, each as its own prefetch response, and gzips each to choose which to bundle
 * into one. Off, a link's prefetch asks for its segments one by one, as in Next 16.0. Off, static
 * generation is markedly faster; the cost is files, more than twice as many per page. A static
 * export keeps it on: static hosts count files (Cloudflare Pages' free plan takes at most
 * 20,000), and off, a thousand-post export comes close to that. The figures are in
 * docs/benchmarks.md, "Figures behind the code".
 */
export function buildTuning(env: Env, pages: number, cores = os.availableParallelism()): NonNullable<NextConfig['experimental']> {
  return { cpus: staticWorkers(env, pages, cores), prefetchInlining: deployMode(env).staticExport };
}

function staticWorkers(env: Env, pages: number, cores: number): number {
  const chosen = Number(env.BUILD_CPUS);
  if (Number.isInteger(chosen) && chosen >= 1) return chosen;
  return pages >= ONE_WORKER_FROM ? 1 : Math.max(1, Math.min(4, cores));
}

/** The code a build is made from: what its build id stands for. The content is not part of it. */
export const BUILD_ID_SOURCES = ['app', 'components', 'lib', 'next.config.ts', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs'];

/**
 * The build id: a hash of the code and the settings it is built with, where Next's own is random.
 * Every page names the build id, so with a random one no page of a rebuild was ever byte-identical
 * to the page before it; with this one a page whose post did not change does not change. The
 * browser's chunks are named by their own content either way. Null (Next's random id) when the
 * sources cannot be read.
 */
export function codeBuildId(root: string, env: Env): string | null {
  const h = createHash('sha256').update(JSON.stringify([deployMode(env), env.NODE_ENV ?? '']));
  const add = (rel: string) => {
    const full = path.join(/*turbopackIgnore: true*/ root, rel);
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) add(path.join(rel, name));
    } else h.update(rel).update('\0').update(fs.readFileSync(full)).update('\0');
  };
  try {
    for (const rel of BUILD_ID_SOURCES) if (fs.existsSync(path.join(/*turbopackIgnore: true*/ root, rel))) add(rel);
  } catch {
    return null;
  }
  return `c${h.digest('hex').slice(0, 20)}`;
}
