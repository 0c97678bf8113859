import { KATEX_CSS, katexFileResponse } from '@/lib/routes/vendor';

/** KaTeX's stylesheet, served by the site itself: /katex/katex.min.css. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => [{ file: KATEX_CSS }];

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return katexFileResponse((await params).file);
}
