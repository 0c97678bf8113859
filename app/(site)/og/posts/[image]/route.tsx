import { socialCardResponse } from '@/app/_routes/social-card';
import { getAllPosts, getPost, getSite } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { needsGeneratedImage } from '@/lib/publish/social-images';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';

/** /og/posts/<slug>.png: the card of a post that has no featured image, drawn at build time. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAllPosts()
    .filter(needsGeneratedImage)
    .map((post) => ({ image: `${post.slug}.png` }));
  return neverEmpty(params, { image: PLACEHOLDER });
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const slug = (await params).image.replace(/\.png$/, '');
  const post = getPost(slug);
  if (!post || !needsGeneratedImage(post)) return new Response('Not found', { status: 404 });
  const site = getSite();
  return socialCardResponse({ siteName: site.title, title: post.title, subtitle: formatDate(post.date, site.language, site.timezone) });
}
