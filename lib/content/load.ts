/**
 * Discovers, parses and validates everything under the content root. Pure of React and Next:
 * it returns an index and the list of problems; `index.ts` decides when to throw.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { imageSize } from 'image-size';
import type { z } from 'zod';
import { resolveEvent, type EventInfo } from '../events';
import { parseContentDate } from './dates';
import { BUNDLE_FILES_EXPECTED, classifyBundleFile, sanitiseSvg, type BundleFileKind } from './bundle-files';
import { describeValue, type ContentProblem } from './errors';
import { FrontMatterSyntaxError, parseSource, type ParsedSource } from './frontmatter';
import { displayPath } from './paths';
import { isProfileLink, PROFILE_LINK_EXPECTED, socialLabel } from './profile-links';
import { authorSchema, frontMatterSchema, type ImageSettings } from './schema';
import { deriveSummary, nameFromId, readingMinutes } from './text';

export const POST_EXTENSIONS = ['.mdx', '.md'] as const;
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.svg', '.avif']);
/** A post larger than this is almost certainly a mistake (a pasted export, a binary). */
export const MAX_POST_BYTES = 1024 * 1024;

export interface Asset {
  /** File name inside the bundle, e.g. "header.png". */
  name: string;
  /** Absolute path on disk. */
  file: string;
  /** How it is served (lib/content/bundle-files.ts): shown in place, or as a download. */
  kind: BundleFileKind;
  width?: number;
  height?: number;
}

export interface Post {
  slug: string;
  /** Absolute path of the post file. */
  file: string;
  /** How messages name the file. */
  displayPath: string;
  format: 'md' | 'mdx';
  /** Directory of a page bundle, whose files the post may reference relatively. */
  bundleDir?: string;
  assets: Record<string, Asset>;
  title: string;
  date: string;
  dateTime: number;
  lastmod?: string;
  lastmodTime?: number;
  summary: string;
  authors: string[];
  tags: string[];
  categories: string[];
  featured: boolean;
  draft: boolean;
  image: ImageSettings;
  /** The `featured.*` file of a bundle: card, hero (unless preview_only) and social image. */
  featuredImage?: Asset;
  body: string;
  /** File line on which the body starts, so compile errors can name the right line. */
  bodyLine: number;
  readingMinutes: number;
  /** Line of the `slug` field when the editor wrote one. */
  slugLine?: number;
  /** Line of each entry of `authors`, so an id without a profile is reported where it is written. */
  authorLines?: number[];
  /** The full front matter, unknown keys included, for features that read their own field. */
  data: Record<string, unknown>;
  /** The event the post announces (`event:`), with its times resolved. */
  event?: EventInfo;
}

export interface AuthorSocial {
  icon: string;
  /** https:// or mailto: only; other links are dropped at load with a warning. */
  link: string;
  /** The link's text: what the icon stands for ("Email", "LinkedIn"). */
  label: string;
}

export interface Author {
  id: string;
  name: string;
  role?: string;
  bio?: string;
  organizations: { name: string; url?: string }[];
  social: AuthorSocial[];
  avatar?: Asset;
  /** Files beside `<id>/_index.md` (the avatar and any image the biography shows). */
  assets?: Record<string, Asset>;
  /** The Markdown under the profile's front matter: a longer biography. */
  about?: { displayPath: string; format: 'md' | 'mdx'; body: string; bodyLine: number; bundleDir?: string };
  /** False for ids that posts use but no profile describes. */
  hasProfile: boolean;
}

export interface LoadOptions {
  root: string;
  includeDrafts: boolean;
  /** The site's IANA timezone: events without `timezone` are in it. UTC when not given. */
  timeZone?: string;
}

