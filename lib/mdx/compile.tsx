/**
 * The compile pipeline: one function turns a Post into React, with our plugins and the editor
 * components. Every problem it finds is thrown as one ContentError naming the post's file and line
 * (next-mdx-remote's own errors carry the line but not the file).
 */
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeHighlight from 'rehype-highlight';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { ContentError, type ContentProblem, type Post } from '../content';
import { BLOCK_COMPONENTS, mdxComponents } from './components';
import { remarkEventNeedsFrontMatter } from './event';
import { rehypeCollectHeadings, type Heading } from './headings';
import { rehypeBundleAssets, remarkKnownComponents, remarkUnwrapBlocks } from './plugins';

export interface CompiledPost {
  content: ReactElement;
  /** The post's h2/h3 headings with their ids, in order, for the table of contents. */
  headings: Heading[];
}

/** Pulls the file line out of next-mdx-remote's formatted error (its code frame marks it `> 12 |`). */
function compileErrorProblem(post: Post, err: unknown): ContentProblem {
  const message = err instanceof Error ? err.message : String(err);
  const lines = message.split('\n');
  const reason = (lines[1] ?? lines[0] ?? message).trim();
  const frame = /^>\s*(\d+)\s*\|/m.exec(message);
  return {
    severity: 'error',
    file: post.displayPath,
    line: frame ? Number(frame[1]) : undefined,
    field: 'body',
    expected: post.format === 'mdx' ? 'valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<)' : 'valid Markdown',
    found: reason,
  };
}

export interface CompileOptions {
  /** The site's language, for dates and times that components format. */
  locale?: string;
  /** False for HTML that no script will run in (feeds): components leave out their client islands. */
  islands?: boolean;
}

export async function compilePost(post: Post, { locale, islands = true }: CompileOptions = {}): Promise<CompiledPost> {
  const problems: ContentProblem[] = [];
  const headings: Heading[] = [];
  const components = mdxComponents(post, locale, islands);
  const remarkPlugins: PluggableList = [
    remarkGfm,
    remarkUnwrapBlocks(BLOCK_COMPONENTS),
    remarkKnownComponents(new Set(Object.keys(components).filter((n) => /^[A-Z]/.test(n))), post, problems),
    remarkEventNeedsFrontMatter(post, problems),
  ];
  const rehypePlugins: PluggableList = [
    rehypeBundleAssets(post, problems),
    rehypeSlug,
    rehypeCollectHeadings(headings),
    // Code is coloured here, at build time, as classes (no client highlighter, no inline styles
    // for a strict CSP); only fences that name their language are highlighted.
    [rehypeHighlight, { detect: false }],
    [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
  ];
  // Blank lines in front of the body keep the compiler's line numbers equal to the file's.
  const source = '\n'.repeat(post.bodyLine - 1) + post.body;
  let content: ReactElement;
  try {
    ({ content } = await compileMDX({
      source,
      components,
      options: { mdxOptions: { format: post.format, remarkPlugins, rehypePlugins } },
    }));
  } catch (err) {
    throw new ContentError([compileErrorProblem(post, err), ...problems]);
  }
  if (problems.length) throw new ContentError(problems);
  return { content, headings };
}
