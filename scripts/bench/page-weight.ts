/**
 * What a prerendered page costs a visitor: its HTML and the JavaScript it loads, gzip-compressed
 * as a server would send them. Scripts marked `nomodule` (Next's legacy polyfills) are counted
 * apart: browsers that run modules, i.e. every current one, never download them.
 */
import zlib from 'node:zlib';
import { pageChunkSrcs } from '../../lib/build/paint-first';

export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  /** External scripts a current browser downloads. */
  jsGzip: number;
  jsFiles: number;
  /** `<script nomodule>` files, for browsers without ES modules only. */
  legacyJsGzip: number;
  /** Bytes of inline script text (the RSC payload Next writes into the page), inside htmlGzip. */
  inlineScriptBytes: number;
}

export const gzipSize = (data: string | Buffer): number => zlib.gzipSync(data).length;

export interface ScriptRef {
  src: string;
  noModule: boolean;
}

/**
 * External scripts the page runs, without duplicates: its `<script src>` tags in document order,
 * then the chunks lib/build/paint-first's loader adds after the first paint (no tag names them).
 */
export function scriptRefs(html: string): ScriptRef[] {
  const seen = new Map<string, ScriptRef>();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1]!;
    const src = /\ssrc="([^"]+)"/i.exec(attrs)?.[1];
    if (!src || seen.has(src)) continue;
    seen.set(src, { src, noModule: /\snomodule\b/i.test(attrs) });
  }
  for (const src of pageChunkSrcs(html)) if (!seen.has(src)) seen.set(src, { src, noModule: false });
  return [...seen.values()];
}

/** `readAsset` maps a script URL to the file's bytes (e.g. /_next/static/… → .next/static/…). */
export function pageWeight(html: string, readAsset: (src: string) => Buffer): PageWeight {
  let jsGzip = 0;
  let legacyJsGzip = 0;
  let jsFiles = 0;
  for (const ref of scriptRefs(html)) {
    const size = gzipSize(readAsset(ref.src));
    if (ref.noModule) legacyJsGzip += size;
    else {
      jsGzip += size;
      jsFiles++;
    }
  }
  let inlineScriptBytes = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/type="application\/(ld\+)?json"/i.test(m[1]!)) inlineScriptBytes += Buffer.byteLength(m[2]!);
  }
  return { htmlBytes: Buffer.byteLength(html), htmlGzip: gzipSize(html), jsGzip, jsFiles, legacyJsGzip, inlineScriptBytes };
}