export interface LoadResult {
  /** Newest first. Drafts only when includeDrafts. */
  posts: Post[];
  authors: Map<string, Author>;
  problems: ContentProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface SourceFile {
  file: string;
  text?: string;
  problem?: ContentProblem;
}

function readSource(file: string): SourceFile {
  const shown = displayPath(file);
  const bytes = fs.readFileSync(file);
  if (bytes.length > MAX_POST_BYTES) {
    return {
      file,
      problem: {
        severity: 'error',
        file: shown,
        field: 'file',
        expected: `a post under ${MAX_POST_BYTES / 1024} KB`,
        found: `${(bytes.length / 1024).toFixed(0)} KB`,
      },
    };
  }
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    return {
      file,
      problem: {
        severity: 'error',
        file: shown,
        field: 'file',
        expected: 'UTF-8 text',
        found: 'bytes that are not UTF-8 (save the file with UTF-8 encoding)',
      },
    };
  }
}

function parseWithProblems(src: SourceFile, problems: ContentProblem[]): ParsedSource | undefined {
  if (src.problem) {
    problems.push(src.problem);
    return undefined;
  }
  const shown = displayPath(src.file);
  try {
    const parsed = parseSource(src.text!);
    if (!parsed.hasFrontMatter) {
      const firstLine = src.text!.split(/\r?\n/).find((l) => l.trim() !== '');
      const toml = firstLine?.replace(/^\uFEFF/, '').trim() === '+++';
      problems.push({
        severity: 'error',
        file: shown,
        line: 1,
        field: 'front matter',
        expected: toml
          ? 'YAML front matter between --- lines (Hugo\'s TOML between +++ is not read: replace +++ with --- and write key: value instead of key = value)'
          : 'front matter between --- lines at the top of the file',
        found: toml ? 'TOML front matter (+++)' : firstLine === undefined ? 'an empty file' : JSON.stringify(firstLine.slice(0, 60)),
      });
      return undefined;
    }
    return parsed;
  } catch (err) {
    if (err instanceof FrontMatterSyntaxError) {
      problems.push({
        severity: 'error',
        file: shown,
        line: err.line,
        field: err.field,
        expected: err.expected,
        found: err.found,
      });
      return undefined;
    }
    throw err;
  }
}

/** Turns zod issues into problems that name the line of the offending field. */
function schemaProblems(
  error: z.ZodError,
  data: Record<string, unknown>,
  parsed: ParsedSource,
  file: string,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const segments = issue.path.map(String);
    let value: unknown = data;
    for (const s of segments) value = (value as Record<string, unknown> | undefined)?.[s];
    const field = segments.length ? segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i ? `.${s}` : s)).join('') : 'front matter';
    return {
      severity: 'error' as const,
      file: displayPath(file),
      // A missing field points at the front matter's first line.
      line: parsed.lineOf(segments.join('.')) ?? 1,
      field,
      expected: issue.message,
      found: value === undefined && issue.code === 'invalid_type' ? 'nothing (the field is missing)' : describeValue(value),
    };
  });
}

/** The files of a bundle the site serves; each file left out is reported (lib/content/bundle-files.ts). */
function listAssets(dir: string, problems: ContentProblem[]): Record<string, Asset> {
  const assets: Record<string, Asset> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const ext = path.extname(entry.name).toLowerCase();
    if ((POST_EXTENSIONS as readonly string[]).includes(ext)) continue;
    const file = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    const verdict = classifyBundleFile(entry.name);
    if (!verdict.serve) {
      if (verdict.reason) problems.push({ severity: 'warning', file: displayPath(file), field: 'file', expected: BUNDLE_FILES_EXPECTED, found: verdict.reason });
      continue;
    }
    const asset: Asset = { name: entry.name, file, kind: verdict.kind };
    if (ext === '.svg') {
      const clean = sanitiseSvg(fs.readFileSync(file, 'utf8'));
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
        const size = imageSize(fs.readFileSync(file));
        asset.width = size.width;
        asset.height = size.height;
      } catch {
        // Not a readable image: served as-is, without dimensions.
      }
    }
    assets[entry.name] = asset;
  }
  return assets;
}

interface Candidate {
  file: string;
  /** Slug from the file or bundle name. */
  nameSlug: string;
  bundleDir?: string;
}

