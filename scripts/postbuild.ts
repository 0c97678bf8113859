/**
 * After `next build` (npm runs it as `postbuild`): moves every prerendered HTML page's chunk
 * scripts after its first paint (lib/build/paint-first.ts), gives the page its Content-Security-Policy
 * meta with the hashes of its own inline scripts, marks the chunks pages load at once for eager
 * compilation (lib/build/compile-hints.ts), and, for a static
 * export, removes the paths that render "not found" and writes the `_headers` file that static
 * hosts read. See lib/security/headers.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { configuredCommunity } from '../lib/security/configured';
import { headerAdditions } from '../lib/security/community-origins';
import { hintChunks, initialChunks } from '../lib/build/compile-hints';
import { addCspMeta } from '../lib/security/csp-hashes';
import { mathCharacters, subsetKatexFonts } from '../lib/build/katex-subset';
import { paintFirst } from '../lib/build/paint-first';
import { katexFonts, katexFontsDir } from '../lib/routes/vendor';
import { ADMIN_SEGMENT, responsePaths } from '../lib/routes/table';
import { deployMode, siteOutputDir } from '../lib/build/deploy';
import { classifyBundleFile } from '../lib/security/bundle-files';
import { headersFile, type EmbedPage } from '../lib/security/headers';
import { configuredAdminRules } from '../lib/editor/hosted';
import { embedSources } from '../lib/embeds';
import { writeOldPathPages } from './postbuild-redirects';

/** The site's pages; not the editor's /admin (a static export's admin/index.html), which has a policy of its own. */
function* htmlFiles(dir: string, top = dir): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === top && entry.name === ADMIN_SEGMENT)) yield* htmlFiles(full, top);
    } else if (entry.name.endsWith('.html')) yield full;
  }
}

/** A prerendered RSC payload of a page that called notFound(): one row is that error. */
export const isNotFoundPayload = (rsc: string): boolean => /^[0-9a-f]+:E\{"digest":"NEXT_HTTP_ERROR_FALLBACK;404"\}$/m.test(rsc);

/**
 * A static export writes every path generateStaticParams lists, including those that render
 * notFound() (the placeholder an export needs when a list is empty, /page/1, …). A file server
 * would answer them with 200 and a "not found" page; removed, the host answers 404 with 404.html.
 * Files beside them (images, .json, deeper pages) stay.
 */
export function removeNotFoundPages(root: string): string[] {
  const removed: string[] = [];
  const visit = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    for (const e of entries) if (e.isDirectory() && e.name !== '_next') visit(path.join(dir, e.name));
    const rsc = path.join(dir, 'index.txt');
    if (dir === root || !fs.existsSync(rsc) || !isNotFoundPayload(fs.readFileSync(rsc, 'utf8'))) return;
    for (const e of entries) {
      if (e.isFile() && (e.name === 'index.html' || e.name === 'index.txt' || /^__next\..*\.txt$/.test(e.name))) fs.rmSync(path.join(dir, e.name));
    }
    if (!fs.readdirSync(dir).length) fs.rmdirSync(dir);
    removed.push('/' + path.relative(root, dir).split(path.sep).join('/') + '/');
  };
  visit(root);
  return removed;
}

/** The site path of an exported page (`out/posts/x/index.html` → `/posts/x`), as _headers names it. */
export function exportedPagePath(root: string, file: string): string {
  const rel = path.relative(root, file).split(path.sep).join('/');
  return `/${rel.replace(/(?:^|\/)index\.html$/, '').replace(/\.html$/, '')}`;
}

/** The sections whose bundles may hold documents: the route table's rows with downloads (posts, authors). */
const DOWNLOAD_SECTIONS = [...new Set(responsePaths('download').map((p) => p.split('/')[1]!))];

/** Site paths of the documents the export holds beside posts and authors: each gets `attachment`. */
export function exportedDownloads(root: string): string[] {
  const out: string[] = [];
  for (const section of DOWNLOAD_SECTIONS) {
    const dir = path.join(root, section);
    if (!fs.existsSync(dir)) continue;
    for (const folder of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!folder.isDirectory()) continue;
      for (const file of fs.readdirSync(path.join(dir, folder.name), { withFileTypes: true })) {
        // Next.js writes each page's RSC payload beside it (index.txt, __next.*.txt): not content.
        if (file.name.startsWith('__next.')) continue;
        const verdict = classifyBundleFile(file.name);
        if (file.isFile() && verdict.serve && verdict.kind === 'download') out.push(`/${section}/${folder.name}/${file.name}`);
      }
    }
  }
  return out.sort();
}

