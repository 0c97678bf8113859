/**
 * The editor's live preview: the entry being edited, loaded by the same loader as the site (in a
 * scratch copy of the content folder's settings and authors, so nothing is written into content/
 * before a save), its body compiled by lib/mdx with our components and rendered to HTML with the
 * post page's own header components and classes, under the blog's compiled stylesheet. Only the
 * local editor (`npm run edit`) serves it: a static host has no server to render on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Post, SiteConfig } from '../content';
import { formatProblem } from '../content/errors';
import { loadFolder } from './site-content';
import { compilePost } from '../mdx/compile';
import type { MdxComponentsFor } from '../mdx/component-names';
import { translator, type Translator } from '../i18n';
import { escapeHtml } from '../text';
import { languagePrefix } from '../routes/urls';
import { buildTermIndex, taxonomies, termLinks, type TermLink } from '../terms/tags';

/**
 * What the preview renders with, handed in by whoever starts the editor (`npm run edit`:
 * components/mdx's editor components and components/EditorPreview): lib/ imports no component.
 */
export interface PreviewView {
  components: MdxComponentsFor;
  Article: ComponentType<PreviewArticleProps>;
}

/** What the preview's article is drawn from: the entry as the site loads it, and its compiled body. */
export interface PreviewArticleProps {
  post: Post;
  site: SiteConfig;
  tags: readonly TermLink[];
  tr: Translator;
  /** The entry's language prefix, for its tag links. */
  prefix: string;
  /** The compiled body. */
  children: ReactNode;
}

/** A picture uploaded in the editor and not saved yet: its file name and a `data:` URL. */
export interface PreviewAsset {
  name: string;
  data: string;
}

/** Copies what the loader needs beside one entry: the site settings, the authors, the entry's bundle files. */
function scratchRoot(root: string, file: string, raw: string, assets: readonly PreviewAsset[]): string {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'editor-preview-'));
  for (const name of fs.readdirSync(root)) {
    const from = path.join(root, name);
    if (/^site\.(ya?ml|json|toml|ts)$/.test(name) || ((name === 'authors' || name === 'i18n') && fs.statSync(from).isDirectory())) {
      fs.cpSync(from, path.join(scratch, name), { recursive: true });
    }
  }
  const target = path.join(scratch, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const bundle = path.join(root, path.dirname(file));
  if (/^index\.(mdx?|markdown)$/.test(path.basename(file)) && fs.existsSync(bundle)) {
    for (const entry of fs.readdirSync(bundle, { withFileTypes: true })) {
      if (entry.isFile() && !/^index\./.test(entry.name)) fs.copyFileSync(path.join(bundle, entry.name), path.join(path.dirname(target), entry.name));
    }
  }
  for (const asset of assets) {
    const data = /^data:[\w/+.-]*;base64,(.*)$/.exec(asset.data)?.[1];
    // A picture's own name, beside the entry: nothing else is written.
    if (data && path.basename(asset.name) === asset.name && /\.(png|jpe?g|webp|gif|avif)$/i.test(asset.name)) {
      fs.writeFileSync(path.join(path.dirname(target), asset.name), Buffer.from(data, 'base64'));
    }
  }
  fs.writeFileSync(target, raw);
  return scratch;
}

function page(title: string, body: string, stylesheet: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="${stylesheet}"></head><body class="min-h-screen antialiased"><main id="main" class="mx-auto max-w-5xl px-4 py-8">${body}</main></body></html>`;
}

/**
 * The preview page of the entry at `file` (relative to the content root) were `raw` saved there,
 * drawn by `view` (see PreviewView).
 * A problem that stops the page (an error the check reports) is shown in place of it, in the check's words.
 */
export async function renderPreview(view: PreviewView, root: string, file: string, raw: string, stylesheet: string, shownAs = file, assets: readonly PreviewAsset[] = []): Promise<string> {
  const scratch = scratchRoot(root, file, raw, assets);
  try {
    const index = loadFolder(scratch, true);
    const target = path.join(scratch, file);
    const post = index.posts.find((p) => p.file === target);
    const errors = index.problems.filter((p) => p.severity === 'error' && p.file.endsWith(file));
    if (!post || errors.length) {
      const lines = errors.map((p) => `<li>${escapeHtml(formatProblem({ ...p, file: shownAs }))}</li>`).join('');
      return page('Preview', `<div role="alert" class="prose"><p>The page cannot be shown yet:</p><ul>${lines}</ul></div>`, stylesheet);
    }
    const site = index.site;
    const tr = translator(site.language);
    const { content } = await compilePost(post, { locale: site.language, islands: false, components: view.components });
    const tags = termLinks(post.tags, buildTermIndex(index.posts, taxonomies.tags.pick));
    const article = createElement(view.Article, { post, site, tags, tr, prefix: languagePrefix(), children: content });
    return page(post.title, renderToStaticMarkup(article), stylesheet);
  } catch (error) {
    const message = error instanceof Error ? error.message.replaceAll(scratch + path.sep, '') : String(error);
    return page('Preview', `<div role="alert" class="prose"><p>The page cannot be shown yet:</p><pre>${escapeHtml(message)}</pre></div>`, stylesheet);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
