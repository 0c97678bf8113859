import { cardPages, cardsFile } from '@/lib/queries/card-files';
import { parsePageParam } from '@/lib/routes/pagination';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return cardPages().map((page) => ({ page: String(page) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const file = cardsFile(parsePageParam((await params).page) ?? 0);
  return file ? Response.json(file) : Response.json({ error: 'no such page' }, { status: 404 });
}
