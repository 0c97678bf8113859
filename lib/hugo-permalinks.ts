/**
 * Where a Hugo site served a page, from the settings site.yaml carries over from it (`hugo:`,
 * written by npm run import:hugo): the section the posts were in, `permalinks` per section and per
 * language, `uglyURLs` and `defaultContentLanguageInSubdir`. Pure: the caller gives the page's
 * facts (folders, title, date, front matter slug) and gets the address Hugo gave it, so that
 * lib/routes/redirects.ts can send it to the page's new one.
 */
import { z } from 'zod';

/** The tokens Hugo expands in a permalink pattern (its documentation's list), each read from the page. */
export const PERMALINK_TOKENS = [
  'year', 'month', 'monthname', 'day', 'weekday', 'weekdayname', 'yearday',
  'section', 'sections', 'title', 'slug', 'slugorfilename', 'filename', 'contentbasename',
] as const;

export const PERMALINK_EXPECTED = `a Hugo permalink pattern such as /:year/:month/:slug/ (tokens: ${PERMALINK_TOKENS.map((t) => `:${t}`).join(' ')})`;
const SECTION_EXPECTED = 'a section folder name of the Hugo site, such as post, posts or blog';

const TOKEN = /:([a-z]+)(\[[^\]]*\])?/g;

/** Whether every `:token` in a pattern is one Hugo knows (a typo would silently lose every old address). */
export function isPermalinkPattern(pattern: string): boolean {
  if (!pattern.startsWith('/') || /[\s?#\\]/.test(pattern)) return false;
  for (const m of pattern.matchAll(TOKEN)) {
    if (!(PERMALINK_TOKENS as readonly string[]).includes(m[1]!)) return false;
    if (m[2] && m[1] !== 'sections') return false;
  }
  return true;
}

const pattern = z.string({ error: PERMALINK_EXPECTED }).trim().refine(isPermalinkPattern, { error: PERMALINK_EXPECTED });
const patterns = z.record(z.string(), pattern, { error: 'patterns by section, such as { posts: /:year/:month/:slug/ }' });

/** site.yaml's `hugo:`: how the Hugo site this one came from addressed its posts. */
export const hugoUrlsSchema = z.object(
  {
    /** The section the posts were in on the Hugo site (Hugo Blox's is post). */
    section: z.string({ error: SECTION_EXPECTED }).trim().regex(/^[A-Za-z0-9_.-]+$/, { error: SECTION_EXPECTED }).default('post'),
    permalinks: patterns.default({}),
    uglyURLs: z.union([z.boolean(), z.record(z.string(), z.boolean())], { error: 'true, false, or true/false by section' }).default(false),
    defaultContentLanguageInSubdir: z.boolean({ error: 'true or false' }).default(false),
    /** A language's own patterns (Hugo's `languages.<code>.permalinks`), over the site's. */
    languages: z.record(z.string(), z.object({ permalinks: patterns.default({}) }), { error: 'settings by language code, such as { en: { permalinks: { posts: /:slug/ } } }' }).default({}),
  },
  { error: 'the Hugo site\'s address settings, such as { section: posts, permalinks: { posts: /:year/:month/:slug/ } }' },
);

export type HugoUrls = z.infer<typeof hugoUrlsSchema>;
/** A site that never said: Hugo Blox's defaults. */
export const HUGO_BLOX_URLS: HugoUrls = hugoUrlsSchema.parse({});

/** What Hugo knew of a page that its address can be made of. */
export interface HugoPage {
  /** Folders from the section to the page, the last being the bundle's folder or the file's name (no extension, no language suffix). */
  dirs: string[];
  /** Which of `dirs` (all but the last) were sections of their own in Hugo (they have an _index.md). */
  nestedSections: string[];
  title: string;
  /** `slug:` of the front matter, when written. */
  slug?: string;
  /** The date as written (lib/content/dates.ts iso): Hugo reads its date parts as written. */
  date: string;
  /** The page's language code. */
  lang: string;
  isDefaultLanguage: boolean;
}

/**
 * Hugo's urlize: lower case; letters (any script), digits and marks kept, as are . / \ _ - # + ~ @;
 * a space becomes a hyphen unless one came just before; anything else is dropped.
 */
export function hugoUrlize(text: string): string {
  let out = '';
  let wasHyphen = false;
  for (const ch of text.trim()) {
    if (/[\p{L}\p{N}\p{M}./\\_#+~@-]/u.test(ch)) {
      wasHyphen = ch === '-';
      out += ch;
    } else if (!wasHyphen && /\s/u.test(ch)) {
      wasHyphen = true;
      out += '-';
    }
  }
  return out.toLowerCase();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * `:sections[1:]`, `[last]`, `[:last]`, `[1:2]`, `[0]`: Hugo's slices, Go's rule (the end left
 * out; `last` is the last index), never out of bounds.
 */
function sliceSections(sections: string[], spec: string | undefined): string[] {
  if (!spec) return sections;
  const inner = spec.slice(1, -1).replace(/\s+/g, '');
  const at = (s: string, fallback: number) => Math.min(sections.length, Math.max(0, s === '' ? fallback : s === 'last' ? sections.length - 1 : Number(s) || 0));
  if (!inner.includes(':')) {
    const i = at(inner, 0);
    return sections.slice(i, i + 1);
  }
  const [from, to] = inner.split(':') as [string, string];
  return sections.slice(at(from, 0), at(to, sections.length));
}

/** The pattern that applies: the language's own, else the site's, for the section. */
export function permalinkPattern(settings: HugoUrls, lang: string): string | undefined {
  const own = Object.entries(settings.languages).find(([code]) => code.toLowerCase() === lang.toLowerCase())?.[1].permalinks;
  const find = (map: Record<string, string> | undefined) => map && Object.entries(map).find(([section]) => section.toLowerCase() === settings.section.toLowerCase())?.[1];
  return find(own) ?? find(settings.permalinks);
}

const isUgly = (settings: HugoUrls) =>
  typeof settings.uglyURLs === 'boolean' ? settings.uglyURLs : Object.entries(settings.uglyURLs).some(([s, v]) => v && s.toLowerCase() === settings.section.toLowerCase());

/** A pattern filled in for one page, as Hugo does (every part lower case, as Hugo's paths are by default). */
export function expandPermalink(patternText: string, page: HugoPage, section: string): string {
  const [y, mo, d] = page.date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const yearday = Math.round((day.getTime() - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
  const base = page.dirs.at(-1) ?? '';
  const sections = [section, ...page.nestedSections];
  const value = (token: string, slice?: string): string => {
    switch (token) {
      case 'year': return String(y).padStart(4, '0');
      case 'month': return String(mo).padStart(2, '0');
      case 'monthname': return MONTHS[mo - 1]!;
      case 'day': return String(d).padStart(2, '0');
      case 'weekday': return String(day.getUTCDay());
      case 'weekdayname': return WEEKDAYS[day.getUTCDay()]!;
      case 'yearday': return String(yearday);
      case 'section': return section;
      case 'sections': return sliceSections(sections, slice).join('/');
      case 'title': return hugoUrlize(page.title);
      case 'slug': return hugoUrlize(page.slug ?? page.title);
      case 'slugorfilename': return page.slug ? hugoUrlize(page.slug) : hugoUrlize(base);
      default: return hugoUrlize(base); // filename, contentbasename
    }
  };
  const filled = patternText.replace(TOKEN, (_, token: string, slice?: string) => value(token, slice));
  return filled.replace(/\/{2,}/g, '/').toLowerCase();
}

/**
 * The address Hugo served a page at: its permalink pattern filled in, or its folders under the
 * section with `slug:` as the last; under `/<code>` for a language other than the default (and
 * for the default too with defaultContentLanguageInSubdir); `.html` with uglyURLs.
 */
export function hugoAddress(settings: HugoUrls, page: HugoPage): string {
  const patternText = permalinkPattern(settings, page.lang);
  let address: string;
  if (patternText) address = expandPermalink(patternText, page, settings.section);
  else {
    const dirs = page.dirs.map((s) => s.trim().toLowerCase().replace(/\s+/g, '-'));
    if (page.slug) dirs[dirs.length - 1] = page.slug;
    address = `/${settings.section}/${dirs.join('/')}/`;
  }
  if (isUgly(settings) && address.endsWith('/') && address !== '/') address = `${address.slice(0, -1)}.html`;
  const inSubdir = !page.isDefaultLanguage || settings.defaultContentLanguageInSubdir;
  return inSubdir ? `/${page.lang.toLowerCase()}${address}` : address;
}
