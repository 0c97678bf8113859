/** One post: its front matter validated, its dates, summary, assets and event resolved. */
import path from 'node:path';
import { resolveEvent, type EventInfo } from '../events';
import { DATE_EXPECTED, parseContentDate } from './dates';
import { IMAGE_EXTENSIONS, listAssets, type Asset, type Candidate } from './discover';
import type { ContentProblem } from './errors';
import { displayPath } from './paths';
import { readContentFile, validate } from './read';
import { mapHugoSpellings, type FeaturedPath } from './hugo-fields';
import { EVENT_PAGE_FIELD, eventFromPage, type EventPageExtras } from './event-pages';
import { fieldName, type ParsedSource } from './frontmatter';
import { isProfileLink, PROFILE_LINK_EXPECTED } from '../security/profile-links';
import { DATE_FIELDS, eventPageSchema, frontMatterSchema, isBlank, LENIENT_FIELDS, type FrontMatter, type ImageSettings } from './schema';
import { deriveSummary, htmlProse, readingMinutes } from '../text';
import { inlineMarkdownText } from '../inline-markdown';
import { declaredOldPaths, type OldPathClaim } from '../routes/redirects';
import { own } from '../own';

/** A post: the front matter fields as the schema gives them, and what the loader derives. */
export type Post = Pick<FrontMatter, 'title' | 'authors' | 'tags' | 'categories' | 'featured' | 'draft' | 'comments'> & {
  slug: string;
  /**
   * The site's posts whose own `slug:` differs from their file or folder name: name → slug, one map
   * shared by every post, so a Hugo `ref` to a file name reaches the post where it is served.
   */
  renamed?: ReadonlyMap<string, string>;
  /** The slug the file or folder name gives (what `slug:` overrides). */
  nameSlug: string;
  /** The language it is written in: a code of the site's `languages:` (its default when the file names none). */
  lang: string;
  /**
   * What links it to its translations: `translationKey:` when written, else its path under its
   * language's folder without language suffix (a bundle's translations share their folder).
   */
  translationKey: string;
  /** Absolute path of the post file. */
  file: string;
  /** How messages name the file. */
  displayPath: string;
  /** `html`: a page in HTML with front matter (lib/mdx/html-page.ts). */
  format: 'md' | 'mdx' | 'html';
  /** Directory of a page bundle, whose files the post may reference relatively. */
  bundleDir?: string;
  assets: Record<string, Asset>;
  /** Normalised date (see lib/content/dates.ts) and its instant. */
  date: string;
  dateTime: number;
  lastmod?: string;
  lastmodTime?: number;
  /** `publishDate` when written: the post is left out of production before it. */
  publishTime?: number;
  /** `expiryDate` when written: the post is left out of production from it on. */
  expiryTime?: number;
  /** The editor's summary as text (its inline Markdown read), or one derived from the body (plain text). */
  summary: string;
  image: ImageSettings;
  /** The `featured.*` file of a bundle: card, hero (unless preview_only) and social image. */
  featuredImage?: Asset;
  body: string;
  /** File line on which the body starts, so compile errors can name the right line. */
  bodyLine: number;
  readingMinutes: number;
  /** Line of the `slug` field when the editor wrote one. */
  slugLine?: number;
  /** Line of `translationKey` when written. */
  translationKeyLine?: number;
  /** Line of each entry of `authors`, so an id without a profile is reported where it is written. */
  authorLines?: number[];
  /** Old addresses from `aliases:` and `url:` (lib/routes/redirects.ts). */
  oldPaths?: OldPathClaim[];
  /** The full front matter, unknown keys included, for features that read their own field. */
  data: Record<string, unknown>;
  /** The event the post announces (`event:`), with its times resolved. */
  event?: EventInfo;
  /** Set for a Hugo Blox event page (content/events/): what its page shows beside the event card. */
  eventPage?: EventPageExtras;
};

/** Hugo's default: a page's date is `date`, else `publishDate`, else `pubDate`, else `lastmod`. */
export function dateOf(fm: Pick<FrontMatter, (typeof DATE_FIELDS)[number]>): string | undefined {
  for (const field of DATE_FIELDS) if (fm[field] !== undefined) return fm[field];
  return undefined;
}

