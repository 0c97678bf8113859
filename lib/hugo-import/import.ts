/**
 * `npm run import:hugo`: copies a Hugo (Blox) site's posts, authors and events into the layout
 * this blog reads and writes its site.yaml. It only reads the Hugo site, and writes nothing
 * outside the target folder: every file is copied into a folder this import made, links are never
 * followed, and an existing file is never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { pluralise } from '../format';
import { isLanguageCode } from '../content/languages';
import { refusal } from '../content/regular-files';
import { readHugoConfig, setting, siteFromHugo } from './config';


/** Hugo's usual sections for posts; a site's `mainSections` adds its own. */
const POST_SECTIONS = ['post', 'posts', 'blog'];
/** Hugo Blox sections that are not posts, even where `mainSections` lists them. */
const NOT_POSTS = new Set(['authors', 'event', 'events', 'publication', 'publications', 'project', 'projects', 'talk', 'talks', 'slides', 'course', 'courses', 'home']);

/** A content folder's sections (content/, or a language's contentDir such as content/nl) → this blog's folders. */
function sectionsOf(postSections: readonly string[]): { from: string; to: string }[] {
  return [
    ...postSections.map((from) => ({ from, to: 'posts' })),
    { from: 'authors', to: 'authors' },
    { from: 'event', to: 'events' },
    { from: 'events', to: 'events' },
  ];
}

/** The sections whose pages are posts: Hugo's usual ones, then those of `mainSections` that can be. */
function postSectionsOf(data: Record<string, unknown>): string[] {
  const main = setting(data, 'params.mainSections') ?? setting(data, 'mainSections') ?? setting(data, 'params.mainsections');
  const listed = (Array.isArray(main) ? main : typeof main === 'string' ? [main] : []).filter((s): s is string => typeof s === 'string' && /^[A-Za-z0-9_-]+$/.test(s));
  return [...new Set([...POST_SECTIONS, ...listed.filter((s) => !NOT_POSTS.has(s.toLowerCase()))])];
}
/** What the import writes into the target, and what --force replaces (with the languages' <code>/ folders). */
export const TARGET_ENTRIES = ['posts', 'authors', 'events', 'site.yaml'] as const;

/** A language code that can name a folder of the target (and is not one of its own entries). */
const isLanguageFolder = (code: string) => isLanguageCode(code) && !(TARGET_ENTRIES as readonly string[]).includes(code);

export class ImportRefused extends Error {}

export interface ImportOptions {
  /** The Hugo site: the folder with config.toml / hugo.yaml and content/. */
  source: string;
  /** The content folder to write. */
  into: string;
  force?: boolean;
}

export interface ImportResult {
  source: string;
  target: string;
  posts: number;
  authors: number;
  events: number;
  /** What the import did differently from a plain copy. */
  changes: string[];
  /** Problems with the configuration, and what could not be taken from it. */
  notes: string[];
}

const inside = (dir: string, p: string) => p === dir || p.startsWith(dir + path.sep);

