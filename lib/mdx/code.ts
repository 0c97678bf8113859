/**
 * Code blocks beyond colouring, all decided at build time: a file name above the block
 * (```` ```ts title="lib/x.ts" ````), highlighted lines (`{3-5,8}`) and line numbers
 * (`showLineNumbers`, `showLineNumbers=10` to start at 10), plus Hugo's own
 * `{linenos=true, hl_lines=[2,"4-5"], linenostart=10}` so imported posts keep theirs.
 *
 * The fence's settings are read in the remark stage (where the fence and its line are known) and
 * carried through raw HTML and the allowlist as a private `language-…` class naming an entry of
 * a per-compile table; after the allowlist the class is removed again and the block is laid out.
 */
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import type { Code, Root as MdastRoot } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ContentProblem } from '../content';

export interface CodeMeta {
  title?: string;
  /** 1-based line numbers to highlight. */
  highlight: number[];
  /** The number of the first line when line numbers are shown. */
  lineNumbersFrom?: number;
}

export const RANGES_EXPECTED = 'line numbers such as {3-5} or {1,4-6} (it was ignored)';

/** "3-5,8" → [3,4,5,8]; undefined when any part is not a number or a range of numbers. */
export function parseRanges(text: string): number[] | undefined {
  const out: number[] = [];
  for (const part of text.split(/[\s,]+/).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.replace(/^"|"$/g, ''));
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from || to - from > 10_000) return undefined;
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

/** Reads a fence's info string after the language. `errors` lists what could not be read, as written. */
export function parseCodeMeta(meta: string): { meta: CodeMeta; errors: string[] } {
  const result: CodeMeta = { highlight: [] };
  const errors: string[] = [];
  let rest = meta;
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/i.exec(rest);
  if (title) {
    result.title = (title[1] ?? title[2] ?? title[3] ?? '').trim() || undefined;
    rest = rest.replace(title[0], ' ');
  }
  for (const [whole, inner] of rest.matchAll(/\{([^}]*)\}/g)) {
    rest = rest.replace(whole, ' ');
    if (inner!.includes('=')) {
      // Hugo: {linenos=true, hl_lines=[2,"4-5"], linenostart=10}
      const hl = /hl_lines\s*=\s*(?:\[([^\]]*)\]|"([^"]*)"|(\S+?))(?:\s*,|\s*$)/.exec(inner!);
      if (hl) {
        const lines = parseRanges((hl[1] ?? hl[2] ?? hl[3] ?? '').replace(/"/g, ''));
        if (lines) result.highlight.push(...lines);
        else errors.push(whole);
      }
      const linenos = /linenos\s*=\s*"?(\w+)"?/.exec(inner!);
      if (linenos && !/^(?:false|none)$/i.test(linenos[1]!)) result.lineNumbersFrom = 1;
      const start = /linenostart\s*=\s*"?(\d+)"?/.exec(inner!);
      if (start && result.lineNumbersFrom) result.lineNumbersFrom = Number(start[1]);
      continue;
    }
    const lines = parseRanges(inner!);
    if (lines) result.highlight.push(...lines);
    else errors.push(whole);
  }
  const numbers = /(?:^|\s)showLineNumbers(?:=(\d+))?(?=\s|$)/i.exec(rest);
  if (numbers) result.lineNumbersFrom = numbers[1] ? Number(numbers[1]) : 1;
  result.highlight = [...new Set(result.highlight)].sort((a, b) => a - b);
  return { meta: result, errors };
}

const isSet = (m: CodeMeta) => m.title !== undefined || m.highlight.length > 0 || m.lineNumbersFrom !== undefined;

/** Languages whose fences are not code to show (math, diagrams): their own plugins handle them. */
const NOT_CODE = new Set(['math', 'mermaid']);

export interface CodeBlocks {
  remark: () => (tree: MdastRoot) => void;
  /** After the allowlist, before highlighting: takes the private class off again. */
  rehypeMarkers: () => (tree: HastRoot) => void;
  /** After highlighting: lines, numbers, title. */
  rehypeLayout: () => (tree: HastRoot) => void;
}

