/**
 * The compile pipeline: one function turns a body (a post's, or an author's biography) into React,
 * with our plugins and the editor components. Errors are thrown as one ContentError naming the
 * file and line (next-mdx-remote's own errors carry the line but not the file); warnings (removed
 * HTML, unknown shortcodes) come back beside the content, for `npm run check` to print.
 *
 * `.md` is Markdown the way Hugo editors write it: raw HTML is parsed as HTML (rehype-raw) and
 * `{`/`<` in prose are just text. `.mdx` is MDX without JavaScript. Both pass the same safety
 * rules and the same HTML allowlist.
 */
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeHighlight from 'rehype-highlight';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { ContentError, formatProblem, type Author, type ContentProblem, type Post } from '../content';
import { remarkAlerts } from './alerts';
import { codeBlocks } from './code';
import { BLOCK_COMPONENTS, mdxComponents } from './components';
import { rehypeDiagrams } from './diagrams';
import { remarkEventNeedsFrontMatter } from './event';
import { rehypeCollectHeadings, type Heading } from './headings';
import { isStackOverflow, MAX_NESTING, nestingProblem } from './limits';
import { rehypeBundleAssets, remarkExpressionWarnings, remarkKnownComponents, remarkUnwrapBlocks } from './plugins';
import { rehypeJsxToHtml, rehypeLeftoverShortcodes, rehypeSafety, rehypeSanitize } from './safety';
import { rehypeRenderMath, remarkMathCheck, type MathState } from './math';
import { MDX_NODE_TYPES } from './nodes';
import { extractShortcodes, remarkShortcodes } from './shortcodes';
import { authorSource, postSource, type BodySource } from './source';

export interface CompiledBody {
  content: ReactElement;
  /** Problems that do not stop the build: each was fixed by leaving something out of the page. */
  warnings: ContentProblem[];
  /** The body's h2/h3 headings with their ids, in order, for the table of contents. */
  headings: Heading[];
  /** What the page must load for this body: KaTeX's stylesheet, the diagram script. */
  uses: { math: boolean; diagrams: boolean };
}
export type CompiledPost = CompiledBody;

/** MDX nodes (our shortcode components among them) that rehype-raw must leave alone in `.md`. */

/** The line of an MDX syntax error, found by parsing again: some of the parser's messages carry
 * no position once next-mdx-remote has formatted them. */
function syntaxErrorLine(source: string): number | undefined {
  try {
    unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source);
  } catch (err) {
    return (err as { line?: number }).line ?? undefined;
  }
  return undefined;
}

/** Pulls the file line out of next-mdx-remote's formatted error (its code frame marks it `> 12 |`). */
function compileErrorProblem(src: BodySource, err: unknown, source: string): ContentProblem {
  if (isStackOverflow(err)) {
    return { severity: 'error', file: src.displayPath, field: 'body', expected: `a body nested at most ${MAX_NESTING} levels deep`, found: 'nesting deeper than the compiler can follow (it ran out of stack)' };
  }
  const message = err instanceof Error ? err.message : String(err);
  const lines = message.split('\n');
  const reason = (lines[1] ?? lines[0] ?? message).trim();
  const frame = /^>\s*(\d+)\s*\|/m.exec(message);
  return {
    severity: 'error',
    file: src.displayPath,
    line: frame ? Number(frame[1]) : src.format === 'mdx' ? syntaxErrorLine(source) : undefined,
    field: 'body',
    expected: src.format === 'mdx' ? 'valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<)' : 'valid Markdown',
    found: reason,
  };
}

export interface CompileOptions {
  /** The site's language, for dates and times that components format. */
  locale?: string;
  /** False for HTML that no script will run in (feeds): components leave out their client islands. */
  islands?: boolean;
}

export async function compileBody(src: BodySource, { locale, islands = true }: CompileOptions = {}): Promise<CompiledBody> {
  const problems: ContentProblem[] = [];
  const headings: Heading[] = [];
  const file = src.displayPath;
  const components = mdxComponents(src.post, locale, islands);
  // Blank lines in front of the body keep the compiler's line numbers equal to the file's.
  const scan = extractShortcodes('\n'.repeat(src.bodyLine - 1) + src.body, problems, file);
  const tooDeep = nestingProblem(scan.text, file);
  if (tooDeep) throw new ContentError([tooDeep, ...problems]);
  const componentNames = new Set(Object.keys(components).filter((n) => /^[A-Z]/.test(n)));
  const math: MathState = { used: false };
  const diagrams = { used: false };
  const code = codeBlocks(file, problems);
  const remarkPlugins: PluggableList = [
    remarkGfm,
    remarkMath,
    remarkMathCheck(scan.text, file, problems),
    code.remark,
    remarkAlerts,
    remarkShortcodes(scan, file, problems),
    remarkUnwrapBlocks(BLOCK_COMPONENTS),
    remarkKnownComponents(componentNames, src, problems),
    remarkEventNeedsFrontMatter({ displayPath: file, event: src.post?.event }, problems),
    ...(src.format === 'mdx' ? [remarkExpressionWarnings(file, problems)] : []),
  ];
  const rehypePlugins: PluggableList = [
    ...(src.format === 'md' ? [[rehypeRaw, { passThrough: [...MDX_NODE_TYPES] }] as PluggableList[number]] : []),
    rehypeJsxToHtml,
    rehypeLeftoverShortcodes(scan, file, problems),
    rehypeSafety(file, problems, src.format === 'md' ? componentNames : undefined),
    rehypeSanitize(),
    // Math, diagrams and code settings are read from what the allowlist kept (see their modules).
    rehypeRenderMath(islands ? 'htmlAndMathml' : 'mathml', math),
    rehypeDiagrams(diagrams),
    code.rehypeMarkers,
    // Everything after the allowlist is ours: ids, classes, sizes and rel need no allowing.
    rehypeBundleAssets(src, problems),
    rehypeSlug,
    rehypeCollectHeadings(headings),
    // Code is coloured here, at build time, as classes (no client highlighter, no inline styles
    // for a strict CSP); only fences that name their language are highlighted.
    [rehypeHighlight, { detect: false }],
    code.rehypeLayout,
    [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
  ];
  let content: ReactElement;
  try {
    ({ content } = await compileMDX({
      source: scan.text,
      components,
      options: { mdxOptions: { format: src.format, remarkPlugins, rehypePlugins } },
    }));
  } catch (err) {
    throw new ContentError([compileErrorProblem(src, err, scan.text), ...problems]);
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  // `npm run check` prints warnings before a build; in `npm run dev` the terminal is where an
  // editor looks while writing.
  if (process.env.NODE_ENV === 'development') for (const w of problems) console.warn(formatProblem(w));
  return { content, warnings: problems, headings, uses: { math: math.used, diagrams: diagrams.used } };
}

export function compilePost(post: Post, options?: CompileOptions): Promise<CompiledBody> {
  return compileBody(postSource(post), options);
}

/** The biography under an author's front matter, or undefined when the profile has none. */
export function compileAuthorAbout(author: Author, options?: CompileOptions): Promise<CompiledBody> | undefined {
  const src = authorSource(author);
  return src && compileBody(src, options);
}
