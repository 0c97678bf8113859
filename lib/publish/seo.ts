/**
 * What search engines, feed readers and social networks see of a page: the Metadata objects the
 * routes return, the social image of each post and the JSON-LD descriptions. Pure functions of the
 * content index, so they are tested directly.
 *
 * Paths handed to Next's Metadata are site paths without the base path: metadataBase (set in the
 * root layout from `siteBase`) carries the origin *and* the base path, and Next joins the two.
 */
import { preparedSocialImage } from '../images/responsive';
import type { Metadata } from 'next';
import type { Author, Post, SiteConfig } from '../content';
import { buildTermIndex, taxonomies } from '../terms/tags';
import { absoluteBrowserUrl, absoluteUrl, assetUrl, authorPath, browserUrl, categoryPath, pagePathIn, postPath, tagPath, withoutLanguage } from '../routes/urls';
import { pageInEveryLanguage } from '../routes/languages-nav';
import { FEED_FILES, SITEMAP_FILE, type FeedFormat } from '../routes/table';
import { editorEnabled } from '../editor/backend';

export const FEED_PATHS = {
  rss: `/${FEED_FILES.rss}`,
  atom: `/${FEED_FILES.atom}`,
  json: `/${FEED_FILES.json}`,
} as const satisfies Record<FeedFormat, string>;

/**
 * A feed narrower than the whole site: one tag's, one category's or one author's posts. `slug` is
 * the term's slug or the author's id; `name` is how the feed's title names it.
 */
export interface FeedScope {
  kind: 'tag' | 'category' | 'author';
  slug: string;
  name: string;
}

/** Where a scope's feeds live: beside its page, `/tags/x/feed.xml`, `/authors/id/atom.xml`… */
const SCOPE_ROOTS: Record<FeedScope['kind'], string> = { tag: '/tags', category: '/categories', author: '/authors' };

/** The page a scoped feed belongs to (its link and id). */
export function scopePagePath(scope: FeedScope): string {
  const page = { tag: tagPath, category: categoryPath, author: authorPath }[scope.kind];
  return page(scope.slug);
}

/** The three feeds of the site, or of one tag, category or author. */
export function feedPaths(scope?: FeedScope): Record<keyof typeof FEED_PATHS, string> {
  if (!scope) return { ...FEED_PATHS };
  const root = `${SCOPE_ROOTS[scope.kind]}/${scope.slug}`;
  return { rss: `${root}${FEED_PATHS.rss}`, atom: `${root}${FEED_PATHS.atom}`, json: `${root}${FEED_PATHS.json}` };
}
export const SITE_SOCIAL_IMAGE = '/og/site.png';
export const postSocialImagePath = (slug: string) => `/og/posts/${slug}.png`;