function discoverPosts(dir: string, problems: ContentProblem[]): Candidate[] {
  if (!fs.existsSync(dir)) return [];
  const found: Candidate[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    if (entry.isDirectory()) {
      const indexes = POST_EXTENSIONS.map((ext) => path.join(/*turbopackIgnore: true*/ full, `index${ext}`)).filter((f) => fs.existsSync(f));
      if (indexes.length > 1) {
        problems.push({
          severity: 'error',
          file: displayPath(full),
          field: 'page bundle',
          expected: 'one index file (index.mdx or index.md)',
          found: 'both index.mdx and index.md',
        });
      }
      if (indexes.length) found.push({ file: indexes[0]!, nameSlug: githubSlug(entry.name), bundleDir: full });
      else found.push(...discoverPosts(full, problems)); // a section folder, as in Hugo
      continue;
    }
    const ext = path.extname(entry.name).toLowerCase();
    if (!(POST_EXTENSIONS as readonly string[]).includes(ext)) continue;
    if (entry.name.startsWith('_index.')) continue; // a Hugo section page, not a post
    found.push({ file: full, nameSlug: githubSlug(path.basename(entry.name, path.extname(entry.name))) });
  }
  return found;
}

function loadPost(candidate: Candidate, problems: ContentProblem[], timeZone: string): Post | undefined {
  const parsed = parseWithProblems(readSource(candidate.file), problems);
  if (!parsed) return undefined;
  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...schemaProblems(result.error, parsed.data, parsed, candidate.file));
    return undefined;
  }
  const fm = result.data;
  const resolved = fm.event ? resolveEvent(fm.event, { timeZone, title: fm.title }) : undefined;
  if (resolved?.problems.length) {
    problems.push(
      ...resolved.problems.map((p) => ({ severity: 'error' as const, file: displayPath(candidate.file), line: parsed.lineOf(p.field), ...p })),
    );
    return undefined;
  }
  const date = parseContentDate(fm.date)!;
  const lastmod = fm.lastmod ? parseContentDate(fm.lastmod) : undefined;
  const assets = candidate.bundleDir ? listAssets(candidate.bundleDir, problems) : {};
  const featuredImage = Object.values(assets).find(
    (a) => /^featured\./i.test(a.name) && IMAGE_EXTENSIONS.has(path.extname(a.name).toLowerCase()),
  );
  return {
    slug: fm.slug ?? candidate.nameSlug,
    file: candidate.file,
    displayPath: displayPath(candidate.file),
    format: candidate.file.endsWith('.mdx') ? 'mdx' : 'md',
    bundleDir: candidate.bundleDir,
    assets,
    title: fm.title,
    date: date.iso,
    dateTime: date.time,
    lastmod: lastmod && lastmod.iso !== date.iso ? lastmod.iso : undefined,
    lastmodTime: lastmod && lastmod.iso !== date.iso ? lastmod.time : undefined,
    summary: fm.summary?.trim() || deriveSummary(parsed.body),
    authors: fm.authors,
    tags: fm.tags,
    categories: fm.categories,
    featured: fm.featured,
    draft: fm.draft,
    image: fm.image ?? { preview_only: false },
    featuredImage,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    readingMinutes: readingMinutes(parsed.body),
    slugLine: parsed.lineOf('slug'),
    authorLines: fm.authors.map((_, i) => parsed.lineOf(`authors.${i}`) ?? 1),
    data: parsed.data,
    event: resolved?.event,
  };
}

