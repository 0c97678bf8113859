import type { ReactNode } from 'react';

/** Links an inline caption may carry: web pages, mail, paths in the site; never a script URL. */
const SAFE_HREF = /^(https?:\/\/|mailto:|\/|#)|^(?![a-z][a-z0-9+.-]*:)/i;
// **strong**, *em*, _em_ (not inside snake_case words), `code`, [text](href). No span searches
// past the next character that could open one of its kind (an em holds no `*`, link text no
// `[`), so a caption of ten thousand unclosed `*` or `[` is read in one pass, not one per mark.
const INLINE = /(\*\*|__)(.+?)\1|\*(?!\s)([^*\n]+?)(?<!\s)\*|(?<!\w)_(?!\s)([^_\n]+?)(?<!\s)_(?!\w)|`([^`]+)`|\[([^[\]]+)\]\(([^)\s]+)\)/g;

/**
 * Hugo runs a figure's caption and a featured image's caption through `markdownify`: **bold**,
 * *emphasis*, `code` and [links](https://…) show as such here too, everything else as text.
 */
export function InlineMarkdown({ text }: { text: string }): ReactNode {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const key = m.index;
    if (m[2] !== undefined) out.push(<strong key={key}><InlineMarkdown text={m[2]} /></strong>);
    else if (m[3] !== undefined || m[4] !== undefined) out.push(<em key={key}><InlineMarkdown text={(m[3] ?? m[4])!} /></em>);
    else if (m[5] !== undefined) out.push(<code key={key}>{m[5]}</code>);
    else if (SAFE_HREF.test(m[7]!)) out.push(<a key={key} href={m[7]}><InlineMarkdown text={m[6]!} /></a>);
    else out.push(m[6]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
