/**
 * A page written in HTML with front matter (Hugo publishes `.html` content files: blogdown and
 * R Markdown reports). Its body is parsed as HTML, never as Markdown, and goes through the same
 * safety pass and allowlist as raw HTML in a `.md` post (scripts, handlers, script URLs removed,
 * each with a warning on its line), then the same bundle-file, heading and link plugins. What the
 * compile keeps is the cleaned tree (JSON, cacheable); it becomes React with the post components,
 * so a YouTube iframe is the same privacy-friendly player as in Markdown.
 *
 * A report is large (a 3 MB one is hundreds of thousands of elements, mostly table cells): kept
 * as a tree, every render would make each of them a React element and the page's payload would
 * carry them all. So the compile renders each run of plain elements (no code block, no component
 * inside) to its HTML once, and the page shows it as it is (`RawHtml`): only code blocks and
 * components stay React.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
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
import { staticMarkup } from './static-markup';
import { isJsx } from './nodes';

/** Elements a <div> may sit in without the browser moving it: where a run of HTML is placed as one. */
const FLOW_PARENTS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'figure', 'details', 'li', 'dd', 'td', 'th']);

/** Whether a node must stay React: a code block (its copy button), a component, or either inside it. */
function needsReact(node: RootContent, memo: Map<RootContent, boolean>): boolean {
  let found = memo.get(node);
  if (found === undefined) {
    found = isJsx(node as { type: string }) || (node.type === 'element' && (node.tagName === 'pre' || node.children.some((c) => needsReact(c, memo))));
    memo.set(node, found);
  }
  return found;
}

const asReact = (children: RootContent[]) => toJsxRuntime({ type: 'root', children } as Root, { Fragment, jsx, jsxs }) as ReactElement;

/** Each run of plain nodes in a flow container becomes one RawHtml node with its HTML. */
function collapse(parent: Root | Element, memo: Map<RootContent, boolean>): void {
  const flow = parent.type === 'root' || FLOW_PARENTS.has(parent.tagName);
  const out: RootContent[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.some((n) => n.type !== 'text' || n.value.trim())) {
      out.push({ type: 'mdxJsxFlowElement', name: 'RawHtml', attributes: [{ type: 'mdxJsxAttribute', name: 'html', value: staticMarkup()(asReact(run)) }], children: [] } as unknown as RootContent);
    } else out.push(...run);
    run = [];
  };
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (flow && !needsReact(child, memo)) {
      run.push(child);
      continue;
    }
    flush();
    if (child.type === 'element') collapse(child, memo);
    out.push(child);
  }
  flush();
  parent.children = out as ElementContent[];
}

/** A table scrolls sideways in its own box, as the table component of Markdown posts does. */
function wrapTables(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return;
    parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'] }, children: [node] };
    return index + 1;
  });
}

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
  wrapTables(clean);
  collapse(clean, new Map());
  return clean;
}

/** The cleaned tree as React, with the editor components (a code block's copy button, YouTube's player). */
export function renderHtmlPage(tree: Root, components: object): ReactElement {
  const all = { ...components, RawHtml } as Record<string, unknown>;
  // Component nodes name their component (YouTube, RawHtml); their attributes are text, never code.
  const createEvaluater = () => ({
    evaluateExpression: (expression: { type: string; name?: string }) => {
      if (expression.type === 'Identifier' && expression.name && Object.hasOwn(all, expression.name)) return all[expression.name];
      throw new Error(`no component ${expression.name ?? expression.type} for an HTML page`);
    },
    evaluateProgram: () => {
      throw new Error('an HTML page runs no code');
    },
  });
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: all as Partial<Components>, createEvaluater: createEvaluater as never, passKeys: true, passNode: false }) as ReactElement;
}

/** HTML the compile made from the cleaned tree (never the page's own text): `display: contents`, so it lays out as if unwrapped. */
function RawHtml({ html }: { html: string }): ReactElement {
  return jsx('div', { className: 'html-page-part', dangerouslySetInnerHTML: { __html: html } });
}
