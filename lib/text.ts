/** Small pure helpers over post bodies. */
import { own } from './own';

const WORDS_PER_MINUTE = 220;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/**
 * Every `open`…`close` span (the nearest close) replaced by `by`. Linear: once an `open` finds no
 * `close` after it, no later one can, where a lazy regex would search to the end from each.
 */
function replaceSpans(text: string, open: string, close: string, by: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf(open, at);
    const end = start < 0 ? -1 : text.indexOf(close, start + open.length);
    if (end < 0) return out + text.slice(at);
    out += text.slice(at, start) + by;
    at = end + close.length;
  }
}

/**
 * Markdown/MDX to rough plain text: good enough for summaries and word counts, never rendered as
 * HTML. Each pattern stops at the next character that could open another, so a post of a
 * million unclosed `<` or `[` takes as long as an ordinary one.
 */
export function plainText(body: string): string {
  let text = replaceSpans(replaceSpans(replaceSpans(body, '```', '```', ' '), '~~~', '~~~', ' '), '<!--', '-->', ' ');
  text = replaceSpans(replaceSpans(text, '{{<', '<}}', ' '), '{{%', '%}}', ' ');
  return text
    // Inline tags join their text to what is around it; block tags separate it.
    .replace(/<\/?(?:a|b|i|em|strong|code|span|sup|sub|mark|small|abbr|kbd|s|u|del|ins)\b[^<>]*>/gi, '')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/!\[[^[\]]*\]\([^()]*\)/g, ' ')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/^[ \t]*\[[^\]\n]+\]:[ \t]+\S+.*$/gm, ' ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    // Emphasis marks and quote bars go; an underscore inside a word (snake_case) stays.
    .replace(/[*`~>|]/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1]!.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (own(ENTITIES, e.toLowerCase()) ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function readingMinutes(body: string): number {
  const words = plainText(body).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * An HTML page's prose as Markdown-like text: scripts, styles and the head left out, each block
 * a paragraph of its own, so that summaries and reading time read it as they read a post.
 */
export function htmlProse(html: string): string {
  return html
    .replace(/<(script|style|head|noscript|template|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/(?:p|div|h[1-6]|li|tr|table|section|article|blockquote|pre|ul|ol|figure|header|footer|main)\s*>|<br\s*\/?>/gi, '\n\n')
    .replace(/<(?!!--\s*more)[^>]*>/gi, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n');
}

/** Hugo's summary divider: what comes before it is the summary. */
const MORE_RE = /<!--\s*more\s*-->|\{\/\*\s*more\s*\*\/\}/i;
/** Hugo's automatic summary length, in words. */
export const SUMMARY_WORDS = 70;

/** Shortcodes whose inner text is code, a diagram or a formula, never prose. */
const SOURCE_SHORTCODES = 'highlight|mermaid|diagram|chart|math|katex';
const SHORTCODE_OPEN = new RegExp(String.raw`\{\{\s*([<%])\s*(${SOURCE_SHORTCODES})\b[^}]*[>%]\s*\}\}`, 'i');
/** A formula as math.ts reads one: `$` not followed by a space, closed by `$` not after a space nor before a digit. */
const INLINE_MATH = /\$\$[^\n]*?\$\$|(?<![\\$])\$(?![\s$])[^$\n]*?(?<![\s\\])\$(?!\d)/g;
/** A GitHub alert's first line (`> [!NOTE]`): the marker, not the note's words. */
const ALERT_MARKER = /^(\s*>\s*)\[![A-Za-z]+\][ \t]*/;

/**
 * The body without what is not prose: fenced code (diagrams and ```math too), `$$` display math,
 * inline formulas, the insides of code, diagram and math shortcodes, and alert markers. Line by
 * line, so a fence or formula holding a blank line is left out whole.
 */
function proseOnly(body: string): string {
  const kept: string[] = [];
  let closer: RegExp | undefined;
  for (const line of body.split('\n')) {
    if (closer) {
      if (closer.test(line)) closer = undefined;
      continue;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    const shortcode = SHORTCODE_OPEN.exec(line);
    if (fence) closer = new RegExp(`^ {0,3}${fence[1]![0]}{${fence[1]!.length},}\\s*$`);
    else if (/^\s*\$\$/.test(line)) closer = /\$\$\s*$/.test(line.trim().slice(2)) ? undefined : /\$\$\s*$/;
    else if (shortcode) closer = new RegExp(String.raw`\{\{\s*[<%]\s*/\s*${shortcode[2]}\s*[>%]\s*\}\}`, 'i');
    else {
      kept.push(line.replace(ALERT_MARKER, '$1').replace(INLINE_MATH, ' '));
      continue;
    }
    // A fence, formula or shortcode closed on the line it opens is one line of source.
    if (closer && (shortcode ? closer.test(line) : false)) closer = undefined;
    kept.push('');
  }
  return kept.join('\n');
}

/**
 * What Hugo shows when the editor wrote no `summary`: the text before `<!--more-->`, else the
 * first ~70 words of the body. Plain text (headings, imports, HTML blocks, shortcodes, code,
 * diagrams, math and alert markers left out).
 */
export function deriveSummary(body: string, words = SUMMARY_WORDS): string {
  const more = MORE_RE.exec(body);
  const source = proseOnly(more ? body.slice(0, more.index) : body);
  const prose = source
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(#|!\[|\{\{[<%]|import |export |<(?:[A-Z]|script|style|iframe|img|figure|video|audio|svg|table|pre|math|!--)|<div[^>]*\b(?:mermaid|math)\b)/.test(p))
    .map(plainText)
    .filter(Boolean)
    .join(' ');
  if (more) return prose;
  const all = prose.split(' ').filter(Boolean);
  return all.length <= words ? prose : `${all.slice(0, words).join(' ')}…`;
}

/** "ragni-mayte" → "Ragni Mayte": the readable name of an author without a profile. */
export function nameFromId(id: string): string {
  return id
    .split(/[-_.\s]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** "Ragni Mayte" → "RM": what an author without an avatar shows in its place. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w));
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '').join('').toUpperCase();
}

/** Text as HTML text or a double-quoted attribute value: the four characters that could end either. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The reverse of escapeHtml, for text a library escaped that a format wants plain. */
export const unescapeHtml = (html: string): string =>
  html.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
