/**
 * Math: `$…$` inline and `$$…$$` (or a ```` ```math ```` fence) as a display formula, rendered
 * with KaTeX at build time. The page gets KaTeX's HTML (laid out by /katex/katex.min.css, served
 * by the site itself, linked only from pages that have math) and MathML for screen readers; feeds
 * get MathML alone, which feed readers show without any stylesheet.
 *
 * A dollar sign in prose stays a dollar sign: as in Pandoc, an inline formula's opening `$` is not
 * followed by a space, its closing `$` is not preceded by one nor followed by a digit, so
 * "costs $5 and $10" is text. Formulas are checked in the remark stage, where their line is known:
 * one KaTeX cannot read is a warning and is shown as written. They are rendered after the HTML
 * allowlist (KaTeX is given the formula as text, with `trust: false`, so it emits no links, no
 * classes or ids of the editor's choosing, nothing that runs), so the allowlist stays as strict as
 * it is for the rest of the post.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import type { InlineCode, Root as MdastRoot, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ContentProblem } from '../content';

export const MATH_EXPECTED = 'a formula KaTeX can read (it is shown as written)';

interface MathNode {
  type: 'math' | 'inlineMath';
  value: string;
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

type Output = 'htmlAndMathml' | 'mathml';

/**
 * What a formula may grow to once its macros are expanded, in symbols. KaTeX's `maxExpand`
 * counts expansions, not their size: `\def\a{…4,000 symbols…}` used a thousand times is a
 * 4 KB formula of four million symbols, minutes of work and megabytes of page. Real formulas,
 * large matrices included, stay far below this.
 */
export const MAX_MATH_SYMBOLS = 20_000;
/** Written out, a formula this long is a page of its own, not a formula. */
export const MAX_MATH_LENGTH = 20_000;

interface Expander {
  expandOnce(...args: unknown[]): unknown;
  grown?: number;
}

/**
 * Counts what each macro expansion adds, on KaTeX's own expander (reached once through a macro
 * that hands it over), and stops a formula as soon as it passes MAX_MATH_SYMBOLS.
 */
function boundExpansion(): void {
  let proto: Expander | undefined;
  const probe = (expander: object) => {
    proto = Object.getPrototypeOf(expander) as Expander;
    return '';
  };
  katex.renderToString('\\probe', { macros: { '\\probe': probe } as unknown as Record<string, string> });
  const expandOnce = proto?.expandOnce;
  // Another KaTeX, shaped otherwise: the length limit below still bounds the formula.
  if (!proto || typeof expandOnce !== 'function') return;
  proto.expandOnce = function (this: Expander, ...args: unknown[]) {
    const added = expandOnce.apply(this, args);
    if (typeof added === 'number') {
      this.grown = (this.grown ?? 0) + added;
      if (this.grown > MAX_MATH_SYMBOLS) throw new katex.ParseError(`the formula grows past ${MAX_MATH_SYMBOLS} symbols once its macros are expanded`);
    }
    return added;
  };
}
boundExpansion();

function render(tex: string, displayMode: boolean, output: Output): string {
  if (tex.length > MAX_MATH_LENGTH) throw new katex.ParseError(`the formula is longer than ${MAX_MATH_LENGTH} characters`);
  return katex.renderToString(tex, { displayMode, output, throwOnError: true, strict: 'ignore', trust: false, maxExpand: 1000 });
}

/** KaTeX's message without its "KaTeX parse error: " prefix. */
const reason = (err: unknown) => (err instanceof Error ? err.message : String(err)).replace(/^KaTeX parse error:\s*/, '').replace(/ at (?:position \d+|end of input):[^]*$/, '');

const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Whether `$…$` as written reads as a formula rather than two prices. */
function isInlineFormula(source: string, value: string, after: string): boolean {
  if (!source.startsWith('$') || source.startsWith('$$')) return true;
  return value.length > 0 && !/^\s/.test(value) && !/\s$/.test(value) && !/^\d/.test(after);
}

export interface MathState {
  /** True once the body has a formula: the page then links KaTeX's stylesheet. */
  used: boolean;
}

/**
 * Runs after remark-math: turns dollar signs that are prices back into text, checks each formula
 * and shows one that KaTeX cannot read as its source (inline code or a code block), with a warning.
 */
export function remarkMathCheck(source: string, file: string, problems: ContentProblem[]) {
  return () => (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'inlineMath' && node.type !== 'math') || !parent || index === undefined) return;
      const math = node as unknown as MathNode;
      const start = math.position?.start.offset;
      const end = math.position?.end.offset;
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `$${math.value}$`;
      if (math.type === 'inlineMath' && !isInlineFormula(written, math.value, end === undefined ? '' : source.slice(end, end + 1))) {
        // Back to the text it was; its neighbours are text too, so merge them.
        const siblings = parent.children as RootContent[];
        const text: Text = { type: 'text', value: written };
        const before = siblings[index - 1];
        const next = siblings[index + 1];
        let at = index;
        if (before?.type === 'text') {
          before.value += text.value;
          siblings.splice(index, 1);
          at = index - 1;
        } else siblings[index] = text;
        const merged = siblings[at] as Text;
        if (next?.type === 'text' && siblings[at + 1] === next) {
          merged.value += next.value;
          siblings.splice(at + 1, 1);
        }
        return [SKIP, at];
      }
      try {
        render(math.value, math.type === 'math', 'mathml');
      } catch (err) {
        problems.push({
          severity: 'warning',
          file,
          line: math.position?.start.line,
          field: 'math',
          expected: MATH_EXPECTED,
          found: `${JSON.stringify(shorten(math.value.trim()))}: ${reason(err)}`,
        });
        const shown =
          math.type === 'inlineMath'
            ? ({ type: 'inlineCode', value: `$${math.value}$` } satisfies InlineCode)
            : ({ type: 'code', lang: null, meta: null, value: `$$\n${math.value}\n$$` } as RootContent);
        (parent.children as RootContent[])[index] = shown as RootContent;
      }
      return undefined;
    });
  };
}

/**
 * After the allowlist: every `<code class="language-math">` (what remark-math and ```math fences
 * produce) becomes KaTeX's output; a `<pre>` around it makes it a display formula.
 */
export function rehypeRenderMath(output: Output, state: MathState) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      const code = node.tagName === 'pre' ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : node.tagName === 'code' ? node : undefined;
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-math')) return;
      const display = node.tagName === 'pre';
      const tex = toString(code);
      let html: string;
      try {
        html = render(tex, display, output);
      } catch {
        return; // written as raw HTML and not a formula: left as the code it is
      }
      state.used = true;
      const rendered = fromHtml(html, { fragment: true }).children as ElementContent[];
      // The search index reads the formula once, from the MathML, not again from the layout.
      for (const root of rendered) {
        visit(root, 'element', (el: Element) => {
          if (Array.isArray(el.properties.className) && el.properties.className.includes('katex-html')) el.properties.dataPagefindIgnore = '';
        });
      }
      const replacement: Element = display
        ? { type: 'element', tagName: 'div', properties: { className: ['math-display'] }, children: rendered }
        : (rendered[0] as Element);
      parent.children[index] = replacement;
      return [SKIP, index + 1];
    });
  };
}
