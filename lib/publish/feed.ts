/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from the content index, with the `feed` package. One function
 * chooses the posts (published only, newest first, `site.feed.items` of them) and one turns them
 * into a Feed; the routes only pick the format. Every URL in a feed is absolute, base path included.
 */
import { translator } from '../i18n';
import { escapeHtml, unescapeHtml } from '../text';
import { Feed, type Item } from 'feed';
import type { Author, Post, SiteConfig } from '../content';
import { buildTermIndex, taxonomies, termLinks, type TaxonomyKind, type Term, type TermIndex } from '../terms/tags';
import { feedPaths, scopePagePath, type FeedScope } from './feed-paths';
import { postSocialImage, siteSocialImage } from './social-images';
import { absoluteBrowserUrl, absoluteUrl, authorPath, basePath, browserUrl, postPath, tagPath } from '../routes/urls';
import type { FeedFormat } from '../routes/table';


export { FEED_MIME_TYPES } from '../security/mime-types';

/** The posts a feed lists: the newest `limit` of the published posts it is given. */
export function feedPosts(published: readonly Post[], limit: number): Post[] {
  return published.slice(0, limit);
}

const termIndexes = { tags: new WeakMap<readonly Post[], TermIndex>(), categories: new WeakMap<readonly Post[], TermIndex>() };

/**
 * The tags or categories of the published posts (as given), with the site's slugs; built once per list of
 * posts, since every term feed of a build asks for it.
 */
export function publishedTerms(posts: readonly Post[], kind: TaxonomyKind = 'tags'): TermIndex {
  let index = termIndexes[kind].get(posts);
  if (!index) {
    index = buildTermIndex(posts, taxonomies[kind].pick);
    termIndexes[kind].set(posts, index);
  }
  return index;
}

/** Tags that get their own feed: those of published posts. */
export function feedTags(posts: readonly Post[]): Term[] {
  return publishedTerms(posts, 'tags').terms;
}

const SCOPE_TAXONOMY = { tag: 'tags', category: 'categories' } as const;

/** The scopes that have feeds: every term of a published post, every author with a profile. */
export function feedScopes(kind: FeedScope['kind'], posts: readonly Post[], authors: readonly Author[]): FeedScope[] {
  if (kind === 'author') return authors.map((a) => ({ kind, slug: a.id, name: a.name }));
  return publishedTerms(posts, SCOPE_TAXONOMY[kind]).terms.map((t) => ({ kind, slug: t.slug, name: t.name }));
}

function scopePosts(posts: readonly Post[], scope: FeedScope): readonly Post[] {
  if (scope.kind === 'author') return posts.filter((p) => p.authors.includes(scope.slug));
  return publishedTerms(posts, SCOPE_TAXONOMY[scope.kind]).bySlug(scope.slug)?.posts ?? [];
}

export interface FeedInput {
  site: SiteConfig;
  /** The published posts, newest first: the index's `published`, never drafts, even in `next dev`. */
  posts: readonly Post[];
  authorOf: (id: string) => Author | undefined;
  /** A tag's, category's or author's feed lists only their posts. */
  scope?: FeedScope;
  /** The body as HTML, when the site puts whole posts in its feeds. */
  html?: ReadonlyMap<string, string>;
}

/**
 * A body's root-relative link: links the pipeline wrote (bundle files, `ref`) carry the base path
 * already; a link an editor wrote as `/events` does not, and reads as a route of this site.
 */
const withBase = (href: string) => (basePath && (href === basePath || href.startsWith(`${basePath}/`)) ? href : browserUrl(href));

/**
 * Makes the links and images of a rendered body absolute, as feed readers need: root paths get the
 * site origin (and base path), `#fragment` and relative paths resolve against the post's URL.
 */
export function absolutiseHtml(html: string, siteUrl: string, pageUrl: string): string {
  return html.replace(/\b(href|src|poster)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return whole;
    const raw = value.replace(/&amp;/g, '&');
    // Bundle files live under the post's URL, so `notes.pdf` resolves against `<post>/`.
    const url = raw.startsWith('/') ? absoluteBrowserUrl(siteUrl, withBase(raw)) : raw.startsWith('#') ? `${pageUrl}${raw}` : new URL(raw, `${pageUrl}/`).href;
    return `${attr}="${url.replace(/&/g, '&amp;')}"`;
  });
}

/** The posts a given feed lists, from the same rule the routes use. */
export function selectFeedPosts({ site, posts, scope }: Pick<FeedInput, 'site' | 'posts' | 'scope'>): Post[] {
  return feedPosts(scope ? scopePosts(posts, scope) : posts, site.feed.items);
}