function realDir(p: string): string | undefined {
  try {
    return fs.realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Prepares the target and returns its real path; refuses whatever would write outside it. */
function prepareTarget(source: string, into: string, force: boolean, languageFolders: readonly string[] = []): string {
  const entries = [...TARGET_ENTRIES, ...languageFolders];
  const wanted = path.resolve(into);
  if (fs.lstatSync(wanted, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new ImportRefused(`The target ${into} is a link: the import writes only into a real folder. Import into the folder it points to, or remove the link.`);
  }
  // The nearest folder that exists decides where the target really is (links resolved).
  let existing = wanted;
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const real = path.join(fs.realpathSync(existing), path.relative(existing, wanted));
  if (inside(source, real) || inside(real, source)) {
    throw new ImportRefused(`The target ${into} and the Hugo site ${source} overlap: import into a folder outside the Hugo site (the site is never changed).`);
  }
  if (fs.existsSync(real)) {
    if (!fs.statSync(real).isDirectory()) throw new ImportRefused(`The target ${into} is a file, not a folder.`);
    const present = fs.readdirSync(real).filter((n) => n !== '.DS_Store').sort();
    if (present.length && !force) {
      throw new ImportRefused(
        `The target ${into} is not empty (${present.slice(0, 5).join(', ')}${present.length > 5 ? ', …' : ''}). Import into an empty folder with --into <folder>, or add --force to replace its ${entries.join(', ')}.`,
      );
    }
    for (const name of entries) {
      const p = path.join(real, name);
      const stat = fs.lstatSync(p, { throwIfNoEntry: false });
      if (stat?.isSymbolicLink()) throw new ImportRefused(`${path.join(into, name)} is a link: the import writes only into real folders inside ${into}. Remove the link first.`);
    }
    for (const name of entries) fs.rmSync(path.join(real, name), { recursive: true, force: true });
  }
  fs.mkdirSync(real, { recursive: true });
  return real;
}

interface CopyLog {
  files: number;
  skipped: string[];
}

/** Copies a tree of regular files: links are skipped (never followed), hidden files left out. */
function copyTree(src: string, dest: string, target: string, shownFrom: string, log: CopyLog): void {
  if (!inside(target, dest)) throw new Error(`import: refusing to write ${dest}, outside ${target}`);
  fs.mkdirSync(dest, { recursive: true });
  if (fs.lstatSync(dest).isSymbolicLink() || !inside(target, fs.realpathSync(dest))) throw new Error(`import: refusing to write through ${dest}`);
  for (const entry of fs.readdirSync(src, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const from = path.join(src, entry.name);
    const shown = `${shownFrom}/${entry.name}`;
    if (entry.name.startsWith('.')) {
      log.skipped.push(`${shown} (a hidden file)`);
      continue;
    }
    if (entry.isSymbolicLink()) {
      log.skipped.push(`${shown} (a link to ${fs.readlinkSync(from)}; copy what it points to yourself if it belongs to the site)`);
      continue;
    }
    const to = path.join(dest, entry.name);
    if (entry.isDirectory()) copyTree(from, to, target, shown, log);
    else if (!entry.isFile()) log.skipped.push(`${shown} (${refusal(entry)!.found.replace(/; it was left out$/, '')}, not a file)`);
    else {
      if (fs.existsSync(to)) {
        log.skipped.push(`${shown} (${path.basename(dest)}/${entry.name} came from another folder already)`);
        continue;
      }
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      log.files++;
    }
  }
}

const POST_FILE = /\.(md|mdx|markdown|html?)$/i;

/** Posts as the loader finds them: bundles (a folder with index.*) and single files, in sections too. */
function countPosts(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) n += fs.readdirSync(full).some((f) => /^index\.(mdx?|markdown|html?)$/.test(f)) ? 1 : countPosts(full);
    else if (POST_FILE.test(e.name) && !e.name.startsWith('_index.')) n++;
  }
  return n;
}

const countFolders = (dir: string, index: RegExp) =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && fs.readdirSync(path.join(dir, e.name)).some((f) => index.test(f))).length : 0;

export function importHugoSite({ source, into, force = false }: ImportOptions): ImportResult {
  const site = realDir(path.resolve(source));
  if (!site || !fs.statSync(site).isDirectory()) throw new ImportRefused(`${source} is not a folder.`);
  if (!fs.existsSync(path.join(site, 'content'))) throw new ImportRefused(`${source} is not a Hugo site: it has no content/ folder.`);
  const config = readHugoConfig(site);
  const { site: siteYaml, contentDirs, taken, notes } = siteFromHugo(config.data);
  const languageFolders = contentDirs.filter((c) => !c.isDefault && isLanguageFolder(c.code)).map((c) => c.code);
  const target = prepareTarget(site, into, force, languageFolders);
  const changes: string[] = [];
  const log: CopyLog = { files: 0, skipped: [] };
  /** Copies one Hugo folder (`from`, relative to the site) into the target's `to`; links are never followed. */
  const copyFolder = (from: string, to: string, note: string) => {
    const src = path.join(site, from);
    const stat = fs.lstatSync(src, { throwIfNoEntry: false });
    if (!stat) return;
    // A link anywhere on the way (content/nl itself a link) would copy from outside the site.
    const real = realDir(src);
    if (stat.isSymbolicLink() || !stat.isDirectory() || !real || !inside(site, real)) {
      log.skipped.push(`${from} (${stat.isDirectory() ? 'reached through a link' : stat.isSymbolicLink() ? 'a link' : 'not a folder'})`);
      return;
    }
    const before = log.files;
    copyTree(src, path.join(target, to), target, from, log);
    changes.push(`${from}/ → ${to}/ (${pluralise(log.files - before, 'file', 'files')}${note})`);
  };
  const postSections = postSectionsOf(config.data);
  const sections = sectionsOf(postSections);
  for (const { from, to } of sections) copyFolder(`content/${from}`, to, from === to ? '' : `; Hugo's ${from}/ section is ${to}/ here`);

  // A language with its own contentDir (Hugo Blox's content/en, content/nl): its posts and events
  // go to posts/ and events/ for the default language, to <code>/posts/ and <code>/events/ for the others.
  for (const { code, dir, isDefault } of contentDirs) {
    const base = path.resolve(site, dir);
    if (!inside(site, base) || base === site) {
      notes.push(`languages.${code}.contentDir ${JSON.stringify(dir)} is outside the site's folder: its content was not copied`);
      continue;
    }
    if (!isDefault && !isLanguageFolder(code)) {
      notes.push(`languages.${code}.contentDir ${dir}: "${code}" cannot be a folder here; its content was not copied`);
      continue;
    }
    // A language's own author profiles (translated bios) go to <code>/authors/: its pages and bylines show them.
    for (const { from, to } of sections) copyFolder(`${dir}/${from}`, isDefault ? to : `${code}/${to}`, isDefault ? '' : `; ${code} content is under ${code}/ here`);
  }
  // Where the posts were: their old addresses (/<section>/…, or the section's permalink) redirect.
  const defaultDir = contentDirs.find((c) => c.isDefault)?.dir;
  const section = postSections.find((name) => [`content/${name}`, ...(defaultDir ? [`${defaultDir}/${name}`] : [])].some((d) => fs.existsSync(path.join(site, d))));
  const sectionsFound = postSections.filter((name) => ['content', ...contentDirs.map((c) => c.dir)].some((d) => fs.existsSync(path.join(site, d, name))));
  if (section && section !== 'post') {
    siteYaml.hugo = { section, ...siteYaml.hugo };
    taken.push(`hugo.section from the content folder (${section}/)`);
  }
  // Other sections (notes/, docs/, a page such as about.md) are not posts here: said, never lost silently.
  const known = new Set(sections.map((x) => x.from.toLowerCase()));
  const contentDirNames = new Set(contentDirs.map((c) => c.dir));
  for (const dir of ['content', ...contentDirs.map((c) => c.dir)]) {
    const full = path.join(site, dir);
    if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) continue;
    for (const e of fs.readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory() || e.name.startsWith('.') || known.has(e.name.toLowerCase()) || contentDirNames.has(`${dir}/${e.name}`)) continue;
      notes.push(`${dir}/${e.name}/ not copied: only posts (the sections ${postSections.join(', ')}), authors and events move; list ${e.name} in mainSections to bring its pages as posts`);
    }
  }
  if (sectionsFound.length > 1) notes.push(`posts came from ${sectionsFound.map((s) => `${s}/`).join(' and ')}: old addresses are redirected as Hugo gave them in ${section}/; add aliases: to the others' posts`);
  const header = `# Written by npm run import:hugo from ${config.files.length ? config.files.join(', ') : 'no Hugo configuration (defaults)'}.\n# Fields: title, description, url, language, languages, timezone, pageSize, nav, feed, hugo (CONTENT.md).\n`;
  fs.writeFileSync(path.join(target, 'site.yaml'), header + (Object.keys(siteYaml).length ? stringify(siteYaml) : ''), { flag: 'wx' });
  changes.push(`${config.files.length ? config.files.join(', ') : 'no config file'} → site.yaml (${taken.length ? taken.join(', ') : 'nothing taken: defaults'})`);
  for (const s of log.skipped) changes.push(`not copied: ${s}`);
  const languageDirs = languageFolders.filter((code) => fs.existsSync(path.join(target, code)));
  return {
    source: site,
    target,
    posts: ['', ...languageDirs].reduce((n, d) => n + countPosts(path.join(target, d, 'posts')), 0),
    authors: countFolders(path.join(target, 'authors'), /^_?index\.mdx?$/),
    events: ['', ...languageDirs].reduce((n, d) => n + countFolders(path.join(target, d, 'events'), /^index\.mdx?$/), 0),
    changes,
    notes: [...config.problems, ...notes],
  };
}
