/** Small pure helpers over post bodies. */

const WORDS_PER_MINUTE = 220;

/** Markdown/MDX to rough plain text: good enough for summaries and word counts, never rendered as HTML. */
export function plainText(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\{\{<[\s\S]*?>\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readingMinutes(body: string): number {
  const words = plainText(body).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** The first paragraph of prose, cut at a word boundary near `max` characters. */
export function deriveSummary(body: string, max = 200): string {
  const paragraphs = body
    .replace(/```[\s\S]*?```/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !/^(#|<|!\[|\{\{<|import |export )/.test(p));
  const text = plainText(paragraphs[0] ?? '');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
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
