/**
 * sitemap.xml's entries, which search engines read to find every public page: the home page,
 * posts, tag, category and author pages, and the pages the caller adds (the indexes, the events,
 * each series), with the date each last changed and its versions in the site's other languages.
 * app/sitemap.ts hands it the published posts and returns what it gives to Next.
 */
import type { Author, Post, SiteConfig } from '../content';
import { isoDateTime } from '../format';
import { buildTermIndex, taxonomies } from '../terms/tags';
import { absoluteUrl, authorPath, postPath } from '../routes/urls';

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  /** The page in the site's other languages: hreflang code → absolute URL. */
  alternates?: { languages: Record<string, string> };
}

/**
 * Every public page with its last change: a post by its lastmod (or date), a list by its newest
 * post. `collections` are pages that list a group of posts (a series), each changed when its
 * newest post changed.
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
    ...posts.map((p) => entry(postPath(p.slug), isoDateTime(p.lastmod ?? p.date), p)),
    ...(['tags', 'categories'] as const).flatMap((kind) =>
      buildTermIndex(posts, taxonomies[kind].pick).terms.map((t) => entry(taxonomies[kind].path(t.slug), changed(t.posts))),
    ),
    ...authors
      .filter((a) => a.hasProfile)
      .map((a) => entry(authorPath(a.id), changed(posts.filter((p) => p.authors.includes(a.id))))),
    ...collections.map((c) => entry(c.path, changed(c.posts))),
  ];
}
