/**
 * A content-addressed cache for build work that is expensive and pure: compiled post bodies
 * (lib/mdx/compile.tsx) and social cards (app/_routes/social-card.tsx). An entry's file name is a
 * hash over everything its output depends on (the input, the code that made it, the versions of
 * the packages that code calls, the settings it reads), so a changed input, compiler or setting
 * is simply a different name: a stale entry is never looked up, let alone served.
 *
 * Entries live under `.next/cache/blog/<name>/` (the build folder's, lib/build/deploy.ts buildDir; `next build` keeps `.next/cache`, and so do
 * Vercel and most CI caches). `BLOG_CACHE=0` turns the cache off; `BLOG_CACHE_DIR` moves it.
 * Each file starts with the hash of its payload: a truncated or corrupt file is ignored (and
 * rewritten by the caller). Writes go to a temporary file then rename, so the content check's
 * worker threads and Next's build workers can write the same entry at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildDir } from './deploy';

export const cacheEnabled = (): boolean => process.env.BLOG_CACHE !== '0';

export function cacheRoot(): string {
  return process.env.BLOG_CACHE_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), buildDir(process.env), 'cache', 'blog');
}

/** A stable hash of JSON-able parts (object keys in the order they were written). */
export function hashOf(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(JSON.stringify(part) ?? 'undefined').update('\0');
  return h.digest('hex');
}

const sourceHashes = new Map<string, string | null>();

/**
 * A hash over files of the project (paths relative to the working directory; a folder stands for
 * every file in it) and the installed versions of the named packages (from package-lock.json).
 * Null when a file cannot be read (e.g. a deployment without sources): callers then do not cache.
 */
export function codeVersion(files: readonly string[], packages: RegExp): string | null {
  const root = process.cwd();
  const id = `${root}|${files.join('|')}|${packages.source}`;
  if (sourceHashes.has(id)) return sourceHashes.get(id)!;
  let version: string | null;
  try {
    const h = createHash('sha256');
    for (const entry of files) {
      const full = path.join(/*turbopackIgnore: true*/ root, entry);
      const names = fs.statSync(full).isDirectory() ? fs.readdirSync(full).sort().map((n) => path.join(entry, n)) : [entry];
      for (const name of names) h.update(name).update('\0').update(fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, name))).update('\0');
    }
    const lock = JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>;
    };
    for (const [where, info] of Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b))) {
      const name = where.replace(/^.*node_modules\//, '');
      if (where && packages.test(name)) h.update(`${where}@${info.version}\0`);
    }
    version = h.digest('hex');
  } catch {
    version = null;
  }
  sourceHashes.set(id, version);
  return version;
}

const entryFile = (name: string, key: string) => path.join(/*turbopackIgnore: true*/ cacheRoot(), name, key.slice(0, 2), key);

/** The payload stored under `key`, or undefined when there is none or it is damaged. */
export function readEntry(name: string, key: string): Buffer | undefined {
  if (!cacheEnabled()) return undefined;
  let data: Buffer;
  try {
    data = fs.readFileSync(entryFile(name, key));
  } catch {
    return undefined;
  }
  const newline = data.indexOf(10);
  if (newline !== 64) return undefined;
  const payload = data.subarray(65);
  return createHash('sha256').update(payload).digest('hex') === data.toString('latin1', 0, 64) ? payload : undefined;
}

/** Stores `payload` under `key` atomically; a failed write only means a later miss. */
export function writeEntry(name: string, key: string, payload: Buffer | string): void {
  if (!cacheEnabled()) return;
  const file = entryFile(name, key);
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, Buffer.concat([Buffer.from(`${createHash('sha256').update(body).digest('hex')}\n`), body]));
    fs.renameSync(temp, file);
  } catch {
    fs.rmSync(temp, { force: true });
  }
}
