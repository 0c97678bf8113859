import { getAllPosts, getPost } from '@/lib/content';
import { assetResponse } from '@/lib/content/serve';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';
import { own } from '@/lib/own';

/** Files of a page bundle (images beside index.mdx), served at /posts/<slug>/<file>. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAllPosts().flatMap((post) => Object.keys(post.assets).map((asset) => ({ slug: post.slug, asset })));
  return neverEmpty(params, { slug: PLACEHOLDER, asset: PLACEHOLDER });
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; asset: string }> }) {
  const { slug, asset } = await params;
  return assetResponse(own(getPost(slug)?.assets, decodeURIComponent(asset)));
}
