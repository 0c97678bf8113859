/**
 * The inline Markdown Hugo's `markdownify` renders in captions, abstracts and `summary:`: **strong**,
 * *emphasis* and _emphasis_ (not inside snake_case words), `code` and [text](href). One rule for
 * what components/InlineMarkdown.tsx shows and for the plain text of meta descriptions and feeds.
 */
// **strong**, *em*, _em_ (not inside snake_case words), `code`, [text](href). No span searches
// past the next character that could open one of its kind (an em holds no `*`, link text no
// `[`), so a caption of ten thousand unclosed `*` or `[` is read in one pass, not one per mark.
export const INLINE_MARKDOWN = /(\*\*|__)(.+?)\1|\*(?!\s)([^*\n]+?)(?<!\s)\*|(?<!\w)_(?!\s)([^_\n]+?)(?<!\s)_(?!\w)|`([^`]+)`|\[([^[\]]+)\]\(([^)\s]+)\)/g;

/** A backslash before Markdown punctuation: the punctuation as text. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!<>~|])/g;

// An escaped character is held as a private-use one while the rest is read, so `\*` opens nothing.
const hold = (c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0));
const HELD = /[\ue000-\ue07f]/g;

const strip = (text: string): string =>
  text.replace(INLINE_MARKDOWN, (_m, _d, strong?: string, star?: string, under?: string, code?: string, label?: string) => code ?? strip((strong ?? star ?? under ?? label)!));

/** Inline Markdown as the text it shows: `**new** \`rusmux\`` → "new rusmux". */
export function inlineMarkdownText(text: string): string {
  return strip(text.replace(ESCAPED, (_m, c: string) => hold(c)))
    .replace(HELD, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/\s+/g, ' ')
    .trim();
}
