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
import type { Catalogue } from '../i18n';
import fs from 'node:fs';
import { createElement, type ReactElement } from 'react';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import * as jsxRuntime from 'react/jsx-runtime';
import { serialize } from 'next-mdx-remote/serialize';
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
import { codeVersion, hashOf, readEntry, writeEntry } from '../build/cache';
import type { Author, ContentProblem, Post } from '../content';
import { ContentError, formatProblem } from '../content/errors';
import { remarkAlerts } from './alerts';
import { codeBlocks, rehypeCodeDirection } from './code';
import { BLOCK_COMPONENTS, EDITOR_COMPONENTS, type MdxComponentsFor } from './component-names';
import { rehypeDiagrams } from './diagrams';
import { remarkEventNeedsFrontMatter } from './event';
import { rehypeCollectHeadings, type Heading } from './headings';
import { isStackOverflow, MAX_NESTING, nestingProblem, remarkElementLimit } from './limits';
import { rehypeBundleAssets, remarkExpressionWarnings, remarkKnownComponents, remarkUnwrapBlocks } from './plugins';
import { rehypeJsxToHtml, rehypeLeftoverShortcodes, rehypeSafety, rehypeSanitize } from './safety';
import { rehypeRenderMath, remarkMathCheck, type MathState } from './math';
import { MDX_NODE_TYPES } from './nodes';
import { extractShortcodes, remarkShortcodes } from './shortcodes';
import { preparedImage } from '../images/responsive';
import { languagePrefix, urlSettings } from '../routes/urls';
import { authorSource, postSource, type BodySource } from './source';
import { compileHtmlPage, renderHtmlPage } from './html-page';
import type { Root as HastRoot } from 'hast';
import { allowedEmbeds, withLanguage } from '../routes/page-language';

export interface CompiledBody {
  content: ReactElement;
  /** Problems that do not stop the build: each was fixed by leaving something out of the page. */
  warnings: ContentProblem[];
  /** The body's h2/h3 headings with their ids, in order, for the table of contents. */
  headings: Heading[];
  /** What the page must load for this body: KaTeX's stylesheet, the diagram script. */
  uses: { math: boolean; diagrams: boolean };
}

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
  /** The site's own words for the interface (content/i18n/<code>.yaml), for the components' labels. */
  messages?: Catalogue;
  /**
   * The editor components the body runs with (components/mdx `editorComponents`), given by whoever
   * renders it. The content check only compiles, and gives none: its `content` is never rendered.
   */
  components?: MdxComponentsFor;
}

/** What compiling a body yields before it is run: the cache stores exactly this. */
interface CompiledCode {
  /** next-mdx-remote's function body (JavaScript that builds the React tree from its components). */
  code: string;
  /** An HTML page's cleaned tree instead of code (lib/mdx/html-page.ts). */
  html?: HastRoot;
  warnings: ContentProblem[];
  headings: Heading[];
  uses: { math: boolean; diagrams: boolean };
}

/**
 * The code highlighter, made once. rehype-highlight registers every common language on a fresh
 * highlight.js instance each time the plugin is attached, and highlight.js compiles a grammar on
 * its instance's first use: attached per post, every post paid for compiling its languages again,
 * about a third of the content check's time (docs/benchmarks.md); every compiled body stayed
 * byte-identical. The transform keeps no state between files.
 */
const highlightTransform = rehypeHighlight({ detect: false });
const highlightCode = () => highlightTransform;

/** The code whose change changes what a body compiles to: our pipeline and the packages it calls. */
const PIPELINE_FILES = ['lib/mdx', 'lib/images', 'lib/security/bundle-files.ts', 'lib/routes', 'lib/embeds.ts'];
const PIPELINE_PACKAGES = /^(next-mdx-remote|@mdx-js\/.*|unified|remark-.*|rehype-.*|mdast-.*|hast-.*|hastscript|micromark.*|unist-.*|vfile.*|katex|highlight\.js|lowlight|github-slugger|estree-.*)$/;

/**
 * The cache key of a body: everything the plugins read. The compiled code names components but
 * does not contain them, so the site language (read by components when the page renders) is not
 * part of it; the base path (in asset URLs) is, `islands` is (math is rendered differently without them), and so is the production
 * flag (next-mdx-remote emits development JSX otherwise). Null when the pipeline's sources are not
 * there to hash: nothing is cached then.
 */
function bodyKey(src: BodySource, islands: boolean): string | null {
  const pipeline = codeVersion(PIPELINE_FILES, PIPELINE_PACKAGES);
  if (!pipeline) return null;
  let bundleFiles: string[] = [];
  try {
    if (src.bundleDir) bundleFiles = fs.readdirSync(/*turbopackIgnore: true*/ src.bundleDir).sort();
  } catch {
    return null;
  }
  // The sized copies a body image is written with (lib/images), as far as they are on disk now: an
  // image that changes, or whose copies appear or go, is another key.
  const assets = Object.values(src.assets).map((a) => [a.name, a.kind, a.width, a.height, a.hash ?? null, src.assetUrl(a.name), (src.post && preparedImage(src.post.slug, a)) ?? null]);
  return hashOf(pipeline, urlSettings, languagePrefix(), allowedEmbeds(), process.env.NODE_ENV === 'production', islands, src.format, src.displayPath, src.bodyLine, src.body, src.bundleDir ?? null, bundleFiles, assets, src.post?.event ?? null, [...(src.post?.renamed ?? [])]);
}

