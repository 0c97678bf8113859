import { getAuthor, getAuthors } from '@/lib/content';
import { assetResponse } from '@/lib/content/serve';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';
import { own } from '@/lib/own';

/** Files beside an author's profile (avatar.png …), served at /authors/<id>/<file>. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const params = getAuthors().flatMap((author) => Object.keys(author.assets ?? {}).map((asset) => ({ id: author.id, asset })));
  return neverEmpty(params, { id: PLACEHOLDER, asset: PLACEHOLDER });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; asset: string }> }) {
  const { id, asset } = await params;
  return assetResponse(own(getAuthor(id)?.assets, decodeURIComponent(asset)));
}
