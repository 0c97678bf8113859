import { getAllPosts } from '@/lib/content';
import { feedTags } from '@/lib/feed';
import { feedResponse } from '@/lib/feed-response';

/** RSS of one tag: /tags/<tag>/feed.xml. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const tags = feedTags(getAllPosts());
  // A static export needs at least one path per dynamic route; `_` answers 404.
  return tags.length ? tags.map((t) => ({ tag: t.slug })) : [{ tag: '_' }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  return feedResponse('rss', decodeURIComponent((await params).tag));
}
