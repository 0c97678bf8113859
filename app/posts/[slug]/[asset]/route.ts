import { getAllPosts, getPost } from '@/lib/content';
import { assetResponse } from '@/lib/content/serve';

/** Files of a page bundle (images beside index.mdx), served at /posts/<slug>/<file>. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAllPosts().flatMap((post) => Object.keys(post.assets).map((asset) => ({ slug: post.slug, asset })));
  // A static export needs at least one path per dynamic route, even for a blog with no images.
  return params.length ? params : [{ slug: '_', asset: '_' }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; asset: string }> }) {
  const { slug, asset } = await params;
  return assetResponse(getPost(slug)?.assets[decodeURIComponent(asset)]);
}
