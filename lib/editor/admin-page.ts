import { FRAME_SOURCES, serialisePolicy, type Directives, type Header } from '../security/headers';
import { editorCspOrigins, editorOpenerPolicy, type EditorSettings } from './backend';

/**
 * The /admin page: one script of our own (lib/editor/client/admin.ts, bundled), which loads Decap
 * CMS from the same folder. Nothing comes from a CDN; the page asks not to be indexed.
 */

/** The name the editor's bundle is served under, beside the page. */
export const ADMIN_SCRIPT = 'editor.js';

/**
 * `folder` is where /admin is served from, base path included (`/admin/`, `/blog/admin/`): the page
 * is also answered at `/admin` without the slash, where a relative address would leave the folder.
 */
export function adminHtml(folder = '/admin/', title = 'Editor'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
<script src="${folder}${ADMIN_SCRIPT}"></script>
</head>
<body></body>
</html>
`;
}

/** Decap's own files as its package ships them: the bundle and the chunks it loads beside itself. */
export function isDecapFile(name: string): boolean {
  return /^(?:decap-cms|\d+\.decap-cms)\.js$|^[0-9a-f]{20}\.wasm$/.test(name);
}

/**
 * /admin's own Content-Security-Policy: the editor's scripts from this origin only, plus what its
 * backend needs (lib/editor/backend.ts). Decap needs 'unsafe-eval' (its configuration validator,
 * ajv, compiles schemas with `new Function`) and inline styles (emotion); the public pages' policy
 * allows neither, which is one reason the editor has a policy of its own. The preview panes are
 * `srcdoc` frames of this origin.
 */
export function adminPolicy(settings: EditorSettings, local?: { serverOrigin: string }): string {
  const extra = editorCspOrigins(settings, local);
  const directives: Directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", ...(extra['img-src'] ?? [])],
    'font-src': ["'self'", 'data:'],
    // Decap reads an uploaded picture back from its blob: URL to save it.
    'connect-src': ["'self'", 'blob:', ...(extra['connect-src'] ?? [])],
    'frame-src': ["'self'", ...FRAME_SOURCES],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return serialisePolicy(directives);
}

/** The headers of every /admin response, in place of the page headers. */
export function adminHeaders(settings: EditorSettings, local?: { serverOrigin: string }): Header[] {
  return [
    { key: 'Content-Security-Policy', value: adminPolicy(settings, local) },
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    { key: 'Cross-Origin-Opener-Policy', value: editorOpenerPolicy(settings) },
    { key: 'Referrer-Policy', value: 'no-referrer' },
    { key: 'Cache-Control', value: 'no-store' },
  ];
}

/** The names the hosted /admin serves: the page, our script, the configuration, Decap's files. */
export function adminFiles(decapFiles: readonly string[]): string[] {
  return ['index.html', ADMIN_SCRIPT, 'config.json', ...decapFiles.filter(isDecapFile).sort()];
}
