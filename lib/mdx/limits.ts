/**
 * Limits that keep one hostile or broken body from stopping the check: the Markdown parser and the
 * tree plugins recurse once per level of nesting, so 20,000 nested quotes overflow the stack, and
 * deeply nested lists take time that grows with the square of the depth. Before compiling, a line
 * scan finds nesting deeper than any real post needs and names the line; the compiler is not run.
 */
import type { Parent, Root as MdastRoot } from 'mdast';
import type { Node } from 'unist';
import type { ContentProblem } from '../content';

/** Deeper than any post needs (real ones stay under 10), shallow enough to compile quickly. */
export const MAX_NESTING = 64;

const EXPECTED = `Markdown nested at most ${MAX_NESTING} levels deep (quotes, lists and HTML elements inside one another)`;

/** Elements that never hold others, or that HTML closes by itself when the next one starts. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rp', 'rt',
]);

const FENCE = /^[ \t]{0,3}(?:>[ \t]?)*(`{3,}|~{3,})/;
const TAG = /<(\/?)([A-Za-z][\w.:-]*)(?:\s[^<>]*?)?(\/?)>/g;

const width = (space: string) => [...space].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);

const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How many quotes and list items a line opens before its text (`> - 1. x` opens three): each
 * marker followed by a space is one more level. A line of only `- - -` is a rule, not a list.
 */
function containersOnLine(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  let count = 0;
  let at = 0;
  const n = line.length;
  for (;;) {
    while (at < n && (line[at] === ' ' || line[at] === '\t')) at++;
    if (line[at] === '>') {
      count++;
      at++;
      continue;
    }
    let end = at;
    if (line[at] === '-' || line[at] === '*' || line[at] === '+') end = at + 1;
    else {
      while (end < n && end - at < 9 && line[end]! >= '0' && line[end]! <= '9') end++;
      if (end === at || (line[end] !== '.' && line[end] !== ')')) return count;
      end++;
    }
    if (end < n && line[end] !== ' ' && line[end] !== '\t') return count;
    count++;
    at = end;
    if (at >= n) return count;
  }
}

/** The first line nested deeper than MAX_NESTING, as an error; undefined when every line is within it. */
export function nestingProblem(text: string, file: string): ContentProblem | undefined {
  const problem = (line: number, found: string): ContentProblem => ({ severity: 'error', file, line, field: 'body', expected: EXPECTED, found });
  const lines = text.split('\n');
  let fence: string | undefined;
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const quotes = /^[ \t]*(?:>[ \t]*)+/.exec(line)?.[0].replace(/[^>]/g, '').length ?? 0;
    if (quotes > MAX_NESTING) return problem(i + 1, `${quotes} quotes (">") inside one another`);
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(line);
    if (item) {
      const depth = Math.floor(width(item[1]!) / 2) + 1;
      if (depth > MAX_NESTING) return problem(i + 1, `a list item indented ${width(item[1]!)} spaces (about ${depth} lists inside one another)`);
    }
    // Containers opened on one line (`- - - x`, `1. 1. x`, `> - > - x`) nest as deep as lines do.
    const opened = containersOnLine(line);
    if (opened > MAX_NESTING) return problem(i + 1, `${opened} quotes and list items opened on one line, inside one another`);
    // Code spans and comments are text, not elements.
    const markup = line.replace(/(`+)[^`]*?\1/g, '').replace(/<!--.*?-->/g, '');
    let deepest = open;
    for (const [, closing, name, selfClosing] of markup.matchAll(TAG)) {
      if (NOT_NESTING.has(name!.toLowerCase()) || selfClosing) continue;
      open = closing ? Math.max(0, open - 1) : open + 1;
      deepest = Math.max(deepest, open);
    }
    if (deepest > MAX_NESTING) return problem(i + 1, `${deepest} HTML elements inside one another`);
  }
  return undefined;
}

/** A compiler crash that is really a limit (the stack), told as one. */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

/**
 * More Markdown elements (text runs, code spans, links, emphasis …) than any post holds: a
 * megabyte of `a `b` ` is 333,000 of them, and the compiler's later passes take minutes over such
 * a tree where an ordinary megabyte takes seconds.
 */
export const MAX_ELEMENTS = 50_000;

/**
 * A remark step, first after parsing: counts the tree's nodes and, past MAX_ELEMENTS, reports the
 * line where the limit was crossed and empties the tree so that nothing else works on it.
 */
export function remarkElementLimit(file: string, problems: ContentProblem[]) {
  return () => (tree: MdastRoot) => {
    let count = 0;
    let line: number | undefined;
    const stack: Node[] = [tree];
    while (stack.length && line === undefined) {
      const node = stack.pop()!;
      if (++count > MAX_ELEMENTS) line = node.position?.start.line ?? 1;
      const children = (node as Parent).children;
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    if (line === undefined) return;
    problems.push({ severity: 'error', file, line, field: 'body', expected: `a post of at most ${MAX_ELEMENTS} Markdown elements (text runs, code spans, links, emphasis …)`, found: `more, the ${MAX_ELEMENTS + 1}th on this line` });
    tree.children = [];
  };
}
