/**
 * Denial of service by content: one hostile or broken post must not stop `npm run check` (or the
 * build) for everyone, nor hide the other posts' problems. Each case either checks cleanly or
 * fails with a located error that says which limit it hit. The bound is the test's timeout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { displayPath } from '@/lib/content/paths';
import { checkContent } from '@/scripts/check-content';
import { makeContent } from '../helpers/content';

const fm = (title: string) => `---\ntitle: ${title}\ndate: 2024-03-01\n---\n`;
const NESTING = 'Markdown nested at most 64 levels deep (quotes, lists and HTML elements inside one another)';

const bomb = ['---', 'title: Bomb', 'date: 2024-03-01', 'lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) bomb.push(`${name}: &${name} [${Array(9).fill(`*${i ? String.fromCharCode(97 + i) : 'a'}`).join(', ')}]`);
bomb.push('---', '', 'Nine to the ninth lols.', '');

const root = makeContent({
  // 10 MB of ordinary paragraphs.
  'posts/huge.md': fm('Huge') + ('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20) + '\n\n').repeat(9000),
  'posts/quotes.md': fm('Quotes') + '\nA quote of a quote of…\n\n' + '>'.repeat(20_000) + ' the bottom\n',
  'posts/quotes-mdx/index.mdx': fm('Quotes MDX') + '\n' + '> '.repeat(20_000) + 'the bottom\n',
  'posts/divs.md': fm('Divs') + '\nPasted from a page builder:\n\n' + '<div>'.repeat(20_000) + 'x' + '</div>'.repeat(20_000) + '\n',
  'posts/list.md': fm('List') + '\n' + Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n') + '\n',
  'posts/footnotes.md': fm('Footnotes') + '\n' + Array.from({ length: 1000 }, (_, i) => `Claim ${i}[^n${i}].`).join('\n') + '\n\n' + Array.from({ length: 1000 }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n') + '\n',
  'posts/bomb.md': bomb.join('\n'),
  'posts/long-line.md': fm('Long line') + '\n' + 'word '.repeat(10_000) + '\n\n' + 'x'.repeat(50_000) + '\n',
  'posts/nested-ok.md': fm('Nested but fine') + '\n' + '> '.repeat(10) + 'ten deep\n\n<div><div><div><section>Fine</section></div></div></div>\n\n```html\n' + '<div>'.repeat(200) + '\n```\n\nWrite `' + '<div>'.repeat(100) + '` to nest.\n',
  'posts/unreal-date.md': '---\ntitle: Unreal\ndate: 2024-02-30\n---\nText.\n',
  'posts/fine.md': fm('Fine') + '\nAn ordinary post.\n',
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const shown = (rel: string) => displayPath(path.join(root, rel));

describe('content that would exhaust the check', () => {
  it('is stopped at the limit it hits, on its line, beside every other post\'s problems', async () => {
    const result = await checkContent(root);
    expect(result.problems.map(formatProblem)).toEqual([
      `${shown('posts/bomb.md')}:5 front matter: expected YAML whose aliases (*name) expand at most 100 times, found aliases that expand further (write the values out instead)`,
      `${shown('posts/divs.md')}:8 body: expected ${NESTING}, found 20000 HTML elements inside one another`,
      `${shown('posts/huge.md')} file: expected a post under 1024 KB, found ${(fs.statSync(path.join(root, 'posts/huge.md')).size / 1024).toFixed(0)} KB`,
      `${shown('posts/list.md')}:70 body: expected ${NESTING}, found a list item indented 128 spaces (about 65 lists inside one another)`,
      `${shown('posts/quotes-mdx/index.mdx')}:6 body: expected ${NESTING}, found 20000 quotes (">") inside one another`,
      `${shown('posts/quotes.md')}:8 body: expected ${NESTING}, found 20000 quotes (">") inside one another`,
      `${shown('posts/unreal-date.md')}:3 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found "2024-02-30"`,
    ]);
    // The footnotes, the long lines and the modest nesting check cleanly.
    expect(result.posts).toBe(8);
  }, 120_000);
});
