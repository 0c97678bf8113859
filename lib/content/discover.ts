/**
 * Which files are posts: a `<name>.md(x)` file or a page bundle `<name>/index.md(x)` under
 * content/posts, section folders walked as in Hugo. Files that are not posts (section pages,
 * READMEs, attachments, dotfiles) are not candidates; files beside a post are its assets.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../terms/slug';
import { imageSize } from 'image-size';
import { BUNDLE_FILES_EXPECTED, classifyBundleFile, sanitiseSvg, type BundleFileKind } from '../security/bundle-files';
import type { ContentProblem } from './errors';
import { splitLanguageSuffix, unlistedLanguageSuffix } from './languages';
import { displayPath } from './paths';
import { readRegularFile, usableEntry, usablePath, withRegularFile } from './regular-files';

export const POST_EXTENSIONS = ['.mdx', '.md', '.markdown'] as const;
/** Pages in HTML with front matter (blogdown and R Markdown reports): posts too, their HTML made safe. */
export const HTML_PAGE_EXTENSIONS = ['.html', '.htm'] as const;
const PAGE_EXTENSIONS: readonly string[] = [...POST_EXTENSIONS, ...HTML_PAGE_EXTENSIONS];

/** Whether a file starts with front matter (`---`, `+++` or `{`), as Hugo needs of an HTML page to read it as one. */
export function startsWithFrontMatter(file: string): boolean {
  return (
    withRegularFile(file, (fd) => {
      const head = Buffer.alloc(16);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      return /^(\uFEFF)?\s*(---|\+\+\+|\{)/.test(head.subarray(0, n).toString('utf8'));
    }) ?? false
  );
}

/**
 * Files in a content folder that are not pages, whatever their extension: Hugo section pages
 * (`_index.md`), READMEs and licences that came along with a copied repository.
 */
export function isNotAPage(name: string): boolean {
  return name.startsWith('.') || /^_index\./i.test(name) || /^(readme|license|licence|changelog|contributing)(\.[a-z]+)?$/i.test(name);
}
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.svg', '.avif']);

export interface Asset {
  /** File name inside the bundle, e.g. "header.png". */
  name: string;
  /** Absolute path on disk. */
  file: string;
  /** How it is served (lib/security/bundle-files.ts): shown in place, or as a download. */
  kind: BundleFileKind;
  width?: number;
  height?: number;
  /** SHA-256 of an image's bytes (hex): names its resized variants (lib/images/plan.ts). */
  hash?: string;
}

/** The files of a bundle the site serves; each file left out is reported (lib/security/bundle-files.ts). */
export function listAssets(dir: string, problems: ContentProblem[]): Record<string, Asset> {
  const assets: Record<string, Asset> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() || entry.name.startsWith('.')) continue;
    const ext = path.extname(entry.name).toLowerCase();
    const file = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    if ((POST_EXTENSIONS as readonly string[]).includes(ext) || INDEX_FILE.test(entry.name) || !usableEntry(file, entry, problems)) continue;
    const verdict = classifyBundleFile(entry.name);
    if (!verdict.serve) {
      if (verdict.reason) problems.push({ severity: 'warning', file: displayPath(file), field: 'file', expected: BUNDLE_FILES_EXPECTED, found: verdict.reason });
      continue;
    }
    const asset: Asset = { name: entry.name, file, kind: verdict.kind };
    if (ext === '.svg') {
      const clean = sanitiseSvg(readRegularFile(file)?.toString('utf8') ?? '');
      if (!clean.svg) {
        problems.push({ severity: 'warning', file: displayPath(file), line: clean.line, field: 'svg', expected: 'a well-formed SVG image (the file was left out of the site)', found: clean.invalid! });
        continue;
      }
      if (clean.removed.length) {
        problems.push({ severity: 'warning', file: displayPath(file), line: clean.line, field: 'svg', expected: 'an image without script or links out of it (these were taken out of the served file)', found: clean.removed.join(', ') });
      }
    }
    if (IMAGE_EXTENSIONS.has(ext)) {
      try {
        const bytes = readRegularFile(file);
        if (!bytes) continue;
        asset.hash = crypto.createHash('sha256').update(bytes).digest('hex');
        const size = imageSize(bytes);
        // EXIF orientations 5–8 turn the picture a quarter: browsers show it turned, and so do the variants.
        const turned = (size.orientation ?? 1) >= 5;
        asset.width = turned ? size.height : size.width;
        asset.height = turned ? size.width : size.height;
      } catch {
        // Not a readable image: served as-is, without dimensions.
      }
    }
    assets[entry.name] = asset;
  }
  return assets;
}

export interface Candidate {
  file: string;
  /** Slug from the file or bundle name. */
  nameSlug: string;
  bundleDir?: string;
  /** The language its file name or folder gives; the site's default language when undefined. */
  lang?: string;
  /**
   * What links it to its translations: its path under the language's content folder without
   * language suffix and extension (`posts/2024/workshop`), as in Hugo.
   */
  translationPath: string;
}

/** The site's languages for discovery: lower-cased code → code, and the one files without a suffix are in. */
export interface DiscoverLanguages {
  codes: ReadonlyMap<string, string>;
  /** The language of a file without a suffix here (a `content/<lang>/` folder's, else the default). */
  folder?: string;
}

