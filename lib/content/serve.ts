/**
 * The response for a file from a page bundle or an author folder. Route handlers stay thin: they
 * find the Asset through the content index and hand it here, since only lib/ reads files.
 */
import fs from 'node:fs/promises';
import { contentType } from '../content-types';
import type { Asset } from './load';

export async function assetResponse(asset: Asset | undefined): Promise<Response> {
  if (!asset) return new Response('Not found', { status: 404 });
  const body = await fs.readFile(asset.file);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType(asset.name),
      // SVG from content must not run script even when opened directly.
      ...(asset.name.toLowerCase().endsWith('.svg') ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } : {}),
    },
  });
}