/** The feed's title and description: the site's, or the site's narrowed to the scope. */
function feedTitles(site: SiteConfig, scope?: FeedScope): { title: string; description: string } {
  if (!scope) return { title: site.title, description: site.description };
  const { t } = translator(site.language);
  const vars = { name: scope.name, site: site.title };
  if (scope.kind === 'tag') return { title: `${site.title}: #${scope.name}`, description: t('feed.tagDescription', vars) };
  if (scope.kind === 'category') return { title: `${site.title}: ${scope.name}`, description: t('feed.categoryDescription', vars) };
  return { title: `${site.title}: ${scope.name}`, description: t('feed.authorDescription', vars) };
}

export function buildFeed(input: FeedInput, format: FeedFormat): Feed {
  const { site, authorOf, scope, html } = input;
  const items = selectFeedPosts(input);
  const home = absoluteUrl(site.url, scope ? scopePagePath(scope) : '/');
  const paths = feedPaths(scope);
  const newest = items.reduce((max, p) => Math.max(max, p.lastmodTime ?? p.dateTime), 0);
  const feed = new Feed({
    id: home,
    link: home,
    ...feedTitles(site, scope),
    language: site.language,
    // A fixed date for an empty feed keeps builds reproducible.
    updated: new Date(newest),
    generator: false,
    image: siteSocialImage(site).url,
    favicon: absoluteUrl(site.url, '/icon.svg'),
    copyright: `© ${site.author ?? site.title}`,
    feedLinks: { rss: absoluteUrl(site.url, paths.rss), atom: absoluteUrl(site.url, paths.atom), json: absoluteUrl(site.url, paths.json) },
  });
  const tags = publishedTerms(input.posts, 'tags');
  for (const post of items) feed.addItem(feedItem(site, post, authorOf, tags, format, html?.get(post.slug)));
  return feed;
}

function feedItem(site: SiteConfig, post: Post, authorOf: FeedInput['authorOf'], tags: TermIndex, format: FeedFormat, body?: string): Item {
  const url = absoluteUrl(site.url, postPath(post.slug));
  const authors = post.authors.map((id) => authorOf(id)).filter((a): a is Author => Boolean(a));
  const image = postSocialImage(site, post);
  return {
    // Atom titles are typed HTML; RSS and JSON titles are text.
    title: format === 'atom' ? escapeHtml(post.title) : post.title,
    id: url,
    link: url,
    date: new Date(post.lastmodTime ?? post.dateTime),
    published: new Date(post.dateTime),
    description: escapeHtml(post.summary),
    content: body === undefined ? undefined : absolutiseHtml(body, site.url, url),
    // RSS <author> must be an e-mail address, which profiles do not have: Atom and JSON carry names.
    author:
      format === 'rss' || !authors.length
        ? undefined
        : authors.map((a) => ({ name: a.name, ...(a.hasProfile ? { link: absoluteUrl(site.url, authorPath(a.id)) } : {}) })),
    category: termLinks(post.tags, tags).map(({ name, slug }) => ({ name, term: name, domain: absoluteUrl(site.url, tagPath(slug)) })),
    image: post.featuredImage ? { url: image.url, type: imageType(image.url) } : undefined,
  };
}

function imageType(url: string): string {
  const ext = new URL(url).pathname.split('.').pop()?.toLowerCase();
  return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : ext === 'svg' ? 'image/svg+xml' : `image/${ext}`;
}

/**
 * JSON Feed 1.1. The `feed` package writes version 1 (one `author`, HTML required); 1.1 adds
 * `authors` and `language`, and a summary-only feed is better as `content_text`.
 */
export function jsonFeed11(feed: Feed, input: FeedInput): string {
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  doc.version = 'https://jsonfeed.org/version/1.1';
  doc.language = input.site.language;
  delete doc.author;
  doc.authors = [{ name: input.site.author ?? input.site.title, url: absoluteUrl(input.site.url, '/') }];
  doc.items = doc.items.map((item, i) => {
    const source = feed.items[i]!;
    const { author: _author, ...rest } = item;
    const out: Record<string, unknown> = { ...rest, authors: (source.author ?? []).map((a) => ({ name: a.name, ...(a.link ? { url: a.link } : {}) })) };
    if (source.content === undefined) {
      delete out.content_html;
      out.content_text = unescapeHtml(source.description ?? '');
    }
    out.summary = unescapeHtml(source.description ?? '');
    out.title = source.title;
    return out;
  });
  return JSON.stringify(doc, null, 2);
}

/** The serialised feed in one format. */
export function renderFeed(input: FeedInput, format: FeedFormat): string {
  const feed = buildFeed(input, format);
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed, input);
}
