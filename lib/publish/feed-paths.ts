/**
 * Where the feeds live and how pages point to them: the site's three feeds (RSS, Atom, JSON Feed),
 * those of one tag, category or author beside its page, and the `<link rel="alternate">` entries
 * every page's metadata carries. Read by feed.ts (a feed's own links and id), by the page metadata
 * (metadata.ts, the site shell) and by the follow links (components/FollowLinks.tsx); it imports no
 * other publishing module, so feed.ts can import it without a circle.
 */
import type { SiteConfig } from '../content';
import { authorPath, categoryPath, tagPath } from '../routes/urls';
import { FEED_FILES, feedScopeRoot, type FeedFormat, type FeedScopeKind } from '../routes/table';

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
  kind: FeedScopeKind;
  slug: string;
  name: string;
}

/** The page a scoped feed belongs to (its link and id). */
export function scopePagePath(scope: FeedScope): string {
  const page = { tag: tagPath, category: categoryPath, author: authorPath }[scope.kind];
  return page(scope.slug);
}

/** The three feeds of the site, or of one tag, category or author. */
export function feedPaths(scope?: FeedScope): Record<keyof typeof FEED_PATHS, string> {
  if (!scope) return { ...FEED_PATHS };
  // Beside the scope's page: `/tags/x/feed.xml`, `/authors/id/atom.xml`…
  const root = `${feedScopeRoot(scope.kind)}/${scope.slug}`;
  return { rss: `${root}${FEED_PATHS.rss}`, atom: `${root}${FEED_PATHS.atom}`, json: `${root}${FEED_PATHS.json}` };
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
