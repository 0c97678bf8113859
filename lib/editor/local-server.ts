/**
 * `npm run edit`: the editor on the editor's own machine. One server on 127.0.0.1 answers
 * everything /admin needs, so the browser talks to nothing else:
 * - `/admin/` the page, `/admin/editor.js` our bundle, `/admin/decap-cms.js` and its chunks from
 *   node_modules, `/admin/config.json` the CMS configuration generated from the schema;
 * - `/api/v1` decap-server's file-system backend, writing straight into the content folder;
 * - `/admin/api/check` the check of `npm run check` on the text about to be saved;
 * - `/admin/api/preview` and `/admin/preview.css` the live preview in our components and stylesheet.
 */
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';
import { formatProblem } from '../content/errors';
import { loadFolder } from './site-content';
import { slugify } from '../terms/slug';
import { adminHeaders, adminHtml, isDecapFile } from './admin-page';
import { editorSchema } from './backend';
import { bundleAdminScript } from './bundle';
import { withoutPending, type CheckRequest, type CheckResponse } from './client/check-state';
import { cmsConfig } from './config';
import { taxonomyCounts } from './taxonomy-counts';
import { renderPreview, type PreviewAsset, type PreviewView } from './preview';
import { checkEntry } from './validate';

const require = createRequire(import.meta.url);

export interface EditorServer {
  url: string;
  close(): Promise<void>;
}

/** The blog's stylesheet, compiled the way `next build` compiles it (Tailwind through PostCSS). */
async function compileStylesheet(projectRoot: string): Promise<string> {
  const postcss = (await import('postcss')).default;
  const tailwind = (await import('@tailwindcss/postcss')).default as unknown as (options: { base: string }) => import('postcss').AcceptedPlugin;
  const from = path.join(projectRoot, 'app', 'globals.css');
  const result = await postcss([tailwind({ base: projectRoot })]).process(fs.readFileSync(from, 'utf8'), { from });
  return result.css;
}


/**
 * The file a check or preview is about, relative to the content root: the entry's own path once
 * saved, else where Decap will write a new post (`posts/<slug>/index.mdx`).
 */
export function entryFile(request: Pick<CheckRequest, 'path' | 'slug' | 'title' | 'collection'>, contentDir: string, folders: ReadonlyMap<string, string>): string {
  const prefix = contentDir ? `${contentDir}/` : '';
  if (request.path) return request.path.startsWith(prefix) ? request.path.slice(prefix.length) : request.path;
  const folder = (folders.get(request.collection) ?? 'posts').slice(prefix.length);
  return `${folder}/${request.slug || slugify(request.title) || 'new-post'}/index.mdx`;
}

/** `view`: what the preview draws with (components/mdx's editor components, components/EditorPreview). */
export async function startEditor({ root, view, port = 0, projectRoot = process.cwd() }: { root: string; view: PreviewView; port?: number; projectRoot?: string }): Promise<EditorServer> {
  const repo = path.dirname(root);
  const contentDir = path.basename(root);
  // decap-server reads where to write from its environment when it registers.
  process.env.GIT_REPO_DIRECTORY = repo;
  const { registerLocalFs } = require('decap-server/dist/middlewares') as { registerLocalFs(app: express.Express, options?: { logLevel?: string }): Promise<void> };
  const decapDist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));

  const [script, stylesheet] = await Promise.all([bundleAdminScript(projectRoot), compileStylesheet(projectRoot)]);
  const app = express();
  app.disable('x-powered-by');
  app.enable('strict routing');
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Never on another interface: decap-server has no sign-in; anyone who reaches it may write files.
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${bound}`;

  const folders = new Map<string, string>();
  function config() {
    const index = loadFolder(root, true);
    const generated = cmsConfig({
      site: index.site,
      ...taxonomyCounts(index.posts),
      contentDir,
      local: true,
    });
    for (const c of generated.collections) if (typeof c.folder === 'string') folders.set(c.name, c.folder);
    return { ...generated, local_backend: { url: `${origin}/api/v1` } };
  }

  // Local mode: no Git backend, only this server (lib/editor/backend.ts), under /admin's own policy.
  const settings = { ...editorSchema.parse({ enabled: true })!, backend: undefined };
  const headers = adminHeaders(settings, { serverOrigin: origin });
  app.use((_req, res, next) => {
    for (const h of headers) res.setHeader(h.key, h.value);
    next();
  });
  app.get(['/', '/admin'], (_req, res) => res.redirect('/admin/'));
  app.get('/admin/', (_req, res) => res.type('html').send(adminHtml()));
  app.get('/admin/editor.js', (_req, res) => res.type('js').send(script));
  app.get('/admin/preview.css', (_req, res) => res.type('css').send(stylesheet));
  app.get('/admin/config.json', (_req, res) => res.json(config()));
  app.get('/admin/:file', (req, res) => {
    const name = String(req.params.file);
    if (!isDecapFile(name)) return res.status(404).end();
    res.sendFile(path.join(decapDist, name));
  });
  // The pictures of saved bundles, for the preview (where the site serves them).
  app.get('/posts/:slug/:file', (req, res) => {
    const file = path.join(root, 'posts', String(req.params.slug), String(req.params.file));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !/\.(png|jpe?g|webp|gif|avif)$/i.test(file)) return res.status(404).end();
    res.sendFile(file);
  });
  app.use('/admin/api', express.json({ limit: '20mb' }));
  app.post('/admin/api/check', async (req, res) => {
    const request = req.body as CheckRequest;
    if (!folders.size) config();
    const file = entryFile(request, contentDir, folders);
    const check = await checkEntry(root, file, String(request.raw));
    const shown = `${contentDir}/${file}`;
    const problems = withoutPending(check.problems, Array.isArray(request.pending) ? request.pending.filter((n) => typeof n === 'string') : []);
    const body: CheckResponse = {
      file,
      blocked: problems.some((p) => p.severity === 'error'),
      problems: problems.map((p) => ({ ...p, file: shown, message: formatProblem({ ...p, file: shown }) })),
    };
    res.json(body);
  });
  app.post('/admin/api/preview', async (req, res) => {
    const request = req.body as CheckRequest & { assets?: PreviewAsset[] };
    if (!folders.size) config();
    const file = entryFile(request, contentDir, folders);
    const assets = Array.isArray(request.assets) ? request.assets.filter((a) => typeof a?.name === 'string' && typeof a?.data === 'string') : [];
    res.type('html').send(await renderPreview(view, root, file, String(request.raw), '/admin/preview.css', `${contentDir}/${file}`, assets));
  });
  await registerLocalFs(app, { logLevel: 'warn' });

  return {
    url: `${origin}/admin/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
