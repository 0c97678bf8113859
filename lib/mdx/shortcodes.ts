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

/** Counts one kind of thing per paragraph, a paragraph known by where it ends (its next blank line). */
interface ParagraphCount {
  paragraphEnd: number;
  count: number;
}

/**
 * Counts one more in the paragraph that ends at `paragraphEnd`, and adds an error the moment the
 * count passes `limit` (once per paragraph: the Markdown reader's work there is what is bounded).
 */
function countInParagraph(s: ScanState, counted: ParagraphCount, paragraphEnd: number, limit: number, expected: string) {
  counted.count = counted.paragraphEnd === paragraphEnd ? counted.count + 1 : 1;
  counted.paragraphEnd = paragraphEnd;
  if (counted.count === limit + 1) {
    s.problems.push({ severity: 'error', file: s.file, line: s.line, field: 'body', expected, found: `more than ${limit} in the paragraph that reaches this line` });
  }
}

/** What the pre-pass carries from one character of the source to the next. */
interface ScanState {
  readonly source: string;
  readonly find: Finder;
  readonly problems: ContentProblem[];
  readonly file: string;
  readonly renamed: ReadonlyMap<string, string> | undefined;
  /** The shortcodes found so far; a token's number is its index here. */
  readonly shortcodes: Shortcode[];
  /** The text for the parsers, so far. */
  out: string;
  /** Where the scan is in `source`, and that place's line number. */
  i: number;
  line: number;
  /** The opening fence of the code block the scan is in, if it is in one. */
  fence: string | undefined;
  /** Whether `i` starts a line not yet looked at for a fence. */
  lineStart: boolean;
  readonly unclosedTicks: ParagraphCount;
  readonly codeSpans: ParagraphCount;
  readonly brackets: ParagraphCount;
  unclosedShortcodes: number;
}

/**
 * Replaces every shortcode outside code with a token (or, for `ref`/`relref`, with the URL), so the
 * Markdown and MDX parsers see plain text. Each token is followed by the newlines the shortcode
 * spanned, so every later line keeps its number. In code, Hugo's escaped form becomes plain text.
 */
export function extractShortcodes(source: string, problems: ContentProblem[] = [], file = '', renamed?: ReadonlyMap<string, string>): ShortcodeScan {
  const s: ScanState = {
    source,
    find: finder(source),
    problems,
    file,
    renamed,
    shortcodes: [],
    out: '',
    i: 0,
    line: 1,
    fence: undefined,
    lineStart: true,
    unclosedTicks: { paragraphEnd: -1, count: 0 },
    codeSpans: { paragraphEnd: -1, count: 0 },
    brackets: { paragraphEnd: -1, count: 0 },
    unclosedShortcodes: 0,
  };
  const n = source.length;
  while (s.i < n) {
    if (s.lineStart) {
      s.lineStart = false;
      scanFenceLine(s);
      continue;
    }
    const ch = source[s.i]!;
    if (ch === '\n') {
      s.out += ch;
      s.i++;
      s.line++;
      s.lineStart = true;
    } else if (ch === '\\') {
      scanEscape(s);
    } else if (ch === '`') {
      scanBackticks(s);
    } else if (ch === '{' && source[s.i + 1] === '{' && (source[s.i + 2] === '<' || source[s.i + 2] === '%')) {
      scanShortcode(s);
    } else {
      // Each `]` makes the Markdown reader look for the link it may close; a paragraph of
      // thousands of unclosed links took minutes. Bounded per paragraph, on its line.
      if (ch === ']') countInParagraph(s, s.brackets, s.find.blankLine(s.i), MAX_CLOSING_BRACKETS, BRACKETS_EXPECTED);
      s.out += ch;
      s.i++;
    }
  }
  return { text: s.out, shortcodes: s.shortcodes };
}

/**
 * At the start of a line: a fence, and every line of a fenced code block, is copied whole (its
 * shortcodes are code, shown as written). Any other line is left for the character scan.
 */
function scanFenceLine(s: ScanState) {
  const eol = s.source.indexOf('\n', s.i);
  const end = eol < 0 ? s.source.length : eol + 1;
  const text = s.source.slice(s.i, end);
  const m = FENCE_RE.exec(text);
  if (s.fence !== undefined) {
    if (m && m[1]![0] === s.fence[0] && m[1]!.length >= s.fence.length && text.trim() === m[1]) s.fence = undefined;
    s.out += unescapeShortcodes(text);
  } else if (m) {
    s.fence = m[1];
    s.out += text;
  } else {
    return;
  }
  s.i = end;
  if (eol >= 0) {
    s.line++;
    s.lineStart = true;
  }
}

/** A backslash and the character it escapes are copied as they are (`\{{<` is no shortcode). */
function scanEscape(s: ScanState) {
  s.out += s.source.slice(s.i, s.i + 2);
  if (s.source[s.i + 1] === '\n') {
    s.line++;
    s.lineStart = true;
  }
  s.i += 2;
}

