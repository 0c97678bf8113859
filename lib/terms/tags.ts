/**
 * Tags and categories ("terms"): one identity per term, shared by cards, term pages, the home
 * filter and feeds.
 *
 * - `normaliseTag(raw)` is the identity: two spellings are the same term exactly when they
 *   normalise to the same key ("Public Preview", "public preview", "public-preview").
 * - `slugForKey(key)` is the key as it appears in a URL: transliterated to Latin where a
 *   sensible transliteration exists ("café" → cafe, "Україна" → ukrayina), other letters kept.
 * - `buildTermIndex` gathers the terms of a list of posts; when two different keys would share a
 *   slug (café and cafe), the one already spelled in ASCII keeps it and the others get -2, -3…,
 *   in code-point order of their keys, so slugs depend only on which terms exist.
 *
 * Everything here runs on the server at build time: client code receives slugs, never this module.
 */
import transliterate from '@sindresorhus/transliterate';
import type { Post } from '../content';
import { categoryPath, tagPath } from '../routes/urls';

/** Symbols that carry meaning in technology names, spelled out before punctuation is dropped. */
const SPELLED_OUT: readonly [RegExp, string][] = [
  [/^#+(?=\S)/u, ''], // a hashtag's own "#": "#community" is "community"
  [/(?<=[\p{L}\p{N}])#/gu, ' sharp '], // C#, F#
  [/\+/gu, ' plus '], // C++, Google+
  [/&/gu, ' and '], // R&D, Q&A
  [/^\.(?=\p{L})/u, 'dot '], // .NET
  [/(?<=\p{L})['’](?=\p{L})/gu, ''], // women's → womens, not women-s
];

/** Runs of anything but letters, combining marks and digits become one hyphen. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;

/**
 * The identity of a tag or category: compatibility-normalised (ﬁ → fi, full-width → ASCII),
 * lower case, symbols with meaning spelled out (C++ → c-plus-plus, C# → c-sharp), every other run
 * of spaces and punctuation folded to one hyphen. Letters of every script are kept, accents
 * included. An empty result means the term has no letters or digits and is ignored.
 */
export function normaliseTag(raw: string): string {
  let s = raw.normalize('NFKC').trim().toLowerCase();
  for (const [pattern, replacement] of SPELLED_OUT) s = s.replace(pattern, replacement);
  return s.replace(SEPARATORS, '-').replace(EDGE_HYPHENS, '').normalize('NFC');
}

/** The URL form of a key before collisions are resolved: Latin where it transliterates, otherwise kept. */
export function slugForKey(key: string): string {
  const latin = transliterate(key).toLowerCase().replace(SEPARATORS, '-').replace(EDGE_HYPHENS, '');
  return latin || key;
}

export interface Term<P = Post> {
  /** `normaliseTag` of every spelling of this term. */
  key: string;
  /** Unique within its taxonomy; the last segment of the term's URL. */
  slug: string;
  /** The spelling most posts use (ties: the spelling of the newest post). */
  name: string;
  count: number;
  /** In the order of the input (newest first for the content index). */
  posts: P[];
}

export interface TermIndex<P = Post> {
  /** Most used first; equal counts by name. */
  terms: Term<P>[];
  bySlug(slug: string): Term<P> | undefined;
  /** The term a spelling belongs to, if any post uses it. */
  byName(raw: string): Term<P> | undefined;
}

const codePointOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Slugs for a set of keys: the base slug, and -2, -3… for keys that would collide. */
export function assignSlugs(keys: Iterable<string>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const base = slugForKey(key);
    groups.set(base, [...(groups.get(base) ?? []), key]);
  }
  const taken = new Set(groups.keys());
  const slugs = new Map<string, string>();
  for (const base of [...groups.keys()].sort(codePointOrder)) {
    const members = groups.get(base)!.sort((a, b) => Number(b === base) - Number(a === base) || codePointOrder(a, b));
    slugs.set(members[0]!, base);
    let n = 2;
    for (const key of members.slice(1)) {
      while (taken.has(`${base}-${n}`)) n++;
      taken.add(`${base}-${n}`);
      slugs.set(key, `${base}-${n}`);
    }
  }
  return slugs;
}

/** Gathers the terms that `pick` reads from each post (tags, categories). */
export function buildTermIndex<P>(posts: readonly P[], pick: (post: P) => readonly string[]): TermIndex<P> {
  const byKey = new Map<string, { spellings: Map<string, number>; posts: P[] }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const raw of pick(post)) {
      const key = normaliseTag(raw);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { spellings: new Map<string, number>(), posts: [] };
      const spelling = raw.trim().replace(/\s+/g, ' ');
      entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
      entry.posts.push(post);
      byKey.set(key, entry);
    }
  }
  const slugs = assignSlugs(byKey.keys());
  const terms: Term<P>[] = [...byKey].map(([key, entry]) => {
    let name = '';
    let best = 0;
    for (const [spelling, n] of entry.spellings) if (n > best) [name, best] = [spelling, n];
    return { key, slug: slugs.get(key)!, name, count: entry.posts.length, posts: entry.posts };
  });
  terms.sort((a, b) => b.count - a.count || codePointOrder(a.name.toLowerCase(), b.name.toLowerCase()) || codePointOrder(a.slug, b.slug));
  const slugIndex = new Map(terms.map((t) => [t.slug, t]));
  const keyIndex = new Map(terms.map((t) => [t.key, t]));
  return {
    terms,
    bySlug: (slug) => slugIndex.get(slug),
    byName: (raw) => keyIndex.get(normaliseTag(raw)),
  };
}

/** The same terms in dictionary order for the site's language. */
export function alphabetical<P>(terms: readonly Term<P>[], locale = 'en'): Term<P>[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...terms].sort((a, b) => collator.compare(a.name, b.name) || codePointOrder(a.slug, b.slug));
}

/** What a card or a chip needs to link to a term. */
export interface TermLink {
  name: string;
  slug: string;
}

/**
 * Links for the terms a post lists, through the index so collisions and display names are the
 * site's; a spelling the index does not know (a fixture, a draft) links by its own slug.
 */
export function termLinks(raw: readonly string[], index: TermIndex<unknown>): TermLink[] {
  const links = new Map<string, TermLink>();
  for (const spelling of raw) {
    const term = index.byName(spelling);
    const key = normaliseTag(spelling);
    if (!key || links.has(key)) continue;
    links.set(key, term ? { name: term.name, slug: term.slug } : { name: spelling.trim(), slug: slugForKey(key) });
  }
  return [...links.values()];
}

export type TaxonomyKind = 'tags' | 'categories';

/** How each taxonomy reads posts and names its pages (their words are in lib/i18n). */
export interface Taxonomy {
  kind: TaxonomyKind;
  pick: (post: Post) => readonly string[];
  /** The index page: /tags, /categories. */
  indexPath: string;
  path: (slug: string) => string;
  /** The heading and title of a term's page. */
  heading: (name: string) => string;
}

export const taxonomies: Record<TaxonomyKind, Taxonomy> = {
  tags: {
    kind: 'tags',
    pick: (post) => post.tags,
    indexPath: '/tags',
    path: tagPath,
    heading: (name) => `#${name}`,
  },
  categories: {
    kind: 'categories',
    pick: (post) => post.categories,
    indexPath: '/categories',
    path: categoryPath,
    heading: (name) => name,
  },
};

/** A slug from a route segment, which may arrive percent-encoded. */
export function decodeSlug(segment: string | undefined): string {
  if (segment === undefined) return '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
