/** The one thing every feed route does: read the index, pick the posts, render, answer. */
import { getContent } from './content';
import { FEED_CONTENT_TYPES, feedTags, renderFeed, selectFeedPosts, type FeedFormat, type FeedInput } from './feed';
import { renderPostHtml } from './mdx/html';

export async function feedResponse(format: FeedFormat, tagSlug?: string): Promise<Response> {
  const { site, posts, authors } = getContent();
  const tag = tagSlug === undefined ? undefined : feedTags(posts).find((t) => t.slug === tagSlug);
  if (tagSlug !== undefined && !tag) return new Response('Not found', { status: 404 });
  const input: FeedInput = { site, posts, authorOf: (id) => authors.get(id), tag };
  if (site.feed.full_content) {
    const bodies = await Promise.all(selectFeedPosts(input).map(async (p) => [p.slug, await renderPostHtml(p, site.language)] as const));
    input.html = new Map(bodies);
  }
  return new Response(renderFeed(input, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}
