/**
 * The hosted editor's files (lib/editor/hosted.ts). A route only when site.yaml enables the
 * editor: next.config.ts adds the `editor.ts` page extension then, and not otherwise.
 */
import { hostedAdminFiles, hostedAdminResponse } from '@/lib/editor/hosted';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return hostedAdminFiles().map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return hostedAdminResponse((await params).file);
}
