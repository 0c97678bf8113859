import { MERMAID_JS, mermaidFileResponse } from '@/lib/routes/vendor';

/** Mermaid's browser build, loaded only by pages with a diagram: /mermaid/mermaid.min.js. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => [{ file: MERMAID_JS }];

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return mermaidFileResponse((await params).file);
}