export interface SocialImage {
  /** Absolute URL, base path included. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** The site origin with the base path and a trailing slash: Next's metadataBase. */
export function siteBase(site: Pick<SiteConfig, 'url'>): URL {
  return new URL(`${site.url.replace(/\/+$/, '')}${browserUrl('/')}`);
}

/** Posts with a featured image share it; the others get a card generated at build time. */
export function needsGeneratedImage(post: Pick<Post, 'featuredImage'>): boolean {
  return !post.featuredImage;
}

export function postSocialImage(site: SiteConfig, post: Post): SocialImage {
  const featured = post.featuredImage;
  if (featured) {
    // The 1200×630 crop the build made of it (lib/images), else the file as it is.
    const card = preparedSocialImage(post.slug, featured);
    return {
      url: absoluteBrowserUrl(site.url, card?.url ?? assetUrl(post, featured.name)),
      width: card?.width ?? featured.width ?? 1200,
      height: card?.height ?? featured.height ?? 630,
      alt: post.image.alt_text ?? post.image.caption ?? post.title,
    };
  }
  return { url: absoluteUrl(site.url, postSocialImagePath(post.slug)), width: 1200, height: 630, alt: post.title };
}

export function siteSocialImage(site: SiteConfig): SocialImage {
  return { url: absoluteUrl(site.url, SITE_SOCIAL_IMAGE), width: 1200, height: 630, alt: site.title };
}

/** How a scope is named in its feed links: "#community", "Workshops", "Ragni Mayte". */
export const scopeLabel = (scope: FeedScope) => (scope.kind === 'tag' ? `#${scope.name}` : scope.name);

/** The feeds every page links to with <link rel="alternate">, plus a tag's, category's or author's own on its page. */
export function feedAlternates(site: SiteConfig, scope?: FeedScope) {
  const own = scope && feedPaths(scope);
  const name = scope && `${site.title}: ${scopeLabel(scope)}`;
  const links = (format: keyof typeof FEED_PATHS, label: string) => [
    { url: FEED_PATHS[format], title: `${site.title} (${label})` },
    ...(own ? [{ url: own[format], title: `${name} (${label})` }] : []),
  ];
  return {
    'application/rss+xml': links('rss', 'RSS'),
    'application/atom+xml': links('atom', 'Atom'),
    'application/feed+json': links('json', 'JSON Feed'),
  };
}

export interface PageMetadataInput {
  site: SiteConfig;
  /** The page's own title; the layout's template appends the site name. Omit on the home page. */
  title?: string;
  description: string;
  /** Site path of the page, e.g. /posts/hello; the canonical URL. */
  path: string;
  image?: SocialImage;
  article?: { publishedTime: string; modifiedTime?: string; authors: string[]; tags: string[] };
  /** A tag's, category's or author's page links to their own feeds as well. */
  feed?: FeedScope;
  /** A post's versions, this one included (lib/queries/translations); other pages get theirs from the path. */
  translations?: readonly Translation[];
}

/** One language's version of a page: its language code and its route path. */
export interface Translation {
  lang: string;
  path: string;
}

/**
 * The versions of a page for `hreflang`: a post's translations, or, for a page every language has
 * (the home, /tags …), that page in each language. With `x-default` the default language's;
 * nothing for a one-language site or a page with no other version.
 */
export function pageTranslations(site: Pick<SiteConfig, 'languages'>, path: string): Translation[] {
  if (site.languages.length < 2 || !pageInEveryLanguage(withoutLanguage(path))) return [];
  return site.languages.map((l) => ({ lang: l.code, path: pagePathIn(l.code, path) }));
}

export function hreflangAlternates(site: Pick<SiteConfig, 'languages'>, versions: readonly Translation[]): Record<string, string> | undefined {
  if (versions.length < 2) return undefined;
  const fallback = versions.find((v) => v.lang === site.languages[0]?.code);
  return { ...Object.fromEntries(versions.map((v) => [v.lang, v.path])), ...(fallback ? { 'x-default': fallback.path } : {}) };
}

/**
 * Complete metadata for one page. Next merges metadata shallowly (a page's `openGraph` replaces the
 * layout's), so every page gets all of it from here: canonical, feed links, Open Graph, Twitter.
 */
export function pageMetadata({ site, title, description, path, image, article, feed, translations }: PageMetadataInput): Metadata {
  const picture = image ?? siteSocialImage(site);
  const images = [{ url: picture.url, width: picture.width, height: picture.height, alt: picture.alt }];
  const socialTitle = title ?? site.title;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(site, feed), languages: hreflangAlternates(site, translations ?? pageTranslations(site, path)) },
    openGraph: {
      title: socialTitle,
      description,
      url: path,
      siteName: site.title,
      locale: site.language.replace('-', '_'),
      images,
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime,
            modifiedTime: article.modifiedTime,
            authors: article.authors,
            tags: article.tags,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: socialTitle, description, images },
  };
}

/**
 * A page with nothing of its own for search engines to list (search results, the share form):
 * its metadata, marked not to be indexed; `follow` says whether its links may still be followed.
 */
export function unindexedPageMetadata(input: PageMetadataInput, { follow }: { follow: boolean }): Metadata {
  return { ...pageMetadata(input), robots: { index: false, follow } };
}

export function postMetadata(site: SiteConfig, post: Post, authors: readonly Author[], translations: readonly Translation[] = []): Metadata {
  return pageMetadata({
    site,
    title: post.title,
    description: post.summary,
    path: postPath(post.slug),
    image: postSocialImage(site, post),
    translations,
    article: {
      publishedTime: isoInstant(post.date),
      modifiedTime: post.lastmod ? isoInstant(post.lastmod) : undefined,
      // A profile page where there is one; otherwise the name (a link would be a 404).
      authors: authors.map((a) => (a.hasProfile ? absoluteUrl(site.url, authorPath(a.id)) : a.name)),
      tags: post.tags,
    },
  });
}

/** A content date as an ISO 8601 instant; a bare day stays a day (valid in schema.org and OG). */
function isoInstant(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : new Date(iso).toISOString();
}

function personLd(site: SiteConfig, author: Author) {
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.hasProfile ? { url: absoluteUrl(site.url, authorPath(author.id)) } : {}),
  };
}

