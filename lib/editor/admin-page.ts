/**
 * The /admin page: one script of our own (lib/editor/client/admin.ts, bundled), which loads Decap
 * CMS from the same folder. Nothing comes from a CDN; the page asks not to be indexed.
 */

/** The name the editor's bundle is served under, beside the page. */
export const ADMIN_SCRIPT = 'editor.js';

export function adminHtml(title = 'Editor'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>
<script src="${ADMIN_SCRIPT}"></script>
</head>
<body></body>
</html>
`;
}

/** Decap's own files as its package ships them: the bundle and the chunks it loads beside itself. */
export function isDecapFile(name: string): boolean {
  return /^(?:decap-cms|\d+\.decap-cms)\.js$|^[0-9a-f]{20}\.wasm$/.test(name);
}