export function codeBlocks(file: string, problems: ContentProblem[]): CodeBlocks {
  const table: CodeMeta[] = [];
  const marker = `language-x-code-${Math.random().toString(36).slice(2)}-`;
  const found = new WeakMap<Element, CodeMeta>();
  return {
    remark: () => (tree) => {
      visit(tree, 'code', (node: Code) => {
        let lang = node.lang ?? '';
        let info = node.meta ?? '';
        // ```ts{3-5} and ```{3-5}: the braces belong to the settings, not the language.
        const brace = lang.indexOf('{');
        if (brace >= 0) {
          info = `${lang.slice(brace)} ${info}`;
          lang = lang.slice(0, brace);
          node.lang = lang || null;
        }
        if (!info.trim() || NOT_CODE.has(lang.toLowerCase())) return;
        const { meta, errors } = parseCodeMeta(info);
        for (const e of errors) {
          problems.push({ severity: 'warning', file, line: node.position?.start.line, field: 'code', expected: RANGES_EXPECTED, found: e });
        }
        if (!isSet(meta)) return;
        const data = (node.data ??= {});
        const className = [...(lang ? [`language-${lang}`] : []), `${marker}${table.length}`];
        data.hProperties = { ...data.hProperties, className };
        table.push(meta);
      });
    },
    rehypeMarkers: () => (tree) => {
      if (!table.length) return;
      visit(tree, 'element', (pre: Element) => {
        const code = pre.tagName === 'pre' ? pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : undefined;
        const classes = code?.properties.className;
        if (!code || !Array.isArray(classes)) return;
        const mark = classes.find((c) => String(c).startsWith(marker));
        if (mark === undefined) return;
        code.properties.className = classes.filter((c) => c !== mark);
        const meta = table[Number(String(mark).slice(marker.length))];
        if (meta) found.set(pre, meta);
      });
    },
    rehypeLayout: () => (tree) => {
      if (!table.length) return;
      visit(tree, 'element', (pre: Element, index, parent) => {
        const meta = found.get(pre);
        if (!meta || !parent || index === undefined) return;
        const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')!;
        if (meta.highlight.length || meta.lineNumbersFrom !== undefined) layOutLines(code, meta);
        if (meta.lineNumbersFrom !== undefined) pre.properties.className = [...classList(pre), 'line-numbers'];
        if (meta.title) {
          parent.children[index] = {
            type: 'element',
            tagName: 'figure',
            properties: { className: ['code-figure'] },
            children: [{ type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: meta.title }] }, pre],
          };
        }
      });
    },
  };
}

/**
 * Code reads left to right in every language: `dir="ltr"` on inline code keeps its own direction
 * (and isolates it) inside a right-to-left sentence, in pages and in feed readers alike, so
 * `a.b()` or `x = 1;` is not reordered around Hebrew or Arabic words. Blocks are laid out left to
 * right by the stylesheet (app/writing.css), with their copy button and line numbers.
 */
export function rehypeCodeDirection() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (el: Element, _index, parent) => {
      if (el.tagName === 'pre') return SKIP;
      if (el.tagName === 'code' && el.properties.dir === undefined && !(parent?.type === 'element' && parent.tagName === 'pre')) el.properties.dir = 'ltr';
      return undefined;
    });
  };
}

const classList = (el: Element): string[] => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

/** The code's content as lines; an element that spans lines (a long comment) is split into one per line. */
export function splitLines(children: readonly ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  const wrap = (text: string, ancestors: readonly Element[]): ElementContent => {
    let node: ElementContent = { type: 'text', value: text };
    for (let i = ancestors.length - 1; i >= 0; i--) node = { ...ancestors[i]!, children: [node] };
    return node;
  };
  const walk = (nodes: readonly ElementContent[], ancestors: readonly Element[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        node.value.split('\n').forEach((part, i) => {
          if (i > 0) lines.push([]);
          if (part) lines.at(-1)!.push(wrap(part, ancestors));
        });
      } else if (node.type === 'element') {
        walk(node.children, [...ancestors, { type: 'element', tagName: node.tagName, properties: node.properties, children: [] }]);
      }
    }
  };
  walk(children, []);
  if (lines.length > 1 && lines.at(-1)!.length === 0) lines.pop();
  return lines;
}

function layOutLines(code: Element, meta: CodeMeta) {
  const highlighted = new Set(meta.highlight);
  const lines = splitLines(code.children);
  const out: ElementContent[] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    const number: ElementContent[] =
      meta.lineNumbersFrom === undefined
        ? []
        : [{ type: 'element', tagName: 'span', properties: { className: ['line-number'], ariaHidden: 'true' }, children: [{ type: 'text', value: String(meta.lineNumbersFrom + i) }] }];
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: highlighted.has(n) ? ['code-line', 'code-line-highlighted'] : ['code-line'] },
      children: [...number, ...line],
    });
    if (i < lines.length - 1) out.push({ type: 'text', value: '\n' } satisfies Text);
  });
  code.children = out;
}
