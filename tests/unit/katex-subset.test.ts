import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { mathCharacters, subsetKatexFonts } from '@/lib/build/katex-subset';

const FONTS = path.join(process.cwd(), 'node_modules', 'katex', 'dist', 'fonts');
const page = (tex: string) => `<main><p>Text beside: xyz</p><p>${katex.renderToString(tex)}</p><pre>$$ w $$</pre></main>`;

describe('KaTeX fonts cut to the site math', () => {
  it('reads the characters the fonts draw, not the MathML beside them nor the rest of the page', () => {
    const chars = mathCharacters(page('a^2 + b_{1} \\leq \\sum_i c_i \\& 4'));
    expect([...chars].sort().join('')).toBe([...new Set('a2+b1≤∑ic&4')].sort().join(''));
    expect(mathCharacters('<p>no math here</p>').size).toBe(0);
  });

  it('cuts each font to those characters, versions its URL in the stylesheet, and does it the same way twice', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katex-subset-'));
    const names = ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2'];
    const built = new Map(names.map((n) => [n, path.join(dir, `${n}.body`)]));
    for (const [n, file] of built) fs.copyFileSync(path.join(FONTS, n), file);
    const stylesheet = path.join(dir, 'katex.min.css');
    fs.writeFileSync(stylesheet, names.map((n) => `@font-face{font-family:X;src:url(fonts/${n}) format("woff2")}`).join(''));
    const chars = mathCharacters(page('E = mc^2'));

    const first = await subsetKatexFonts({ source: FONTS, built, stylesheet }, chars);
    const original = names.reduce((sum, n) => sum + fs.statSync(path.join(FONTS, n)).size, 0);
    expect(first.before).toBe(original);
    expect(first.after).toBeLessThan(original / 3);
    const css = fs.readFileSync(stylesheet, 'utf8');
    expect(css).toMatch(/url\(fonts\/KaTeX_Main-Regular\.woff2\?v=[0-9a-f]{10}\) format/);
    expect(css).toMatch(/url\(fonts\/KaTeX_Math-Italic\.woff2\?v=[0-9a-f]{10}\) format/);
    const cut = fs.readFileSync(built.get('KaTeX_Main-Regular.woff2')!);
    expect(cut.subarray(0, 4).toString('latin1')).toBe('wOF2');

    // Again over the built files (postbuild run twice): same bytes, same URLs.
    await subsetKatexFonts({ source: FONTS, built, stylesheet }, chars);
    expect(fs.readFileSync(stylesheet, 'utf8')).toBe(css);
    expect(fs.readFileSync(built.get('KaTeX_Main-Regular.woff2')!).equals(cut)).toBe(true);

    // More math, more glyphs: a different cut under a different URL.
    await subsetKatexFonts({ source: FONTS, built, stylesheet }, new Set([...chars, ...'∫∂∇']));
    expect(fs.readFileSync(stylesheet, 'utf8')).not.toBe(css);
    fs.rmSync(dir, { recursive: true, force: true });
  });

});