/** The site's order for posts: newest first, posts of the same moment by title. */
export const newestFirst = (a: Pick<Post, 'dateTime' | 'title'>, b: Pick<Post, 'dateTime' | 'title'>): number =>
  b.dateTime - a.dateTime || a.title.localeCompare(b.title);

/** Whether production shows the post at `now`: not a draft, past its publishDate, before its expiryDate. */
export function isPublished(post: Pick<Post, 'draft' | 'publishTime' | 'expiryTime'>, now: number): boolean {
  return !post.draft && (post.publishTime === undefined || post.publishTime <= now) && (post.expiryTime === undefined || now < post.expiryTime);
}

/** The bundle image a featured image path (`image: "slides.png"`) names; a warning when it names none. */
function namedImage(named: FeaturedPath | undefined, assets: Record<string, Asset>, warn: (expected: string, found: string) => void): Asset | undefined {
  if (!named) return undefined;
  const name = named.path.replace(/^\.\//, '');
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  if (asset && IMAGE_EXTENSIONS.has(path.extname(asset.name).toLowerCase())) return asset;
  warn('an image file in the post\'s folder, such as featured.jpg', `${JSON.stringify(named.path)}, which is not one (the post is shown without it)`);
  return undefined;
}

/** An event page read as its event, and the page's own extras. */
type EventPage = ReturnType<typeof eventFromPage>;

/**
 * A Hugo Blox event page's own fields, checked, and read as the event it announces; a link in it
 * that is not a profile link (https:// or mailto:) is left out with a warning. Null when the page
 * fails its check: it is then not read as a post.
 */
function readEventPage(data: Record<string, unknown>, parsed: ParsedSource, file: string, problems: ContentProblem[]): EventPage | null {
  const page = validate(eventPageSchema, data, parsed, file, problems, LENIENT_FIELDS.eventPage);
  if (!page) return null;
  const shown = displayPath(file);
  return eventFromPage(page, (field, url) => {
    if (isProfileLink(url)) return true;
    problems.push({ severity: 'warning', file: shown, line: parsed.lineOf(field), field: fieldName(field.split('.')), expected: `${PROFILE_LINK_EXPECTED} (the link was left out)`, found: JSON.stringify(url) });
    return false;
  });
}

/**
 * The event a post announces (its `event:`, or an event page's own fields), resolved in the site's
 * timezone; undefined when it announces none. Null, with an error on each field's line (an event
 * page's named as the page writes them), when the event cannot be placed in time.
 */
function postEvent(fm: FrontMatter, fromPage: EventPage | undefined, timeZone: string, parsed: ParsedSource, shown: string, problems: ContentProblem[]): EventInfo | undefined | null {
  const eventFields = fromPage?.event ?? fm.event;
  const resolved = eventFields ? resolveEvent(eventFields, { timeZone, title: fm.title }) : undefined;
  if (resolved?.problems.length) {
    problems.push(
      ...resolved.problems.map((p) => {
        const field = fromPage ? (own(EVENT_PAGE_FIELD, p.field) ?? p.field) : p.field;
        return { severity: 'error' as const, file: shown, line: parsed.lineOf(field), ...p, field };
      }),
    );
    return null;
  }
  if (resolved?.event && fromPage?.extras.allDay) resolved.event.allDay = true;
  return resolved?.event;
}

/** The post's featured image: the one its front matter names (with a warning if that is no image), else a bundle's featured.* image. */
function featuredImageOf(named: FeaturedPath | undefined, assets: Record<string, Asset>, parsed: ParsedSource, shown: string, problems: ContentProblem[]): Asset | undefined {
  return namedImage(named, assets, (expected, found) =>
    problems.push({ severity: 'warning', file: shown, line: parsed.lineOf(named!.field), field: named!.field, expected, found }),
  ) ?? Object.values(assets).find(
    (a) => /^featured\./i.test(a.name) && IMAGE_EXTENSIONS.has(path.extname(a.name).toLowerCase()),
  );
}

/** A post, or (kind "event") a Hugo Blox event page, which is read as a post announcing its event. */
export function loadPost(
  candidate: Candidate,
  problems: ContentProblem[],
  timeZone: string,
  kind: 'post' | 'event' = 'post',
  defaultLanguage = 'en',
): Post | undefined {
  const parsed = readContentFile(candidate.file, problems);
  if (!parsed) return undefined;
  const shown = displayPath(candidate.file);
  const hugo = mapHugoSpellings(parsed.data);
  const data = hugo.data;
  const fromPage = kind === 'event' ? readEventPage(data, parsed, candidate.file, problems) : undefined;
  if (fromPage === null) return undefined;
  // An event page's `event:` is the series name; the post fields are checked as for any post.
  const postProblems: ContentProblem[] = [];
  const fm = validate(frontMatterSchema, fromPage ? { ...data, event: undefined } : data, parsed, candidate.file, postProblems, LENIENT_FIELDS.post);
  // An event page's warnings were given by its own check above.
  problems.push(...(fromPage ? postProblems.filter((p) => p.severity === 'error') : postProblems));
  const noDate = DATE_FIELDS.every((f) => isBlank(data[f]));
  if (noDate) {
    problems.push({ severity: 'error', file: displayPath(candidate.file), line: 1, field: 'date', expected: DATE_EXPECTED, found: 'nothing (the field is missing)' });
  }
  if (!fm || noDate) return undefined;
  const event = postEvent(fm, fromPage, timeZone, parsed, shown, problems);
  if (event === null) return undefined;
  // An event page's date is the event's; the page itself dates from its publishDate when it has one.
  const date = parseContentDate((fromPage ? fm.publishDate : undefined) ?? dateOf(fm)!)!;
  const lastmod = fm.lastmod ? parseContentDate(fm.lastmod) : undefined;
  const assets = candidate.bundleDir ? listAssets(candidate.bundleDir, problems) : {};
  const format = /\.html?$/i.test(candidate.file) ? 'html' : candidate.file.endsWith('.mdx') ? 'mdx' : 'md';
  // Summaries and reading time count an HTML page's prose, not its markup and scripts.
  const prose = format === 'html' ? htmlProse(parsed.body) : parsed.body;
  const featuredImage = featuredImageOf(hugo.featuredPath, assets, parsed, shown, problems);
  return {
    slug: fm.slug ?? candidate.nameSlug,
    nameSlug: candidate.nameSlug,
    lang: candidate.lang ?? defaultLanguage,
    translationKey: fm.translationKey ? `key:${fm.translationKey}` : `${kind}:${candidate.translationPath}`,
    file: candidate.file,
    displayPath: displayPath(candidate.file),
    format,
    bundleDir: candidate.bundleDir,
    assets,
    title: fm.title,
    date: date.iso,
    dateTime: date.time,
    lastmod: lastmod && lastmod.iso !== date.iso ? lastmod.iso : undefined,
    lastmodTime: lastmod && lastmod.iso !== date.iso ? lastmod.time : undefined,
    publishTime: fm.publishDate ? parseContentDate(fm.publishDate)!.time : undefined,
    expiryTime: fm.expiryDate ? parseContentDate(fm.expiryDate)!.time : undefined,
    // The editor's summary is Markdown, as in Hugo: its text goes to meta descriptions, feeds and cards.
    // A report's first words are near its start: its megabytes of tables are not read for them.
    summary: fm.summary?.trim()
      ? inlineMarkdownText(fm.summary)
      : deriveSummary(format === 'html' && !/<!--\s*more\s*-->/i.test(prose) ? prose.slice(0, 20_000) : prose),
    authors: fm.authors,
    tags: fm.tags,
    categories: fm.categories,
    featured: fm.featured,
    draft: fm.draft,
    comments: fm.comments,
    image: fm.image ?? { preview_only: false },
    featuredImage,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
    readingMinutes: readingMinutes(prose),
    slugLine: parsed.lineOf('slug'),
    translationKeyLine: fm.translationKey ? parsed.lineOf('translationKey') : undefined,
    authorLines: fm.authors.map((_, i) => parsed.lineOf(`authors.${i}`) ?? 1),
    oldPaths: declaredOldPaths(fm, parsed.lineOf),
    data: parsed.data,
    event,
    eventPage: fromPage?.extras,
  };
}

