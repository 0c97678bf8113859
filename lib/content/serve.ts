/**
 * The response for a file from a page bundle or an author folder. Route handlers stay thin: they
 * find the Asset through the content index and hand it here, since only lib/ reads files.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Asset } from './load';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

export async function assetResponse(asset: Asset | undefined): Promise<Response> {
  if (!asset) return new Response('Not found', { status: 404 });
  const body = await fs.readFile(asset.file);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': TYPES[path.extname(asset.name).toLowerCase()] ?? 'application/octet-stream',
      // SVG from content must not run script even when opened directly.
      ...(asset.name.toLowerCase().endsWith('.svg') ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}
