/**
 * Discovers, parses and validates everything under the content root. Pure of React and Next:
 * it returns an index and the list of problems; `index.ts` decides when to throw. Each job has its
 * own module: discover.ts (which files), read.ts (file to front matter, with problems), posts.ts,
 * authors.ts, event-pages.ts (Hugo Blox event pages, read as posts that announce an event).
 */
import path from 'node:path';
import { loadAuthorTranslations, loadAuthors, type Author } from './authors';
import fs from 'node:fs';
import { discoverPosts, type DiscoverLanguages } from './discover';
import { discoverEventPages } from './event-pages';
import { codeKey, looksLikeLanguage } from './languages';
import { inReadingOrder, type ContentProblem } from './errors';
import { displayPath } from './paths';
import { usableEntry } from './regular-files';
import { isPublished, loadPost, newestFirst, type Post } from './posts';
import { nameFromId } from '../text';

export type { Author, AuthorSocial } from './authors';
export type { Asset } from './discover';
export { POST_EXTENSIONS } from './discover';
export type { Post } from './posts';
export { MAX_POST_BYTES } from './read';

export interface LoadOptions {
  root: string;
  includeDrafts: boolean;
  /** The site's IANA timezone: events without `timezone` are in it. UTC when not given. */
  timeZone?: string;
  /** The moment publishDate and expiryDate are compared with (the build's). Now when not given. */
  now?: number;
  /** The site's language codes, the default first (site.yaml's `languages:`). English alone when not given. */
  languages?: readonly string[];
}

export interface LoadResult {
  /** Newest first. Drafts, scheduled and expired posts only when includeDrafts. */
  posts: Post[];
  /** What production publishes, newest first: `posts` without drafts, scheduled and expired ones. */
  published: Post[];
  authors: Map<string, Author>;
  /** Per language other than the default: every author, translated where a profile is. */
  authorsByLanguage: Map<string, Map<string, Author>>;
  problems: ContentProblem[];
}

/**
 * Where posts and event pages are: content/posts and content/events, whose files are in the
 * default language unless their name says otherwise (`x.nl.md`), and, as Hugo's `contentDir`
 * per language, content/<code>/posts and content/<code>/events for each language the site lists.
 */
export function discoverAll(root: string, codes: readonly string[], problems: ContentProblem[]) {
  const byKey = new Map(codes.map((c) => [codeKey(c), c]));
  const from = (dir: string, folder?: string) => {
    const languages: DiscoverLanguages = { codes: byKey, ...(folder ? { folder } : {}) };
    return [
      ...discoverPosts(path.join(/*turbopackIgnore: true*/ dir, 'posts'), problems, languages).map((c) => ({ ...c, kind: 'post' as const })),
      ...discoverEventPages(dir, problems, languages).map((c) => ({ ...c, kind: 'event' as const })),
    ];
  };
  const found = from(root);
  if (!fs.existsSync(root)) return found;
  for (const entry of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const code = byKey.get(codeKey(entry.name));
    const dir = path.join(/*turbopackIgnore: true*/ root, entry.name);
    // A language's folder that is a link would publish whatever it points at.
    if (entry.isSymbolicLink() && (code || looksLikeLanguage(entry.name))) usableEntry(dir, entry, problems);
    if (!entry.isDirectory()) continue;
    if (code) found.push(...from(dir, code));
    else if (looksLikeLanguage(entry.name) && ['posts', 'events', 'event', 'post'].some((f) => fs.existsSync(path.join(/*turbopackIgnore: true*/ dir, f)))) {
      problems.push({
        severity: 'warning',
        file: displayPath(dir),
        field: 'folder',
        expected: `"${entry.name}" listed under languages: in content/site.yaml, to publish its posts`,
        found: 'a language folder the site does not list (nothing in it was published)',
      });
    }
  }
  return found;
}

export function loadContent({ root, includeDrafts, timeZone = 'UTC', now = Date.now(), languages = ['en'] }: LoadOptions): LoadResult {
  const problems: ContentProblem[] = [];
  const all: Post[] = [];
  const defaultLanguage = languages[0] ?? 'en';
  const candidates = discoverAll(root, languages, problems);
  for (const candidate of candidates) {
    try {
      const post = loadPost(candidate, problems, timeZone, candidate.kind, defaultLanguage);
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

  // A slug is a post's address within its language; translations may share theirs.
  const bySlug = new Map<string, Post>();
  const byTranslation = new Map<string, Post>();
  const one = languages.length <= 1;
  for (const post of all) {
    const first = bySlug.get(`${post.lang}|${post.slug}`);
    if (first) {
      problems.push({
        severity: 'error',
        file: post.displayPath,
        line: post.slugLine,
        field: 'slug',
        expected: one ? 'a slug no other post uses' : `a slug no other post in ${post.lang} uses`,
        found: `"${post.slug}", already used by ${first.displayPath}`,
      });
      continue;
    }
    bySlug.set(`${post.lang}|${post.slug}`, post);
    const sibling = byTranslation.get(`${post.lang}|${post.translationKey}`);
    if (sibling && !one) {
      const keyed = post.translationKey.startsWith('key:');
      problems.push({
        severity: 'error',
        file: post.displayPath,
        line: keyed ? post.translationKeyLine : undefined,
        field: keyed ? 'translationKey' : 'file',
        expected: `one ${post.lang} version of each post`,
        found: `a second one; ${sibling.displayPath} is already the ${post.lang} version${keyed ? ` of "${post.translationKey.slice(4)}"` : ''}`,
      });
    } else byTranslation.set(`${post.lang}|${post.translationKey}`, post);
  }

  // Per language: a Hugo `ref` to a file name reaches the post of its own language.
  const renamedIn = new Map<string, Map<string, string>>();
  for (const p of all) {
    if (!renamedIn.has(p.lang)) renamedIn.set(p.lang, new Map());
    if (p.slug !== p.nameSlug) renamedIn.get(p.lang)!.set(p.nameSlug, p.slug);
  }
  for (const post of all) post.renamed = renamedIn.get(post.lang);

  const authors = loadAuthors(path.join(/*turbopackIgnore: true*/ root, 'authors'), problems);
  all.sort(newestFirst);
  const published = all.filter((p) => isPublished(p, now));
  // Drafts, posts before their publishDate and after their expiryDate: `npm run dev` only.
  const posts = includeDrafts ? all : published;
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
  const authorsByLanguage = new Map(languages.slice(1).map((code) => [code, new Map([...authors, ...loadAuthorTranslations(root, code, authors, problems)])]));
  return { posts, published, authors, authorsByLanguage, problems: inReadingOrder(problems) };
}
