/** Small pure helpers over post bodies. */

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
    .replace(/[*_`~>|]/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1]!.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function readingMinutes(body: string): number {
  const words = plainText(body).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Hugo's summary divider: what comes before it is the summary. */
const MORE_RE = /<!--\s*more\s*-->|\{\/\*\s*more\s*\*\/\}/i;
/** Hugo's automatic summary length, in words. */
export const SUMMARY_WORDS = 70;

/**
 * What Hugo shows when the editor wrote no `summary`: the text before `<!--more-->`, else the
 * first ~70 words of the body. Plain text (headings, imports, HTML blocks and shortcodes left out).
 */
export function deriveSummary(body: string, words = SUMMARY_WORDS): string {
  const more = MORE_RE.exec(body);
  const source = more ? body.slice(0, more.index) : body;
  const prose = replaceSpans(source, '```', '```', '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(#|!\[|\{\{[<%]|import |export |<(?:[A-Z]|script|style|iframe|img|figure|video|audio|svg|table|!--))/.test(p))
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
