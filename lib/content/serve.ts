/**
 * The response for a file from a page bundle or an author folder. Route handlers stay thin: they
 * find the Asset through the content index and hand it here, since only lib/ reads files.
 *
 * Only the kinds lib/security/bundle-files.ts allows ever become an Asset. Every response carries
 * the content-file policy (nothing in it runs, even opened directly), SVG is served as rebuilt by
 * sanitiseSvg, and documents are downloads. next.config.ts, vercel.json and out/_headers give the
 * same headers to the same paths (lib/security/headers.ts), for the static export.
 */
import path from 'node:path';
import { mimeType } from '../security/mime-types';
import { CONTENT_FILE_POLICY, sanitiseSvg } from '../security/bundle-files';
import type { Asset } from './load';
import { readRegularFile } from './regular-files';

/** `attachment`, with the name in both forms so any browser saves it under its own name. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function assetResponse(asset: Asset | undefined): Promise<Response> {
  if (!asset) return new Response('Not found', { status: 404 });
  const headers: Record<string, string> = {
    'Content-Type': mimeType(asset.name),
    'Content-Security-Policy': CONTENT_FILE_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
  if (asset.kind === 'download') headers['Content-Disposition'] = attachmentDisposition(asset.name);
  // Read as the check read it: a file swapped for a link or a pipe since is not served.
  const bytes = readRegularFile(asset.file);
  if (!bytes) return new Response('Not found', { status: 404 });
  if (path.extname(asset.name).toLowerCase() === '.svg') {
    const { svg } = sanitiseSvg(bytes.toString('utf8'));
    if (svg === undefined) return new Response('Not found', { status: 404 });
    return new Response(svg, { headers });
  }
  return new Response(new Uint8Array(bytes), { headers });
}
