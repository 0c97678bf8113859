import { katexFontResponse, katexFonts } from '@/lib/routes/vendor';

/** KaTeX's fonts, beside its stylesheet: /katex/fonts/KaTeX_Main-Regular.woff2. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => katexFonts().map((font) => ({ font }));

export async function GET(_request: Request, { params }: { params: Promise<{ font: string }> }) {
  return katexFontResponse((await params).font);
}