/** schema.org BlogPosting for a post page. */
export function blogPostingJsonLd(site: SiteConfig, post: Post, authors: readonly Author[]) {
  const url = absoluteUrl(site.url, postPath(post.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: isoInstant(post.date),
    dateModified: isoInstant(post.lastmod ?? post.date),
    author: authors.map((a) => personLd(site, a)),
    image: [postSocialImage(site, post).url],
    keywords: post.tags,
    inLanguage: site.language,
    isPartOf: { '@type': 'Blog', name: site.title, url: absoluteUrl(site.url, '/') },
  };
}

/** schema.org Blog for the home page, listing its newest posts. */
export function blogJsonLd(site: SiteConfig, posts: readonly Post[], limit = 10) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    name: site.title,
    description: site.description,
    url: absoluteUrl(site.url, '/'),
    inLanguage: site.language,
    blogPost: posts.slice(0, limit).map((post) => ({
      '@type': 'BlogPosting',
      headline: post.title,
      url: absoluteUrl(site.url, postPath(post.slug)),
      datePublished: isoInstant(post.date),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no text in a title can
 * close the script element (`</script>`) or open a comment; U+2028/2029 so old parsers cope.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * Text the social card can draw with next/og's bundled font. Any other character would make
 * next/og download a font or an emoji image at build time (an emoji fails the build offline), so
 * those are dropped. The ranges are the font's own coverage that matters for titles: Latin,
 * Latin Extended-A, Cyrillic, Vietnamese and common punctuation.
 */
const CARD_UNSUPPORTED =
  /[^\u0020-\u007e\u00a0-\u00ac\u00ae-\u0113\u0116-\u012b\u012e-\u0137\u0139-\u013e\u0141-\u0148\u014a-\u014d\u0150-\u017e\u0218-\u021b\u0400-\u045f\u1e9e\u1ea0-\u1ef9\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac]/gu;

export function socialCardText(text: string): string {
  return text.replace(CARD_UNSUPPORTED, '').replace(/\s+/g, ' ').trim();
}

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  /** The page in the site's other languages: hreflang code → absolute URL. */
  alternates?: { languages: Record<string, string> };
}

/**
 * Every public page with the date it last changed: posts by their lastmod (or date), lists by their
 * newest post. Drafts are left out whatever the caller passes.
 */
/**
 * Every public page with its last change. `collections` are pages that list a group of posts
 * (a series), each changed when its newest post changed.
 */
export function sitemapEntries(
  site: SiteConfig,
  /** The published posts (the index's `published`). */
  posts: readonly Post[],
  authors: readonly Author[],
  extraPaths: readonly string[] = [],
  collections: readonly { path: string; posts: readonly Post[] }[] = [],
  /** A page's versions in the other languages (`xhtml:link`), by its route path and, for a post, the post. */
  alternates: (path: string, post?: Post) => SitemapEntry['alternates'] = () => undefined,
): SitemapEntry[] {
  const changed = (list: readonly Post[]) => {
    const newest = list.reduce((max, p) => Math.max(max, p.lastmodTime ?? p.dateTime), 0);
    return newest ? new Date(newest).toISOString() : undefined;
  };
  const entry = (path: string, lastModified?: string, post?: Post): SitemapEntry => {
    const other = alternates(path, post);
    return { url: absoluteUrl(site.url, path), ...(lastModified ? { lastModified } : {}), ...(other ? { alternates: other } : {}) };
  };
  return [
    entry('/', changed(posts)),
    ...extraPaths.map((p) => entry(p, changed(posts))),
    ...posts.map((p) => entry(postPath(p.slug), isoInstant(p.lastmod ?? p.date), p)),
    ...(['tags', 'categories'] as const).flatMap((kind) =>
      buildTermIndex(posts, taxonomies[kind].pick).terms.map((t) => entry(taxonomies[kind].path(t.slug), changed(t.posts))),
    ),
    ...authors
      .filter((a) => a.hasProfile)
      .map((a) => entry(authorPath(a.id), changed(posts.filter((p) => p.authors.includes(a.id))))),
    ...collections.map((c) => entry(c.path, changed(c.posts))),
  ];
}

/** robots.txt: everything may be crawled; the sitemap says what there is. */
export function robotsRules(site: SiteConfig) {
  return {
    // The browser editor, when the site has one, is for editors, not for search engines.
    rules: [{ userAgent: '*', allow: '/', ...(editorEnabled(site.editor) ? { disallow: ['/admin', '/admin/'] } : {}) }],
    sitemap: absoluteUrl(site.url, `/${SITEMAP_FILE}`),
  };
}
