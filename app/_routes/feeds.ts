/** The one thing every feed route does: read the index, pick the posts, render, answer. */
import { getPublishedPosts, getSite, languageAuthors } from '@/lib/content';
import { FEED_MIME_TYPES, feedScopes, renderFeed, selectFeedPosts, type FeedInput } from '@/lib/publish/feed';
import type { FeedFormat } from '@/lib/routes/table';
import type { FeedScope } from '@/lib/publish/feed-paths';
import { renderPostHtml } from '@/lib/mdx/html';
import { editorComponents } from '@/components/mdx';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';

/** The site's feed, or one scope's: `scope` names the kind and the slug (or author id) from the URL. */
export async function feedResponse(format: FeedFormat, scope?: { kind: FeedScope['kind']; slug: string }): Promise<Response> {
  const site = getSite();
  const posts = getPublishedPosts();
  const authors = languageAuthors();
  const found = scope && feedScopes(scope.kind, posts, [...authors.values()]).find((s) => s.slug === scope.slug);
  if (scope && !found) return new Response('Not found', { status: 404 });
  const input: FeedInput = { site, posts, authorOf: (id) => authors.get(id), scope: found };
  if (site.feed.full_content) {
    const bodies = await Promise.all(selectFeedPosts(input).map(async (p) => [p.slug, await renderPostHtml(p, site.language, editorComponents)] as const));
    input.html = new Map(bodies);
  }
  return new Response(renderFeed(input, format), { headers: { 'Content-Type': FEED_MIME_TYPES[format] } });
}

/**
 * The static params and handler of a scoped feed route (app/tags/[tag]/atom.xml and the others):
 * one path per scope that has a feed; a placeholder when there is none, which answers 404.
 */
export function scopedFeedRoute<S extends string>(kind: FeedScope['kind'], segment: S, format: FeedFormat) {
  return {
    generateStaticParams(): Record<S, string>[] {
      const posts = getPublishedPosts();
      const authors = languageAuthors();
      const params = feedScopes(kind, posts, [...authors.values()]).map((s) => ({ [segment]: s.slug }) as Record<S, string>);
      return neverEmpty(params, { [segment]: PLACEHOLDER } as Record<S, string>);
    },
    async GET(_request: Request, { params }: { params: Promise<Record<S, string>> }) {
      return feedResponse(format, { kind, slug: decodeURIComponent((await params)[segment]) });
    },
  };
}