/**
 * A run of backticks: a code span copied whole (its shortcodes are code) when the same run closes it
 * in the paragraph, else the run alone, as text. Both are counted per paragraph: the Markdown
 * reader's work grows faster than either.
 */
function scanBackticks(s: ScanState) {
  const { source, find } = s;
  let k = s.i;
  while (source[k] === '`') k++;
  const ticks = source.slice(s.i, k);
  const close = find.run(k - s.i, k);
  const paragraphEnd = find.blankLine(k);
  if (close < 0 || close >= paragraphEnd) {
    // The Markdown reader searches the rest of the paragraph for each run that opens nothing,
    // so a paragraph of them takes time that grows with its square: bounded, on its line.
    countInParagraph(s, s.unclosedTicks, paragraphEnd, MAX_UNCLOSED_TICKS, UNCLOSED_TICKS_EXPECTED);
    s.out += ticks;
    s.i = k;
    return;
  }
  // The Markdown reader's work on a paragraph grows faster than its code spans: bounded too.
  countInParagraph(s, s.codeSpans, paragraphEnd, MAX_CODE_SPANS, CODE_SPANS_EXPECTED);
  const span = source.slice(s.i, close + ticks.length);
  s.out += unescapeShortcodes(span);
  s.line += span.split('\n').length - 1;
  s.i = close + ticks.length;
}

/**
 * `{{<` or `{{%` outside code: the shortcode it opens becomes a token (a `highlight` block a fenced
 * code block, a `ref` its URL). One not closed in its paragraph stays text, with a warning.
 */
function scanShortcode(s: ScanState) {
  const { source, find } = s;
  const start = s.i;
  const delim = source[start + 2] === '<' ? '>' : '%';
  const escaped = source.startsWith('/*', start + 3);
  const closer = escaped ? `*/${delim}}}` : `${delim}}}`;
  const end = find.next(closer, start + 3);
  const paragraphEnd = find.blankLine(start);
  if (end < 0 || paragraphEnd < end) {
    warnUnclosedShortcode(s, delim);
    s.out += '{{';
    s.i += 2;
    return;
  }
  const after = end + closer.length;
  const raw = source.slice(start, after);
  const newlines = '\n'.repeat(raw.split('\n').length - 1);
  const sc = escaped ? { ...parseShortcode(unescapeShortcodes(raw), s.line), raw, literal: unescapeShortcodes(raw) } : parseShortcode(raw, s.line);
  const highlight = !escaped && !sc.closing && sc.name === 'highlight' ? highlightBlock(source, after, sc, find) : undefined;
  if (highlight) {
    // Hugo's highlight shortcode is a fenced code block; its inside is code, never shortcodes.
    const atLineStart = s.out === '' || s.out.endsWith('\n');
    s.out += (atLineStart ? '' : '\n') + highlight.fenced;
    s.line += highlight.fenced.split('\n').length - 1 + (atLineStart ? 0 : 1);
    s.i = highlight.end;
    return;
  }
  if (!escaped && !sc.closing && (sc.name === 'ref' || sc.name === 'relref')) {
    s.out += refUrl(s, sc) + newlines;
  } else {
    s.out += token(s.shortcodes.length) + newlines;
    s.shortcodes.push(sc);
  }
  s.line += newlines.length;
  s.i = after;
}

/** Warns of a shortcode not closed in its paragraph, quoting the rest of its line. */
function warnUnclosedShortcode(s: ScanState, delim: string) {
  const eol = s.find.next('\n', s.i);
  const expected = `a shortcode closed with ${delim}}} in the same paragraph`;
  // A post of a million of them is one problem told many times: the first ones are enough.
  if (++s.unclosedShortcodes === MAX_UNCLOSED_SHORTCODE_WARNINGS + 1) {
    s.problems.push({ severity: 'warning', file: s.file, line: s.line, field: 'shortcode', expected, found: `more unclosed shortcodes from this line on (only the first ${MAX_UNCLOSED_SHORTCODE_WARNINGS} are listed)` });
  }
  if (s.unclosedShortcodes <= MAX_UNCLOSED_SHORTCODE_WARNINGS) {
    s.problems.push({ severity: 'warning', file: s.file, line: s.line, field: 'shortcode', expected, found: JSON.stringify(s.source.slice(s.i, eol < 0 ? s.source.length : eol).slice(0, 80)) });
  }
}