const ONE_LANGUAGE: DiscoverLanguages = { codes: new Map() };

/** A bundle's index, in the default language or with a language suffix: index.md, index.nl.mdx … */
const INDEX_FILE = new RegExp(`^index(\\.[^.]+)?(${PAGE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`);

const UNLISTED = (code: string) => `"${code}" listed under languages: in content/site.yaml, to publish it as a translation`;

/** Content formats Hugo renders that this site does not read: Org, AsciiDoc, reStructuredText, Pandoc. */
const OTHER_PAGE_FORMATS = new Set(['.org', '.adoc', '.asciidoc', '.ad', '.rst', '.pandoc', '.pdc']);
const HTML_WITHOUT_FRONT_MATTER = 'an HTML page with front matter (--- lines at the top, as Hugo needs to publish it); this file was left out';

export function discoverPosts(dir: string, problems: ContentProblem[], languages: DiscoverLanguages = ONE_LANGUAGE, under = ''): Candidate[] {
  if (!usablePath(dir, 'folder', problems)) return [];
  const found: Candidate[] = [];
  const named = (base: string) => {
    const split = splitLanguageSuffix(base, languages.codes);
    return { name: split.name, lang: split.lang ?? languages.folder, suffixed: split.lang !== undefined };
  };
  // `about.fr.md` where the site does not list fr: published as a post of its own, and said so.
  const unlisted = (file: string, base: string, publishedAs: string) => {
    const code = unlistedLanguageSuffix(base);
    if (code) problems.push({ severity: 'warning', file: displayPath(file), field: 'file', expected: UNLISTED(code), found: publishedAs });
  };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isNotAPage(entry.name)) continue;
    const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    const rel = under ? `${under}/${entry.name}` : entry.name;
    // A link could make a post of any file on the machine that builds the site: never followed.
    if (!usableEntry(full, entry, problems)) continue;
    if (entry.isDirectory()) {
      // index.md, index.mdx, and per language index.nl.md …: one index per language.
      const entries = fs.readdirSync(full, { withFileTypes: true }).filter((e) => INDEX_FILE.test(e.name));
      const indexes = entries
        .filter((e) => usableEntry(path.join(/*turbopackIgnore: true*/ full, e.name), e, problems) && e.isFile())
        .map((e) => e.name)
        .sort((a, b) => PAGE_EXTENSIONS.indexOf(path.extname(a)) - PAGE_EXTENSIONS.indexOf(path.extname(b)) || a.localeCompare(b));
      const byLang = new Map<string, string[]>();
      for (const n of indexes) {
        const base = path.basename(n, path.extname(n));
        // An index.html beside the Markdown it was made from (blogdown) or without front matter is a file of the bundle.
        if ((HTML_PAGE_EXTENSIONS as readonly string[]).includes(path.extname(n).toLowerCase()) && !startsWithFrontMatter(path.join(/*turbopackIgnore: true*/ full, n))) continue;
        const { name, lang } = named(base);
        if (name.toLowerCase() !== 'index') {
          unlisted(path.join(/*turbopackIgnore: true*/ full, n), base, 'nothing (a second index of the bundle; it was left out)');
          continue;
        }
        const key = lang ?? '';
        byLang.set(key, [...(byLang.get(key) ?? []), n]);
      }
      for (const [lang, files] of byLang) {
        if (files.length > 1) {
          problems.push({
            severity: 'error',
            file: displayPath(full),
            field: 'page bundle',
            expected: lang && lang !== languages.folder ? `one index file in ${lang} (index.${lang}.mdx or index.${lang}.md)` : 'one index file (index.mdx or index.md)',
            found: `both ${files.join(' and ')}`,
          });
        }
        found.push({ file: path.join(/*turbopackIgnore: true*/ full, files[0]!), nameSlug: slugify(entry.name), bundleDir: full, ...(lang ? { lang } : {}), translationPath: rel });
      }
      if (!entries.length) found.push(...discoverPosts(full, problems, languages, rel)); // a section folder, as in Hugo
      continue;
    }
    const ext = path.extname(entry.name).toLowerCase();
    if (OTHER_PAGE_FORMATS.has(ext)) {
      // Hugo publishes these as pages; leaving one out silently would lose a post.
      problems.push({
        severity: 'warning',
        file: displayPath(full),
        field: 'file',
        expected: 'a post in Markdown (.md, .markdown) or MDX (.mdx); this file was left out',
        found: `a ${ext} page`,
      });
      continue;
    }
    if ((HTML_PAGE_EXTENSIONS as readonly string[]).includes(ext) && !startsWithFrontMatter(full)) {
      problems.push({ severity: 'warning', file: displayPath(full), field: 'file', expected: HTML_WITHOUT_FRONT_MATTER, found: `a ${ext} file without front matter` });
      continue;
    }
    if (!PAGE_EXTENSIONS.includes(ext)) continue;
    const base = path.basename(entry.name, path.extname(entry.name));
    const { name, lang, suffixed } = named(base);
    const nameSlug = slugify(name);
    if (!suffixed) unlisted(full, base, `a post of its own, /posts/${nameSlug}`);
    found.push({ file: full, nameSlug, ...(lang ? { lang } : {}), translationPath: under ? `${under}/${name}` : name });
  }
  return found;
}
