/**
 * KaTeX's fonts cut to the characters the site's math uses. KaTeX ships each of its fonts whole
 * (Main-Regular alone is 26 KB, the three a typical formula needs about 48 KB); a blog's formulas
 * use a few dozen characters. After the build, postbuild reads the characters inside every page's
 * `.katex-html` (what the fonts draw; the MathML beside it is for assistive technology), cuts each
 * font to them (plus the digits and parentheses KaTeX's stylesheet writes for equation numbers),
 * and gives each font URL in the stylesheet a hash of the cut file, so a browser that cached an
 * earlier cut fetches the new one. Cut from KaTeX's own files each time, so the result depends
 * only on the characters: the same site builds the same fonts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import subsetFont from 'subset-font';

/** Always kept: what KaTeX's CSS itself writes (`.eqn-num:before { content: "(" counter() ")" }`). */
export const ALWAYS = '()0123456789';

const OPEN = '<span class="katex-html"';
/** Spaces and format characters (KaTeX's zero-width spaces in its vertical lists) draw no glyph. */
const INVISIBLE = /[\s\p{Cf}]/u;

/** The characters KaTeX's fonts draw on a page: the text inside each `<span class="katex-html">`. */
export function mathCharacters(html: string): Set<string> {
  const chars = new Set<string>();
  let from = html.indexOf(OPEN);
  while (from >= 0) {
    // The element ends where its <span> nesting closes.
    const tags = /<span\b|<\/span>/g;
    tags.lastIndex = from + 1;
    let depth = 1;
    let end = -1;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[0] === '</span>' ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    if (end < 0) break;
    for (const c of toString(fromHtml(html.slice(from, end), { fragment: true }))) if (!INVISIBLE.test(c)) chars.add(c);
    from = html.indexOf(OPEN, end);
  }
  return chars;
}

export interface FontFiles {
  /** KaTeX's own fonts (node_modules/katex/dist/fonts). */
  source: string;
  /** The built fonts, by font file name (`KaTeX_Main-Regular.woff2`): the files to overwrite. */
  built: Map<string, string>;
  /** The built stylesheet, whose `url(fonts/<name>)` get the hash of each cut. */
  stylesheet: string;
}

/** Cuts every built KaTeX font to `chars` (plus ALWAYS) and versions its URL in the stylesheet; returns bytes before and after. */
export async function subsetKatexFonts(files: FontFiles, chars: Iterable<string>): Promise<{ before: number; after: number }> {
  const text = [...new Set([...chars, ...ALWAYS])].sort().join('');
  let css = fs.readFileSync(files.stylesheet, 'utf8');
  let before = 0;
  let after = 0;
  for (const [name, target] of [...files.built].sort(([a], [b]) => a.localeCompare(b))) {
    const original = fs.readFileSync(path.join(files.source, name));
    const cut = await subsetFont(original, text, { targetFormat: 'woff2' });
    before += original.length;
    after += cut.length;
    fs.writeFileSync(target, cut);
    const version = createHash('sha256').update(cut).digest('hex').slice(0, 10);
    css = css.replace(new RegExp(`url\\(fonts/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\?v=[0-9a-f]*)?\\)`, 'g'), `url(fonts/${name}?v=${version})`);
  }
  fs.writeFileSync(files.stylesheet, css);
  return { before, after };
}
