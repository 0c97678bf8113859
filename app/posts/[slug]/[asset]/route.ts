import fs from 'node:fs/promises';
import { getAllPosts, getPost } from '@/lib/content';
import { contentType } from '@/lib/content-types';

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
  const file = getPost(slug)?.assets[decodeURIComponent(asset)];
  if (!file) return new Response('Not found', { status: 404 });
  const body = await fs.readFile(file.file);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType(file.name),
      // SVG from content must not run script even when opened directly.
      ...(file.name.toLowerCase().endsWith('.svg') ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}
