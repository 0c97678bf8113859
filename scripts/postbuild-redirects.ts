/**
 * The static export's half of "old URLs keep working" (lib/routes/redirects.ts): an HTML page at each
 * old path, which every file server can serve, and `_redirects` for hosts that answer with a
 * real 301 (Netlify, Cloudflare Pages). Called by scripts/postbuild.ts for an export only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../lib/content';
import { deployMode } from '../lib/build/deploy';
import { redirectPage, redirectPageFile, redirectsFile } from '../lib/routes/redirects';

type Env = Record<string, string | undefined>;

export function writeOldPathPages(exportRoot: string, env: Env, cwd = process.cwd()): string[] {
  const index = buildIndex(path.resolve(cwd, env.CONTENT_DIR || 'content'), false);
  const { basePath } = deployMode(env);
  const titles = new Map(index.posts.map((p) => [`/posts/${p.slug}`, p.title]));
  const written: string[] = [];
  for (const r of index.redirects) {
    const file = path.join(exportRoot, redirectPageFile(r));
    // The content check keeps old paths off the site's own; a page of the export is never replaced.
    if (fs.existsSync(file)) throw new Error(`postbuild: the old path ${r.from} (${r.file}) is a page of this site: ${file} exists`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, redirectPage(r, basePath, index.site.url, titles.get(r.to) ?? r.to, index.site.language));
    written.push(r.from);
  }
  fs.writeFileSync(path.join(exportRoot, '_redirects'), redirectsFile(index.redirects, basePath));
  return written;
}
