/**
 * Files the site serves from its own dependencies, so that nothing is fetched from a CDN:
 * KaTeX's stylesheet and fonts (for pages with math) and Mermaid's browser build (for pages with
 * a diagram). Route handlers under app/katex and app/mermaid write them at build time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mimeType } from '../security/mime-types';
import { browserUrl } from './urls';

const modules = (...parts: string[]) => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', ...parts);

export const KATEX_CSS = 'katex.min.css';
export const MERMAID_JS = 'mermaid.min.js';

/** The URLs pages link to (base path included: they are no pages). */
export const katexStylesheetUrl = browserUrl(`/katex/${KATEX_CSS}`);
export const mermaidScriptUrl = browserUrl(`/mermaid/${MERMAID_JS}`);

/** Where KaTeX's own fonts are (postbuild cuts the built copies from these, lib/build/katex-subset.ts). */
export const katexFontsDir = (): string => modules('katex', 'dist', 'fonts');

/** KaTeX's fonts in WOFF2, the one format every browser that runs this site reads. */
export function katexFonts(): string[] {
  return fs.readdirSync(katexFontsDir()).filter((f) => f.endsWith('.woff2')).sort();
}

/** KaTeX's stylesheet with its font list cut to WOFF2, so the fonts served are the fonts named. */
export function katexStylesheet(): string {
  const css = fs.readFileSync(modules('katex', 'dist', KATEX_CSS), 'utf8');
  return css.replace(/,url\(fonts\/[^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, '');
}

function fileResponse(name: string, body: string | Uint8Array): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'Content-Type': mimeType(name), 'Cache-Control': 'public, max-age=86400' },
  });
}

const notFound = () => new Response('Not found', { status: 404 });

export function katexFileResponse(file: string): Response {
  return file === KATEX_CSS ? fileResponse(file, katexStylesheet()) : notFound();
}

export function katexFontResponse(font: string): Response {
  if (!katexFonts().includes(font)) return notFound();
  return fileResponse(font, fs.readFileSync(path.join(katexFontsDir(), font)));
}

export function mermaidFileResponse(file: string): Response {
  return file === MERMAID_JS ? fileResponse(file, fs.readFileSync(modules('mermaid', 'dist', MERMAID_JS))) : notFound();
}
