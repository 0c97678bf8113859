/**
 * /admin in the site's own build, only when content/site.yaml enables the editor: next.config.ts
 * then adds the `editor.ts` page extension, which is what makes app/admin/[file]/route.editor.ts
 * a route at all (without it the folder is ignored, and no editor route or script is built).
 * Everything is produced at build time (`force-static`), so the static export has the same files.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { deployMode } from '../build/deploy';
import { contentRoot } from '../content/paths';
import { loadSite } from '../content/site';
import { adminFiles, adminHeaders, adminHtml, ADMIN_SCRIPT, isDecapFile } from './admin-page';
import type { HeaderRule } from '../security/headers';
import { ADMIN_SEGMENT } from '../routes/table';
import { editorEnabled, type EditorSettings } from './backend';
import { bundleAdminScript } from './bundle';
import { cmsConfig } from './config';
import { loadFolder } from './site-content';
import { taxonomyCounts } from './taxonomy-counts';
import { own } from '../own';

/** The page extension that turns the editor's route files on. */
export const EDITOR_PAGE_EXTENSION = 'editor.ts';

/** The editor setting of the content folder, or undefined when the site has none (the default). */
export function configuredEditor(root: string = contentRoot()): EditorSettings | undefined {
  const editor = loadSite(root, []).editor;
  return editorEnabled(editor) ? editor : undefined;
}

/**
 * The header rules of /admin when the site enables the editor (`editor`), none otherwise:
 * next.config.ts serves them, and vercel.json and a static export's `_headers` carry them
 * (written after the page rules, so they win there as here). `trailingSlash`: a static export's
 * folder index.
 */
export function adminRules(editor: EditorSettings | undefined, trailingSlash = false): HeaderRule[] {
  if (!editor) return [];
  const admin = `/${ADMIN_SEGMENT}`;
  return [admin, ...(trailingSlash ? [`${admin}/`] : []), `${admin}/:file`].map((source) => ({ source, headers: adminHeaders(editor) }));
}

/** adminRules for the editor setting of the content folder at `root`. */
export const configuredAdminRules = (trailingSlash = false, root: string = contentRoot()): HeaderRule[] => adminRules(configuredEditor(root), trailingSlash);

function decapDir(): string {
  // Resolved from the project at build time, out of the bundler's sight (as lib/mdx/html.ts does).
  const require = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'));
  return path.dirname(require.resolve(['decap-cms', 'dist', 'decap-cms.js'].join('/')));
}

export function hostedAdminFiles(): string[] {
  return adminFiles(fs.readdirSync(decapDir()));
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm' };

/** One file of the hosted /admin, with the editor's own headers. */
export async function hostedAdminResponse(name: string): Promise<Response> {
  const root = contentRoot();
  const editor = configuredEditor(root);
  if (!editor || !hostedAdminFiles().includes(name)) return new Response('Not found', { status: 404 });
  let body: string | ArrayBuffer;
  if (name === 'index.html') body = adminHtml(`${deployMode(process.env).basePath}/admin/`);
  else if (name === ADMIN_SCRIPT) body = await bundleAdminScript();
  else if (name === 'config.json') {
    const index = loadFolder(root, false);
    body = JSON.stringify(cmsConfig({ site: index.site, ...taxonomyCounts(index.posts), contentDir: path.relative(process.cwd(), root).split(path.sep).join('/') || 'content' }));
  } else if (isDecapFile(name)) body = new Uint8Array(fs.readFileSync(path.join(decapDir(), name))).buffer;
  else return new Response('Not found', { status: 404 });
  const headers = new Headers({ 'Content-Type': own(TYPES, path.extname(name)) ?? 'application/octet-stream' });
  for (const h of adminHeaders(editor)) headers.set(h.key, h.value);
  return new Response(body, { headers });
}