async function compileCode(src: BodySource, islands: boolean): Promise<CompiledCode> {
  const problems: ContentProblem[] = [];
  const headings: Heading[] = [];
  const file = src.displayPath;
  if (src.format === 'html') {
    const html = await compileHtmlPage(src, problems, headings);
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
    return { code: '', html, warnings: problems, headings, uses: { math: false, diagrams: false } };
  }
  // Blank lines in front of the body keep the compiler's line numbers equal to the file's.
  const scan = extractShortcodes('\n'.repeat(src.bodyLine - 1) + src.body, problems, file, src.post?.renamed);
  const tooDeep = nestingProblem(scan.text, file);
  // A limit the pre-pass hit (see shortcodes.ts) stops the compiler as nesting does.
  if (tooDeep || problems.some((p) => p.severity === 'error')) throw new ContentError(tooDeep ? [tooDeep, ...problems] : problems);
  // Only the names matter here: the components themselves are given when the code runs.
  const componentNames = new Set(EDITOR_COMPONENTS);
  const math: MathState = { used: false };
  const diagrams = { used: false };
  const code = codeBlocks(file, problems);
  const remarkPlugins: PluggableList = [
    remarkGfm,
    remarkMath,
    remarkElementLimit(file, problems),
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
    rehypeCodeDirection,
    // Everything after the allowlist is ours: ids, classes, sizes and rel need no allowing.
    rehypeBundleAssets(src, problems),
    rehypeSlug,
    rehypeCollectHeadings(headings),
    // Code is coloured here, at build time, as classes (no client highlighter, no inline styles
    // for a strict CSP); only fences that name their language are highlighted.
    highlightCode,
    code.rehypeLayout,
    [rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-anchor'] } }],
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
  ];
  let compiled: string;
  try {
    ({ compiledSource: compiled } = await serialize(scan.text, { mdxOptions: { format: src.format, remarkPlugins, rehypePlugins } }, true));
  } catch (err) {
    throw new ContentError([compileErrorProblem(src, err, scan.text), ...problems]);
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  return { code: compiled, warnings: problems, headings, uses: { math: math.used, diagrams: diagrams.used } };
}

/** The compiled code of a body, from the build cache (lib/build/cache.ts) when it is there. */
async function cachedCode(src: BodySource, islands: boolean): Promise<CompiledCode> {
  const key = bodyKey(src, islands);
  const hit = key && readEntry('mdx', key);
  if (hit) {
    try {
      return JSON.parse(hit.toString('utf8')) as CompiledCode;
    } catch {
      // Written by a different shape of this code under the same key: compile again below.
    }
  }
  const compiled = await compileCode(src, islands);
  if (key) writeEntry('mdx', key, JSON.stringify(compiled));
  return compiled;
}

/** Runs compiled code the way next-mdx-remote/rsc does, with the editor components. */
function runCode(code: string, components: object): ReactElement {
  // Code compiled in development calls jsxDEV, in production jsx/jsxs: give it both, whichever mode
  // compiled the cached entry (a check run under another NODE_ENV than the build's).
  const dev = (jsxDevRuntime as { jsxDEV?: unknown }).jsxDEV;
  const runtime = {
    ...jsxRuntime,
    jsxDEV: typeof dev === 'function' ? dev : (type: Parameters<typeof jsxRuntime.jsx>[0], props: Parameters<typeof jsxRuntime.jsx>[1], key?: string) => jsxRuntime.jsx(type, props, key),
  };
  const hydrate = Reflect.construct(Function, ['opts', 'frontmatter', code]) as (...args: unknown[]) => { default: (props: { components: object }) => ReactElement };
  const Content = hydrate.apply(hydrate, [runtime, {}]).default;
  return createElement(Content, { components });
}

export async function compileBody(src: BodySource, { locale, islands = true, messages, components }: CompileOptions = {}): Promise<CompiledBody> {
  const { code, html, warnings, headings, uses } = await cachedCode(src, islands);
  // `npm run check` prints warnings before a build; in `npm run dev` the terminal is where an
  // editor looks while writing.
  if (process.env.NODE_ENV === 'development') for (const w of warnings) console.warn(formatProblem(w));
  const forBody = components?.(src.post, locale, islands, messages) ?? {};
  return { content: html ? renderHtmlPage(html, forBody) : runCode(code, forBody), warnings, headings, uses };
}


/** A post's body, its links written in the post's own language (/nl/posts/… in a Dutch post). */
export function compilePost(post: Post, options?: CompileOptions): Promise<CompiledBody> {
  return withLanguage(post.lang, () => compileBody(postSource(post), options));
}

/** The biography under an author's front matter, or undefined when the profile has none. */
export function compileAuthorAbout(author: Author, options?: CompileOptions): Promise<CompiledBody> | undefined {
  const src = authorSource(author);
  return src && compileBody(src, options);
}
