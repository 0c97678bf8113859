/**
 * The check `npm run check` makes, on one entry the editor is about to save: the same loader, the
 * same schema, the same MDX compile, so the same messages. The editor shows each problem beside
 * its field and refuses to save while any is an error.
 *
 * The entry is checked in a scratch copy of the content root that holds what the check reads
 * around it (site.yaml, the interface words, the author profiles, the other files of its bundle)
 * and the entry's new text; messages name the real file. Server-side only (it reads and writes
 * files): the local editor and a hosted site's preview call it through a route.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../content/load';
import { loadSite } from '../content/site';
import { inReadingOrder, type ContentProblem } from '../content/errors';
import { displayPath } from '../content/paths';
import { POST_EXTENSIONS } from '../content/discover';
import { EVENT_FOLDERS } from '../content/event-pages';
import { authorProblems, postProblems } from '../mdx/problems';

export type EntryKind = 'post' | 'event' | 'author' | 'site';

export interface EntryProblem extends ContentProblem {
  /** The form field the problem belongs beside: the top-level front matter key (`event`, `tags`), or `body`. */
  formField: string;
}

export interface EntryCheck {
  kind: EntryKind;
  /** Every problem, errors and warnings, in reading order. */
  problems: EntryProblem[];
  /** True when any problem is an error: the entry must not be saved. */
  blocked: boolean;
}

const SITE_FILES = ['site.yaml', 'site.yml', 'site.json'];

/** What an entry is, from its path under the content root (`posts/x/index.md`, `nl/authors/ada/_index.md`). */
export function entryKind(file: string): EntryKind | undefined {
  const parts = file.split('/');
  if (parts.length === 1 && SITE_FILES.includes(parts[0]!)) return 'site';
  if (!(POST_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase())) return undefined;
  // A language folder (content/nl/posts/…) in front of the section.
  const section = parts.length > 2 && /^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(parts[0]!) && ['posts', 'authors', ...EVENT_FOLDERS].includes(parts[1]!) ? parts[1] : parts[0];
  if (section === 'posts') return 'post';
  if (section === 'authors') return 'author';
  if ((EVENT_FOLDERS as readonly string[]).includes(section!)) return 'event';
  return undefined;
}

/** The form field of a problem: `event.start` → event, `tags[1]` → tags; body and file problems → body. */
function formFieldOf(p: ContentProblem): string {
  if (p.field === 'body' || p.field === 'file' || p.field === 'page bundle' || p.field === 'front matter') return p.field === 'front matter' ? 'front matter' : 'body';
  return p.field.split(/[.[]/)[0]!;
}

const TEXT_FILES = /\.(md|mdx|markdown|ya?ml|json|toml)$/i;

/** Copies the text files of a folder (profiles, interface words): what the check reads, no pictures. */
function copyText(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) copyText(source, path.join(to, entry.name));
    else if (TEXT_FILES.test(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, path.join(to, entry.name));
    }
  }
}

/** A bundle's other files (its pictures), linked rather than copied where the disk allows. */
function linkBundle(from: string, to: string, except: string): void {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === except || entry.isSymbolicLink()) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      linkBundle(source, target, '');
      continue;
    }
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
  }
}

/**
 * Checks one entry given its path relative to the content root (`posts/x/index.md`,
 * `authors/ada/_index.md`, `site.yaml`) and the text about to be written. The path must stay
 * inside the content root.
 */
export async function checkEntry(root: string, file: string, raw: string, options: { compile?: boolean } = {}): Promise<EntryCheck> {
  const rel = path.posix.normalize(file.replace(/\\/g, '/'));
  if (rel.startsWith('../') || rel === '..' || path.posix.isAbsolute(rel)) throw new Error(`${file}: not a path inside the content folder`);
  const kind = entryKind(rel);
  if (!kind) throw new Error(`${file}: not a post, event page, author profile or site.yaml`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-editor-check-'));
  try {
    for (const name of SITE_FILES) if (fs.existsSync(path.join(root, name))) fs.copyFileSync(path.join(root, name), path.join(scratch, name));
    copyText(path.join(root, 'i18n'), path.join(scratch, 'i18n'));
    copyText(path.join(root, 'authors'), path.join(scratch, 'authors'));
    for (const entry of fs.existsSync(root) ? fs.readdirSync(root, { withFileTypes: true }) : []) {
      if (entry.isDirectory() && fs.existsSync(path.join(root, entry.name, 'authors'))) copyText(path.join(root, entry.name, 'authors'), path.join(scratch, entry.name, 'authors'));
    }
    const target = path.join(scratch, rel);
    if (kind === 'site') for (const name of SITE_FILES) fs.rmSync(path.join(scratch, name), { force: true });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (kind !== 'site' && /^_?index\./.test(path.basename(rel))) linkBundle(path.join(root, path.dirname(rel)), path.dirname(target), path.basename(rel));
    fs.writeFileSync(target, raw);

    // What buildIndex does for `npm run check`, without the cached door (lib/content/index.ts) routes read.
    const siteProblems: ContentProblem[] = [];
    const site = loadSite(scratch, siteProblems);
    const loaded = loadContent({ root: scratch, includeDrafts: true, timeZone: site.timezone, languages: site.languages.map((l) => l.code) });
    const index = { ...loaded, everyPost: loaded.posts, problems: [...siteProblems, ...loaded.problems] };
    const shownScratch = displayPath(scratch);
    const shownRoot = displayPath(path.resolve(root));
    const entryShown = displayPath(target);
    const bundleShown = displayPath(path.dirname(target));
    const concerns = (p: ContentProblem) =>
      p.file === entryShown || (kind !== 'site' && /^_?index\./.test(path.basename(rel)) && p.file.startsWith(`${bundleShown}/`)) || (kind !== 'site' && p.file === bundleShown);
    const found = index.problems.filter(concerns);
    if (options.compile !== false && !found.some((p) => p.severity === 'error')) {
      if (kind === 'post' || kind === 'event') {
        const post = index.everyPost.find((p) => p.displayPath === entryShown);
        if (post) found.push(...(await postProblems(post)));
      } else if (kind === 'author') {
        const author = [index.authors, ...index.authorsByLanguage.values()].flatMap((m) => [...m.values()]).find((a) => a.about?.displayPath === entryShown);
        if (author) found.push(...(await authorProblems(author)));
      }
    }
    const problems = inReadingOrder(
      found.map((p) => ({ ...p, file: p.file.startsWith(shownScratch) ? shownRoot + p.file.slice(shownScratch.length) : p.file, formField: formFieldOf(p) })),
    ) as EntryProblem[];
    return { kind, problems, blocked: problems.some((p) => p.severity === 'error') };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
