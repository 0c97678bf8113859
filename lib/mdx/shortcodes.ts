/**
 * Hugo shortcodes (`{{< figure src="x.png" >}}`, `{{% callout note %}}…{{% /callout %}}`) in both
 * formats. In MDX `{{<` is a syntax error, so a pre-pass over the source swaps every shortcode for
 * a private-use token (keeping the line count, skipping fenced and inline code); a remark plugin
 * then turns each token into the matching component, or removes it with a warning naming its line.
 */
import type { Paragraph, Parent, Root as MdastRoot, RootContent, Text } from 'mdast';
import { slugify } from '../terms/slug';
import type { ContentProblem } from '../content';
import { browserUrl, postPath } from '../routes/urls';
import { own } from '../own';

export interface Shortcode {
  /** Lower-case name without the closing slash: "figure", "callout". */
  name: string;
  closing: boolean;
  positional: string[];
  named: Record<string, string>;
  /** As written, e.g. `{{< youtube abc >}}`. */
  raw: string;
  line: number;
  /** Hugo's escaped form (`{{</*` … `*` + `/>}}`, shown as text in Hugo's docs) stands for the shortcode as text. */
  literal?: string;
}

export interface ShortcodeScan {
  text: string;
  shortcodes: Shortcode[];
}

const TOKEN_START = '\uE000';
const TOKEN_END = '\uE001';
export const TOKEN_RE = /\uE000(\d+)\uE001/g;
const token = (i: number) => `${TOKEN_START}${i}${TOKEN_END}`;

const ARG_RE = /([A-Za-z_][\w-]*)=(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+))|"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;

export function parseShortcode(raw: string, line: number): Shortcode {
  const inner = raw.slice(3, -3).trim().replace(/\/$/, '').trim();
  const closing = inner.startsWith('/');
  const body = closing ? inner.slice(1).trim() : inner;
  const nameMatch = /^[^\s]+/.exec(body);
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  const positional: string[] = [];
  const named: Record<string, string> = {};
  const unquote = (s: string) => s.replace(/\\(.)/g, '$1');
  for (const m of body.slice(name.length).matchAll(ARG_RE)) {
    if (m[1]) named[m[1].toLowerCase()] = m[2] !== undefined ? unquote(m[2]) : (m[3] ?? m[4] ?? '');
    else positional.push(m[5] !== undefined ? unquote(m[5]) : (m[6] ?? m[7] ?? ''));
  }
  return { name, closing, positional, named, raw, line };
}

/**
 * `{{< ref "post/my-post/index.md#part" >}}` → `/posts/my-post#part`: Hugo's link to another page,
 * by its file name; a post whose own `slug:` renames it is linked where it is served (`renamed`).
 */
