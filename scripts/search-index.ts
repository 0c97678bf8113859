/**
 * `npm run search-index` (and the postbuild step): builds the Pagefind index from the HTML of the
 * post pages that `next build` just wrote, and puts the bundle where it will be served:
 *
 * - `next start` / Vercel: HTML in .next/server/app/posts/, bundle in public/pagefind/
 * - static export (STATIC_EXPORT=1): HTML in out/posts/, bundle in out/pagefind/
 *
 * Only post pages are read, and Pagefind indexes only their `data-pagefind-body` article, so
 * lists, tags and the header never show up as results. Each page is given its URL explicitly
 * because the file names (`hello.html`) are not the URLs (`/posts/hello`). URLs are site paths
 * without the base path: the search box sets Pagefind's baseUrl, which prefixes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { deployMode, siteOutputDir } from '../lib/build/deploy';
import { isLanguageCode } from '../lib/content/languages';
import { LANGUAGE_ROUTES } from '../lib/routes/urls';

export interface SearchTarget {
  /** Directory whose `posts/` holds the built post pages. */
  htmlRoot: string;
  /** Where the Pagefind bundle is written. */
  outputPath: string;
}

export function searchTarget(cwd = process.cwd(), env: Record<string, string | undefined> = process.env): SearchTarget {
  // The same reading of STATIC_EXPORT / NEXT_DIST_DIR as next.config.ts (lib/build/deploy.ts).
  const { staticExport, distDir } = deployMode(env);
  const root = path.join(cwd, siteOutputDir(env));
  if (staticExport) return { htmlRoot: root, outputPath: path.join(root, 'pagefind') };
  // next start serves public/; a build into another folder (benchmark, tests) keeps its index to
  // itself rather than replace the one of the main build.
  const outputPath = distDir ? path.join(root, 'pagefind') : path.join(cwd, 'public', 'pagefind');
  return { htmlRoot: path.join(root, 'server', 'app'), outputPath };
}

/**
 * Post pages and their URLs: posts/<slug>.html or posts/<slug>/index.html → /posts/<slug>, and the
 * same under each other language's folder (nl/posts/… → /nl/posts/…). Pagefind reads each page's
 * `<html lang>` and writes one index per language; the search box loads its page's language's.
 */
export function postPages(htmlRoot: string): { file: string; url: string }[] {
  const languages = fs.existsSync(htmlRoot)
    ? fs.readdirSync(htmlRoot, { withFileTypes: true }).filter((e) => e.isDirectory() && isLanguageCode(e.name) && !LANGUAGE_ROUTES.has(e.name)).map((e) => e.name)
    : [];
  return ['', ...languages.sort()].flatMap((code) => postPagesIn(path.join(htmlRoot, code, 'posts'), code ? `/${code}` : ''));
}

function postPagesIn(dir: string, prefix: string): { file: string; url: string }[] {
  if (!fs.existsSync(dir)) return [];
  const pages: { file: string; url: string }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      pages.push({ file: path.join(dir, entry.name), url: `${prefix}/posts/${entry.name.slice(0, -'.html'.length)}` });
    } else if (entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html'))) {
      pages.push({ file: path.join(dir, entry.name, 'index.html'), url: `${prefix}/posts/${entry.name}/` });
    }
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

export async function buildSearchIndex(target: SearchTarget): Promise<{ pages: number; outputPath: string }> {
  if (!fs.existsSync(target.htmlRoot)) throw new Error(`No build in ${target.htmlRoot}: run the build first.`);
  // A blog with no published post yet gets an empty index: the search box finds nothing, no 404s.
  const pages = postPages(target.htmlRoot);
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: fs.readFileSync(page.file, 'utf8') });
      if (added.errors.length) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
    }
    fs.rmSync(target.outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: target.outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${target.outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  return { pages: pages.length, outputPath: target.outputPath };
}

async function main() {
  const started = Date.now();
  const { pages, outputPath } = await buildSearchIndex(searchTarget());
  console.log(`Search index: ${pages} posts → ${path.relative(process.cwd(), outputPath)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && /search-index\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