/** The URL a `ref`/`relref` shortcode links to; nothing, with a warning, when it names no post. */
function refUrl(s: ScanState, sc: Shortcode): string {
  const url = resolveRef(sc, s.renamed);
  if (!url) {
    s.problems.push({ severity: 'warning', file: s.file, line: s.line, field: 'shortcode', expected: `{{< ${sc.name} "post-name" >}} naming the post to link to`, found: sc.raw });
  }
  return url ?? '';
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

/** What the remark plugin's passes share. */
interface TokenContext {
  readonly scan: ShortcodeScan;
  /** Tokens already placed in the page or warned about: each is dealt with once. */
  readonly handled: Set<number>;
  readonly file: string;
  readonly problems: ContentProblem[];
}

/** A warning that a shortcode was left out of the page, quoting it on one line. */
function warnShortcode(ctx: TokenContext, sc: Shortcode, expected: string) {
  ctx.problems.push({ severity: 'warning', file: ctx.file, line: sc.line, field: 'shortcode', expected, found: sc.raw.replace(/\s+/g, ' ') });
}

const warnUnknown = (ctx: TokenContext, sc: Shortcode) => warnShortcode(ctx, sc, `a shortcode this site knows (${KNOWN_LIST}); it was left out of the page`);

/**
 * The remark plugin that turns the pre-pass's tokens into the page: paired shortcodes first (they
 * wrap whole paragraphs), then each remaining token where it stands, then the paragraphs left empty.
 */
export function remarkShortcodes(scan: ShortcodeScan, file: string, problems: ContentProblem[]) {
  const ctx: TokenContext = { scan, handled: new Set(), file, problems };
  return () => (tree: MdastRoot) => {
    if (!scan.shortcodes.length) return;
    wrapPairs(tree, ctx);
    replaceTokens(tree, ctx);
    pruneEmptyParagraphs(tree);
  };
}

/**
 * `{{< name >}}…{{< /name >}}` pairs whose ends start and end paragraphs of the same parent: the
 * paragraphs between become the children of the pair's component (an unknown pair's are kept as
 * they are, with a warning).
 */
function wrapPairs(parent: Parent, ctx: TokenContext) {
  const { shortcodes } = ctx.scan;
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
    ctx.handled.add(open!).add(close);
    const known = own(KNOWN_SHORTCODES, sc.name);
    let replacement = inner;
    if (known?.paired && known.component) {
      replacement = [jsxNode('mdxJsxFlowElement', known.component, known.props?.(sc) ?? {}, inner, sc.line)];
    } else warnUnknown(ctx, sc);
    children.splice(i, last - i + 1, ...replacement);
    i += replacement.length - 1;
  }
  for (const child of children) if ('children' in child) wrapPairs(child as Parent, ctx);
}

/** Every text holding tokens is split around them; code shows its shortcodes as written. */
function replaceTokens(parent: Parent, ctx: TokenContext) {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'code' || child.type === 'inlineCode') child.value = restoreTokens(ctx.scan, child.value);
    if ('children' in child) {
      replaceTokens(child as Parent, ctx);
      continue;
    }
    if (child.type !== 'text' || !child.value.includes(TOKEN_START)) continue;
    const parts = splitAtTokens(child.value, ctx);
    children.splice(i, 1, ...parts);
    i += parts.length - 1;
  }
}

/** A text's value as the nodes it becomes: its plain runs, and in place of each token its node. */
function splitAtTokens(value: string, ctx: TokenContext): RootContent[] {
  const parts: RootContent[] = [];
  let last = 0;
  for (const m of value.matchAll(TOKEN_RE)) {
    if (m.index > last) parts.push({ type: 'text', value: value.slice(last, m.index) });
    last = m.index + m[0].length;
    const node = tokenNode(Number(m[1]), ctx);
    if (node) parts.push(node);
  }
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/**
 * The node a shortcode standing in text becomes: its component, a link, a text, or nothing (left
 * out, with a warning unless leaving it out is what it is for).
 */
function tokenNode(index: number, ctx: TokenContext): RootContent | undefined {
  const sc = ctx.scan.shortcodes[index]!;
  if (sc.literal) return { type: 'text', value: sc.literal };
  if (ctx.handled.has(index) || sc.closing) return undefined;
  ctx.handled.add(index);
  const known = own(KNOWN_SHORTCODES, sc.name);
  if (!known) {
    warnUnknown(ctx, sc);
    return undefined;
  }
  if (known.omit) return undefined;
  if (known.paired) {
    warnShortcode(ctx, sc, `${known.usage}, with the opening and closing shortcodes at the start and end of paragraphs; it was left out of the page`);
    return undefined;
  }
  if (known.link || known.text) {
    const link = known.link?.(sc);
    const text = known.text?.(sc);
    if (link) return { type: 'link', url: link.url, children: [{ type: 'text', value: link.text }] } as RootContent;
    if (text) return { type: 'text', value: text };
    warnShortcode(ctx, sc, `${known.usage}; it was left out of the page`);
    return undefined;
  }
  const props = known.props?.(sc);
  if (!props || !known.component) {
    warnShortcode(ctx, sc, `${known.usage}; it was left out of the page`);
    return undefined;
  }
  return jsxNode('mdxJsxTextElement', known.component, props, [], sc.line);
}

/** A paragraph that held only a shortcode left out of the page leaves nothing behind. */
function pruneEmptyParagraphs(parent: Parent) {
  parent.children = (parent.children as RootContent[]).filter(
    (c) => !(c.type === 'paragraph' && c.children.every((t) => t.type === 'text' && !t.value.trim())),
  ) as Parent['children'];
  for (const c of parent.children) if ('children' in c) pruneEmptyParagraphs(c as Parent);
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