function loadAuthors(dir: string, problems: ContentProblem[]): Map<string, Author> {
  const authors = new Map<string, Author>();
  if (!fs.existsSync(dir)) return authors;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    let file: string | undefined;
    let id: string;
    let assets: Record<string, Asset> = {};
    if (entry.isDirectory()) {
      id = entry.name;
      const full = path.join(/*turbopackIgnore: true*/ dir, entry.name);
      file = ['_index.md', 'index.md', '_index.mdx', 'index.mdx'].map((n) => path.join(/*turbopackIgnore: true*/ full, n)).find((f) => fs.existsSync(f));
      assets = listAssets(full, problems);
    } else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_index.')) {
      id = entry.name.replace(/\.mdx?$/, '');
      file = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    } else continue;
    if (!file) continue;
    const parsed = parseWithProblems(readSource(file), problems);
    if (!parsed) continue;
    const result = authorSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...schemaProblems(result.error, parsed.data, parsed, file));
      continue;
    }
    const a = result.data;
    const dropLink = (field: string, link: string) =>
      problems.push({ severity: 'warning', file: displayPath(file), line: parsed.lineOf(field), field: field.replace(/\.(\d+)\./, '[$1].'), expected: `${PROFILE_LINK_EXPECTED} (the link was left out)`, found: JSON.stringify(link) });
    authors.set(id, {
      id,
      name: a.title,
      role: a.role,
      bio: a.bio,
      organizations: a.organizations.map((o, i) => {
        if (o.url === undefined || isProfileLink(o.url)) return { name: o.name, url: o.url };
        dropLink(`organizations.${i}.url`, o.url);
        return { name: o.name };
      }),
      social: a.social.flatMap((s, i) => {
        if (isProfileLink(s.link)) return [{ icon: s.icon, link: s.link.trim(), label: s.label ?? socialLabel(s.icon) }];
        dropLink(`social.${i}.link`, s.link);
        return [];
      }),
      avatar: Object.values(assets).find((x) => /^avatar\./i.test(x.name)),
      assets,
      about: parsed.body.trim()
        ? { displayPath: displayPath(file), format: file.endsWith('.mdx') ? 'mdx' : 'md', body: parsed.body, bodyLine: parsed.bodyLine, bundleDir: entry.isDirectory() ? path.dirname(file) : undefined }
        : undefined,
      hasProfile: true,
    });
  }
  return authors;
}

export function loadContent({ root, includeDrafts, timeZone = 'UTC' }: LoadOptions): LoadResult {
  const problems: ContentProblem[] = [];
  const all: Post[] = [];
  for (const candidate of discoverPosts(path.join(/*turbopackIgnore: true*/ root, 'posts'), problems)) {
    try {
      const post = loadPost(candidate, problems, timeZone);
      if (post) all.push(post);
    } catch (err) {
      // A file we cannot read at all must not hide the others' problems.
      problems.push({
        severity: 'error',
        file: displayPath(candidate.file),
        field: 'file',
        expected: 'a readable post',
        found: err instanceof Error ? err.message : String(err),
      });
    }
  }

  const bySlug = new Map<string, Post>();
  for (const post of all) {
    const first = bySlug.get(post.slug);
    if (first) {
      problems.push({
        severity: 'error',
        file: post.displayPath,
        line: post.slugLine,
        field: 'slug',
        expected: 'a slug no other post uses',
        found: `"${post.slug}", already used by ${first.displayPath}`,
      });
    } else bySlug.set(post.slug, post);
  }

  const authors = loadAuthors(path.join(/*turbopackIgnore: true*/ root, 'authors'), problems);
  const posts = all
    .filter((p) => includeDrafts || !p.draft)
    .sort((a, b) => b.dateTime - a.dateTime || a.title.localeCompare(b.title));
  // Every post that names an id without a profile is told so, at the line where it names it.
  for (const post of posts) {
    for (const [i, id] of post.authors.entries()) {
      if (authors.get(id)?.hasProfile !== false && authors.has(id)) continue;
      if (!authors.has(id)) authors.set(id, { id, name: nameFromId(id), organizations: [], social: [], hasProfile: false });
      problems.push({
        severity: 'warning',
        file: post.displayPath,
        line: post.authorLines?.[i],
        field: 'authors',
        expected: `a profile at content/authors/${id}/_index.md`,
        found: `"${id}" without one (shown as "${nameFromId(id)}")`,
      });
    }
  }
  // Report in reading order: by file, then by line.
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { posts, authors, problems };
}
