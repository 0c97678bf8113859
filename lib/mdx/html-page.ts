/**
 * A page written in HTML with front matter (Hugo publishes `.html` content files: blogdown and
 * R Markdown reports). Its body is parsed as HTML, never as Markdown, and goes through the same
 * safety pass and allowlist as raw HTML in a `.md` post (scripts, handlers, script URLs removed,
 * each with a warning on its line), then the same bundle-file, heading and link plugins. What the
 * compile keeps is the cleaned tree (JSON, cacheable); it becomes React with the post components,
 * so a YouTube iframe is the same privacy-friendly player as in Markdown.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, type ReactElement } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content';
import { rehypeCollectHeadings, type Heading } from './headings';
import { rehypeBundleAssets } from './plugins';
import { rehypeSafety, rehypeSanitize } from './safety';
import type { BodySource } from './source';

/** The safe tree of an HTML page's body, its headings and warnings; positions dropped (the tree is cached as JSON). */
export async function compileHtmlPage(src: BodySource, problems: ContentProblem[], headings: Heading[]): Promise<Root> {
  // Blank lines in front of the body keep the parser's line numbers equal to the file's.
  const tree = fromHtml('\n'.repeat(src.bodyLine - 1) + src.body, { fragment: true });
  const processor = unified()
    .use(rehypeSafety(src.displayPath, problems))
    .use(rehypeSanitize())
    .use(rehypeBundleAssets(src, problems))
    .use(rehypeSlug)
    .use(rehypeCollectHeadings(headings))
    .use(rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } })
    .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: undefined });
  const clean = (await processor.run(tree)) as Root;
  visit(clean, (node) => {
    delete (node as { position?: unknown }).position;
  });
  return clean;
}

/** The cleaned tree as React, with the editor components (a code block's copy button, YouTube's player). */
export function renderHtmlPage(tree: Root, components: object): ReactElement {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: components as Partial<Components>, passKeys: true, passNode: false }) as ReactElement;
}