export function resolveRef(sc: Shortcode, renamed: ReadonlyMap<string, string> = new Map()): string | undefined {
  const target = sc.named.path ?? sc.positional[0];
  if (!target) return undefined;
  const [file, anchor] = target.split('#') as [string, string | undefined];
  const parts = file.replace(/\/+$/, '').split('/').filter(Boolean);
  let name = (parts.pop() ?? '').replace(/\.(mdx?|html)$/i, '');
  if (/^_?index$/i.test(name)) name = parts.pop() ?? '';
  if (!name) return anchor ? `#${anchor}` : undefined;
  const slug = slugify(name);
  return browserUrl(`${postPath(renamed.get(slug) ?? slug)}${anchor ? `#${anchor}` : ''}`);
}

const FENCE_RE = /^[ \t]*(`{3,}|~{3,})/;
/** More than any real paragraph has (a Markdown reader treats each as text, searching to the paragraph's end). */
export const MAX_UNCLOSED_TICKS = 100;
export const UNCLOSED_TICKS_EXPECTED = `at most ${MAX_UNCLOSED_TICKS} backtick runs (\`) that open no code span in one paragraph (close them, or write \\\` for a backtick)`;
/** A paragraph of a thousand code spans is a table written without its pipes, not prose. */
export const MAX_CODE_SPANS = 1_000;
export const CODE_SPANS_EXPECTED = `at most ${MAX_CODE_SPANS} code spans (\`code\`) in one paragraph (a blank line starts a new one)`;
export const MAX_CLOSING_BRACKETS = 1_000;
export const BRACKETS_EXPECTED = `at most ${MAX_CLOSING_BRACKETS} links or closing brackets (]) in one paragraph (a blank line starts a new one)`;
const MAX_UNCLOSED_SHORTCODE_WARNINGS = 20;
const HIGHLIGHT_END = /\{\{[<%]\s*\/\s*highlight\s*[>%]\}\}/g;

/**
 * Searches ahead in `source` that the scan repeats at every backtick run and every `{{<`. Each
 * remembers where its last search ended, and the scan only moves forward, so the searches
 * together read the text once or a few times rather than once per backtick (a post of a million
 * unclosed backticks took minutes).
 */
interface Finder {
  /** The first `text` at or after `from`, or -1. */
  next(text: string, from: number): number;
  /** The first match of the global regex `re` at or after `from`. */
  match(re: RegExp, from: number): RegExpExecArray | null;
  /** Where the paragraph holding `from` ends: its next blank line, or the end of the text. */
  blankLine(from: number): number;
  /** The first run of exactly `length` backticks at or after `from`, or -1. */
  run(length: number, from: number): number;
}

function finder(source: string): Finder {
  const found = new Map<string | RegExp, { from: number; at: number; m: RegExpExecArray | null }>();
  const match = (re: RegExp, from: number): RegExpExecArray | null => {
    const last = found.get(re);
    // The remembered answer holds for any later start up to it: nothing matched in between.
    if (last && last.from <= from && (last.m === null || last.m.index >= from)) return last.m;
    re.lastIndex = from;
    const m = re.exec(source);
    found.set(re, { from, at: m?.index ?? -1, m });
    return m;
  };
  const next = (text: string, from: number): number => {
    const last = found.get(text);
    if (last && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
    const at = source.indexOf(text, from);
    found.set(text, { from, at, m: null });
    return at;
  };
  const BLANK = /\n[ \t]*\n/g;
  // Backtick runs by length, each list in order, read once.
  let runs: Map<number, number[]> | undefined;
  const cursor = new Map<number, number>();
  return {
    next,
    match,
    blankLine: (from) => match(BLANK, from)?.index ?? source.length,
    run(length, from) {
      if (!runs) {
        runs = new Map();
        for (const m of source.matchAll(/`+/g)) {
          const list = runs.get(m[0].length) ?? [];
          list.push(m.index);
          runs.set(m[0].length, list);
        }
      }
      const list = runs.get(length);
      if (!list) return -1;
      let c = cursor.get(length) ?? 0;
      while (c < list.length && list[c]! < from) c++;
      cursor.set(length, c);
      return c < list.length ? list[c]! : -1;
    },
  };
}
const unescapeShortcodes = (s: string) => s.replace(/\{\{([<%])\/\*/g, '{{$1').replace(/\*\/([>%])\}\}/g, '$1}}');

/**
 * Replaces every shortcode outside code with a token (or, for `ref`/`relref`, with the URL), so the
 * Markdown and MDX parsers see plain text. Each token is followed by the newlines the shortcode
 * spanned, so every later line keeps its number. In code, Hugo's escaped form becomes plain text.
 */
export function extractShortcodes(source: string, problems: ContentProblem[] = [], file = '', renamed?: ReadonlyMap<string, string>): ShortcodeScan {
  const shortcodes: Shortcode[] = [];
  const find = finder(source);
  let unclosed = 0;
  let unclosedIn = -1;
  let spans = 0;
  let spansIn = -1;
  let brackets = 0;
  let bracketsIn = -1;
  let unclosedShortcodes = 0;
  let out = '';
  let i = 0;
  let line = 1;
  let fence: string | undefined;
  let lineStart = true;
  const n = source.length;
  while (i < n) {
    if (lineStart) {
      lineStart = false;
      const eol = source.indexOf('\n', i);
      const end = eol < 0 ? n : eol + 1;
      const text = source.slice(i, end);
      const m = FENCE_RE.exec(text);
      if (fence !== undefined) {
        if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && text.trim() === m[1]) fence = undefined;
        out += unescapeShortcodes(text);
      } else if (m) {
        fence = m[1];
        out += text;
      } else {
        continue;
      }
      i = end;
      if (eol >= 0) {
        line++;
        lineStart = true;
      }
      continue;
    }
    const ch = source[i]!;
    if (ch === '\n') {
      out += ch;
      i++;
      line++;
      lineStart = true;
      continue;
    }
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      if (source[i + 1] === '\n') {
        line++;
        lineStart = true;
      }
      i += 2;
      continue;
    }
    if (ch === '`') {
      let k = i;
      while (source[k] === '`') k++;
      const ticks = source.slice(i, k);
      const close = find.run(k - i, k);
      const paragraphEnd = find.blankLine(k);
      if (close < 0 || close >= paragraphEnd) {
        // The Markdown reader searches the rest of the paragraph for each run that opens nothing,
        // so a paragraph of them takes time that grows with its square: bounded, on its line.
        unclosed = unclosedIn === paragraphEnd ? unclosed + 1 : 1;
        unclosedIn = paragraphEnd;
        if (unclosed === MAX_UNCLOSED_TICKS + 1) {
          problems.push({ severity: 'error', file, line, field: 'body', expected: UNCLOSED_TICKS_EXPECTED, found: `more than ${MAX_UNCLOSED_TICKS} in the paragraph that reaches this line` });
        }
      }
      if (close >= 0 && close < paragraphEnd) {
        // The Markdown reader's work on a paragraph grows faster than its code spans: bounded too.
        spans = spansIn === paragraphEnd ? spans + 1 : 1;
        spansIn = paragraphEnd;
        if (spans === MAX_CODE_SPANS + 1) {
          problems.push({ severity: 'error', file, line, field: 'body', expected: CODE_SPANS_EXPECTED, found: `more than ${MAX_CODE_SPANS} in the paragraph that reaches this line` });
        }
        const span = source.slice(i, close + ticks.length);
        out += unescapeShortcodes(span);
        line += span.split('\n').length - 1;
        i = close + ticks.length;
      } else {
        out += ticks;
        i = k;
      }
      continue;
    }
    if (ch === ']') {
      // Each `]` makes the Markdown reader look for the link it may close; a paragraph of
      // thousands of unclosed links took minutes. Bounded per paragraph, on its line.
      const paragraphEnd = find.blankLine(i);
      brackets = bracketsIn === paragraphEnd ? brackets + 1 : 1;
      bracketsIn = paragraphEnd;
      if (brackets === MAX_CLOSING_BRACKETS + 1) {
        problems.push({ severity: 'error', file, line, field: 'body', expected: BRACKETS_EXPECTED, found: `more than ${MAX_CLOSING_BRACKETS} in the paragraph that reaches this line` });
      }
    }
    if (ch === '{' && source[i + 1] === '{' && (source[i + 2] === '<' || source[i + 2] === '%')) {
      const delim = source[i + 2] === '<' ? '>' : '%';
      const escaped = source.startsWith('/*', i + 3);
      const closer = escaped ? `*/${delim}}}` : `${delim}}}`;
      const end = find.next(closer, i + 3);
      const paragraphEnd = find.blankLine(i);
      if (end < 0 || paragraphEnd < end) {
        const eol = find.next('\n', i);
        // A post of a million of them is one problem told many times: the first ones are enough.
        if (++unclosedShortcodes === MAX_UNCLOSED_SHORTCODE_WARNINGS + 1) {
          problems.push({ severity: 'warning', file, line, field: 'shortcode', expected: `a shortcode closed with ${delim}}} in the same paragraph`, found: `more unclosed shortcodes from this line on (only the first ${MAX_UNCLOSED_SHORTCODE_WARNINGS} are listed)` });
        }
        if (unclosedShortcodes <= MAX_UNCLOSED_SHORTCODE_WARNINGS) problems.push({
          severity: 'warning',
          file,
          line,
          field: 'shortcode',
          expected: `a shortcode closed with ${delim}}} in the same paragraph`,
          found: JSON.stringify(source.slice(i, eol < 0 ? n : eol).slice(0, 80)),
        });
        out += '{{';
        i += 2;
        continue;
      }
      const raw = source.slice(i, end + closer.length);
      const newlines = '\n'.repeat(raw.split('\n').length - 1);
      const sc = escaped
        ? { ...parseShortcode(unescapeShortcodes(raw), line), raw, literal: unescapeShortcodes(raw) }
        : parseShortcode(raw, line);
      const highlight = !escaped && !sc.closing && sc.name === 'highlight' ? highlightBlock(source, end + closer.length, sc, find) : undefined;
      if (highlight) {
        // Hugo's highlight shortcode is a fenced code block; its inside is code, never shortcodes.
        const atLineStart = out === '' || out.endsWith('\n');
        out += (atLineStart ? '' : '\n') + highlight.fenced;
        line += highlight.fenced.split('\n').length - 1 + (atLineStart ? 0 : 1);
        i = highlight.end;
        continue;
      }
      if (!escaped && !sc.closing && (sc.name === 'ref' || sc.name === 'relref')) {
        const url = resolveRef(sc, renamed);
        if (!url) {
          problems.push({
            severity: 'warning',
            file,
            line,
            field: 'shortcode',
            expected: `{{< ${sc.name} "post-name" >}} naming the post to link to`,
            found: raw,
          });
        }
        out += (url ?? '') + newlines;
      } else {
        out += token(shortcodes.length) + newlines;
        shortcodes.push(sc);
      }
      line += newlines.length;
      i = end + closer.length;
      continue;
    }
    out += ch;
    i++;
  }
  return { text: out, shortcodes };
}

/** `{{< highlight go "linenos=table" >}}…{{< /highlight >}}` from `from` (just past the opening shortcode). */
function highlightBlock(source: string, from: number, sc: Shortcode, find: Finder): { fenced: string; end: number } | undefined {
  const m = find.match(HIGHLIGHT_END, from);
  if (!m) return undefined;
  const code = source.slice(from, m.index).replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '');
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((t) => t[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const language = (sc.named.lang ?? sc.positional[0] ?? '').replace(/[^\w+#.-]/g, '');
  return { fenced: `${fence}${language}\n${code}\n${fence}`, end: m.index + m[0].length };
}

type Attributes = Record<string, string | undefined>;

interface KnownShortcode {
  /** The component it becomes; without one, `link`, `text` or `omit` says what it becomes. */
  component?: string;
  /** Wraps the content between an opening and a closing shortcode. */
  paired?: boolean;
  /** How an editor writes it, for messages. */
  usage: string;
  props?(sc: Shortcode): Attributes | undefined;
  /** Embeds we do not run third-party script for become a plain link to the original. */
  link?(sc: Shortcode): { url: string; text: string } | undefined;
  text?(sc: Shortcode): string | undefined;
  /** Left out without a word: the page already does what it did (a table of contents, an icon). */
  omit?: true;
}

const SAFE_CLASS = /^[\w\s-]+$/;
/** A figure's `link`: a web page, a path in the site, or a file beside the post; never a script. */
const safeLink = (link: string | undefined) =>
  link && (/^(https?:\/\/|mailto:|\/|#)/i.test(link) || !/^[a-z][a-z0-9+.-]*:/i.test(link)) ? link : undefined;
const idArg = (s: string | undefined) => (s && /^[\w-]+$/.test(s) ? s : undefined);

const arg = (sc: Shortcode, name: string, position = 0): string | undefined => sc.named[name] ?? sc.positional[position];

/** The shortcodes this site renders, and the component each becomes. */
export const KNOWN_SHORTCODES: Record<string, KnownShortcode> = {
  figure: {
    component: 'Figure',
    usage: '{{< figure src="image.png" alt="…" caption="…" >}}',
    props: (sc) => {
      const src = arg(sc, 'src');
      if (!src) return undefined;
      return {
        src,
        alt: sc.named.alt,
        title: sc.named.title,
        caption: sc.named.caption,
        attribution: sc.named.attr,
        attributionLink: safeLink(sc.named.attrlink),
        link: safeLink(sc.named.link),
        className: sc.named.class && SAFE_CLASS.test(sc.named.class) ? sc.named.class : undefined,
        width: sc.named.width,
        height: sc.named.height,
      };
    },
  },
  gist: {
    usage: '{{< gist user GIST_ID >}}',
    link: (sc) => {
      const user = idArg(arg(sc, 'user'));
      const id = idArg(arg(sc, 'id', 1));
      const file = sc.positional[2];
      if (!user || !id) return undefined;
      return { url: `https://gist.github.com/${user}/${id}`, text: `View the code on GitHub Gist: ${user}/${id}${file ? ` (${file})` : ''}` };
    },
  },
  tweet: {
    usage: '{{< tweet user="name" id="POST_ID" >}}',
    link: (sc) => {
      // Today's `{{< tweet user="x" id="1" >}}`, and the older `{{< tweet 1 >}}`.
      const user = idArg(sc.named.user ?? (sc.positional.length > 1 ? sc.positional[0] : undefined));
      const id = sc.named.id ?? sc.positional[sc.positional.length > 1 ? 1 : 0];
      if (!id || !/^\d+$/.test(id)) return undefined;
      return { url: user ? `https://x.com/${user}/status/${id}` : `https://x.com/i/status/${id}`, text: user ? `View the post by @${user} on X` : 'View the post on X' };
    },
  },
  instagram: {
    usage: '{{< instagram POST_ID >}}',
    link: (sc) => {
      const id = idArg(arg(sc, 'id'));
      return id ? { url: `https://www.instagram.com/p/${id}/`, text: 'View the post on Instagram' } : undefined;
    },
  },
  // Turned into a fenced code block before parsing (highlightBlock); only an unclosed one gets here.
  highlight: { usage: '{{< highlight language >}} … {{< /highlight >}}' },
  toc: { usage: '{{< toc >}}', omit: true },
  icon: { usage: '{{< icon name="…" >}}', omit: true },
  mention: {
    usage: '{{< mention "author-id" >}}',
    text: (sc) => (arg(sc, 'user') ? `@${arg(sc, 'user')}` : undefined),
  },
  youtube: {
    component: 'YouTube',
    usage: '{{< youtube VIDEO_ID >}}',
    props: (sc) => (arg(sc, 'id') ? { id: arg(sc, 'id'), title: sc.named.title } : undefined),
  },
  vimeo: {
    component: 'Vimeo',
    usage: '{{< vimeo VIDEO_ID >}}',
    props: (sc) => (arg(sc, 'id') ? { id: arg(sc, 'id'), title: sc.named.title } : undefined),
  },
  callout: {
    component: 'Callout',
    paired: true,
    usage: '{{% callout note %}} … {{% /callout %}}',
    props: (sc) => ({ type: arg(sc, 'type') ?? 'note', title: sc.named.title }),
  },
};

KNOWN_SHORTCODES.x = { ...KNOWN_SHORTCODES.tweet!, usage: '{{< x user="name" id="POST_ID" >}}' };

const KNOWN_LIST = [...Object.keys(KNOWN_SHORTCODES), 'ref', 'relref'].sort().join(', ');

function jsxNode(type: 'mdxJsxFlowElement' | 'mdxJsxTextElement', name: string, props: Attributes, children: RootContent[], line: number) {
  return {
    type,
    name,
    attributes: Object.entries(props)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
    children,
    position: { start: { line, column: 1 }, end: { line, column: 1 } },
  } as unknown as RootContent;
}

/** Index of the token a text starts (or ends) with, ignoring whitespace. */
function edgeToken(node: RootContent | undefined, edge: 'start' | 'end'): number | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const text = edge === 'start' ? node.children[0] : node.children[node.children.length - 1];
  if (text?.type !== 'text') return undefined;
  const m = edge === 'start' ? /^\s*\uE000(\d+)\uE001/.exec(text.value) : /\uE000(\d+)\uE001\s*$/.exec(text.value);
  return m ? Number(m[1]) : undefined;
}

function stripEdge(p: Paragraph, edge: 'start' | 'end') {
  const i = edge === 'start' ? 0 : p.children.length - 1;
  const text = p.children[i] as Text;
  text.value = edge === 'start' ? text.value.replace(/^\s*\uE000\d+\uE001\s*/, '') : text.value.replace(/\s*\uE000\d+\uE001\s*$/, '');
  if (!text.value) p.children.splice(i, 1);
}

const isEmpty = (n: RootContent) => n.type === 'paragraph' && n.children.length === 0;

/** The closing shortcode that matches an opening one, counting nested pairs of the same name. */
function matchingClose(shortcodes: readonly Shortcode[], open: number): number | undefined {
  let depth = 0;
  for (let i = open + 1; i < shortcodes.length; i++) {
    const sc = shortcodes[i]!;
    if (sc.name !== shortcodes[open]!.name || sc.literal) continue;
    if (!sc.closing) depth++;
    else if (depth === 0) return i;
    else depth--;
  }
  return undefined;
}

export function remarkShortcodes(scan: ShortcodeScan, file: string, problems: ContentProblem[]) {
  const { shortcodes } = scan;
  const handled = new Set<number>();
  const warn = (sc: Shortcode, expected: string) =>
    problems.push({ severity: 'warning', file, line: sc.line, field: 'shortcode', expected, found: sc.raw.replace(/\s+/g, ' ') });
  const unknown = (sc: Shortcode) => warn(sc, `a shortcode this site knows (${KNOWN_LIST}); it was left out of the page`);

  /** `{{< name >}}…{{< /name >}}` pairs whose ends start and end paragraphs of the same parent. */
  function wrapPairs(parent: Parent) {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const open = edgeToken(children[i], 'start');
      const sc = open === undefined ? undefined : shortcodes[open];
      if (!sc || sc.closing || sc.literal) continue;
      const close = matchingClose(shortcodes, open!);
      if (close === undefined) continue;
      let last = i;
      while (last < children.length && edgeToken(children[last], 'end') !== close) last++;
      if (last === children.length) continue;
      stripEdge(children[i] as Paragraph, 'start');
      stripEdge(children[last] as Paragraph, 'end');
      const inner = children.slice(i, last + 1).filter((c) => !isEmpty(c));
      handled.add(open!).add(close);
      const known = own(KNOWN_SHORTCODES, sc.name);
      let replacement = inner;
      if (known?.paired && known.component) {
        replacement = [jsxNode('mdxJsxFlowElement', known.component, known.props?.(sc) ?? {}, inner, sc.line)];
      } else unknown(sc);
      children.splice(i, last - i + 1, ...replacement);
      i += replacement.length - 1;
    }
    for (const child of children) if ('children' in child) wrapPairs(child as Parent);
  }

  function replaceTokens(parent: Parent) {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'code' || child.type === 'inlineCode') child.value = restoreTokens(scan, child.value);
      if ('children' in child) {
        replaceTokens(child as Parent);
        continue;
      }
      if (child.type !== 'text' || !child.value.includes(TOKEN_START)) continue;
      const parts: RootContent[] = [];
      let last = 0;
      for (const m of child.value.matchAll(TOKEN_RE)) {
        if (m.index > last) parts.push({ type: 'text', value: child.value.slice(last, m.index) });
        last = m.index + m[0].length;
        const index = Number(m[1]);
        const sc = shortcodes[index]!;
        if (sc.literal) {
          parts.push({ type: 'text', value: sc.literal });
          continue;
        }
        if (handled.has(index) || sc.closing) continue;
        handled.add(index);
        const known = own(KNOWN_SHORTCODES, sc.name);
        if (!known) {
          unknown(sc);
          continue;
        }
        if (known.omit) continue;
        if (known.paired) {
          warn(sc, `${known.usage}, with the opening and closing shortcodes at the start and end of paragraphs; it was left out of the page`);
          continue;
        }
        if (known.link || known.text) {
          const link = known.link?.(sc);
          const text = known.text?.(sc);
          if (link) parts.push({ type: 'link', url: link.url, children: [{ type: 'text', value: link.text }] } as RootContent);
          else if (text) parts.push({ type: 'text', value: text });
          else warn(sc, `${known.usage}; it was left out of the page`);
          continue;
        }
        const props = known.props?.(sc);
        if (!props || !known.component) {
          warn(sc, `${known.usage}; it was left out of the page`);
          continue;
        }
        parts.push(jsxNode('mdxJsxTextElement', known.component, props, [], sc.line));
      }
      if (last < child.value.length) parts.push({ type: 'text', value: child.value.slice(last) });
      children.splice(i, 1, ...parts);
      i += parts.length - 1;
    }
  }

  return () => (tree: MdastRoot) => {
    if (!shortcodes.length) return;
    wrapPairs(tree);
    replaceTokens(tree);
    // A paragraph that held only a shortcode left out of the page leaves nothing behind.
    const prune = (parent: Parent) => {
      parent.children = (parent.children as RootContent[]).filter(
        (c) => !(c.type === 'paragraph' && c.children.every((t) => t.type === 'text' && !t.value.trim())),
      ) as Parent['children'];
      for (const c of parent.children) if ('children' in c) prune(c as Parent);
    };
    prune(tree);
  };
}

/** Code shows a shortcode as written (Hugo's escaped form as the text it stands for). */
export function restoreTokens(scan: ShortcodeScan, text: string): string {
  if (!text.includes(TOKEN_START)) return text;
  return text.replace(TOKEN_RE, (_, n: string) => scan.shortcodes[Number(n)]!.literal ?? scan.shortcodes[Number(n)]!.raw);
}

/** Tokens of shortcodes that landed inside raw HTML or a component's props: there, Hugo's own
 * output cannot be reproduced, so the text is left out with a warning instead of shown raw. */
export function stripTokens(scan: ShortcodeScan, text: string, file: string, problems: ContentProblem[]): string {
  if (!text.includes(TOKEN_START)) return text;
  return text.replace(TOKEN_RE, (_, n: string) => {
    const sc = scan.shortcodes[Number(n)]!;
    if (sc.literal) return sc.literal;
    if (!sc.closing) {
      problems.push({
        severity: 'warning',
        file,
        line: sc.line,
        field: 'shortcode',
        expected: 'a shortcode in Markdown text, not inside an HTML tag or a component\'s props; it was left out of the page',
        found: sc.raw.replace(/\s+/g, ' '),
      });
    }
    return '';
  });
}