/** Where the pages are: out/ for an export, the server's prerender folder otherwise. */
export function outputDirs(env: Record<string, string | undefined>, cwd = process.cwd()): { pages: string; chunks: string; exportRoot?: string } {
  const root = path.resolve(cwd, siteOutputDir(env));
  if (deployMode(env).staticExport) return { pages: root, chunks: path.join(root, '_next', 'static', 'chunks'), exportRoot: root };
  return { pages: path.join(root, 'server', 'app'), chunks: path.join(root, 'static', 'chunks') };
}

/**
 * Where the build wrote KaTeX's stylesheet and fonts (app/katex routes): files in an export,
 * prerendered route bodies (`<name>.body`) for next start and Vercel. Undefined when the site has
 * no math page (the routes still exist, but nothing links them).
 */
function builtKatex(env: Record<string, string | undefined>, cwd: string) {
  const { pages, exportRoot } = outputDirs(env, cwd);
  const suffix = exportRoot ? '' : '.body';
  const stylesheet = path.join(pages, 'katex', `katex.min.css${suffix}`);
  if (!fs.existsSync(stylesheet)) return undefined;
  const built = new Map<string, string>();
  for (const name of katexFonts()) {
    const file = path.join(pages, 'katex', 'fonts', name + suffix);
    if (fs.existsSync(file)) built.set(name, file);
  }
  return { source: katexFontsDir(), built, stylesheet };
}

/** KaTeX's fonts cut to the characters the built pages' math uses (lib/build/katex-subset.ts). */
export async function subsetMathFonts(chars: ReadonlySet<string>, env: Record<string, string | undefined> = process.env, cwd = process.cwd()) {
  const files = builtKatex(env, cwd);
  if (!files || !chars.size) return undefined;
  return subsetKatexFonts(files, chars);
}

const contentRootOf = (env: Record<string, string | undefined>, cwd: string) => path.resolve(cwd, env.CONTENT_DIR || 'content');

export function postbuild(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): { pages: number; hashes: number; notFound: string[]; hinted: number; mathChars: Set<string> } {
  const { pages, chunks, exportRoot } = outputDirs(env, cwd);
  if (!fs.existsSync(pages)) throw new Error(`postbuild: ${pages} does not exist; run next build first`);
  const notFound = exportRoot ? removeNotFoundPages(exportRoot) : [];
  let count = 0;
  let hashes = 0;
  const community = configuredCommunity(contentRootOf(env, cwd));
  const loadedAtOnce = new Set<string>();
  const mathChars = new Set<string>();
  const embedPages: EmbedPage[] = [];
  for (const file of htmlFiles(pages)) {
    const before = fs.readFileSync(file, 'utf8');
    for (const c of mathCharacters(before)) mathChars.add(c);
    for (const name of initialChunks(before)) loadedAtOnce.add(name);
    const after = addCspMeta(paintFirst(before), community);
    if (exportRoot && after.embeds.length) embedPages.push({ path: exportedPagePath(exportRoot, file), sources: embedSources(after.embeds) });
    if (after.html !== before) fs.writeFileSync(file, after.html);
    count++;
    hashes += after.hashes.length;
  }
  // The chunks pages run at load are compiled off the main thread (lib/build/compile-hints.ts).
  const hinted = hintChunks(chunks, loadedAtOnce);
  if (exportRoot) fs.writeFileSync(path.join(exportRoot, '_headers'), headersFile(exportedDownloads(exportRoot), headerAdditions(community), embedPages, configuredAdminRules(true, contentRootOf(env, cwd))));
  // Old URLs: a page per old path and _redirects (next start has next.config.ts redirects()).
  if (exportRoot) writeOldPathPages(exportRoot, env, cwd);
  return { pages: count, hashes, notFound, hinted, mathChars };
}

if (process.argv[1] && /postbuild\.ts$/.test(process.argv[1])) {
  main().catch((err: unknown) => {
    console.error(`postbuild: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}

async function main() {
  const { pages, hashes, notFound, hinted, mathChars } = postbuild();
  console.log(`postbuild: Content-Security-Policy meta on ${pages} pages (${hashes} inline script hashes); compile hint on ${hinted} chunks pages load at once`);
  const fonts = await subsetMathFonts(mathChars);
  if (fonts) console.log(`postbuild: KaTeX fonts cut to the ${mathChars.size} characters of the site's math: ${Math.round(fonts.before / 1024)} KB → ${Math.round(fonts.after / 1024)} KB`);
  if (notFound.length) console.log(`postbuild: removed ${notFound.length} exported paths that render "not found", so hosts answer 404: ${notFound.slice(0, 5).join(' ')}${notFound.length > 5 ? ' …' : ''}`);
}
