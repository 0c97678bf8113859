import { tagPostsFile } from '@/lib/queries/card-files';
import { decodeSlug } from '@/lib/terms/tags';
import { termSlugs } from '@/lib/queries/terms';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return termSlugs('tags').map((tag) => ({ tag }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const file = tagPostsFile(decodeSlug((await params).tag));
  return file ? Response.json(file) : Response.json({ error: 'no such tag' }, { status: 404 });
}
