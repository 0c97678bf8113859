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

/**
 * Passes whose work grew faster than the post (issue 28): each is linear now, or stops at a limit
 * with a located message. Near-megabyte posts of each shape, beside an ordinary one, all checked
 * in one run; `npm run bench` times the check of such a post against an ordinary one.
 */
describe('content whose cost grew with the square of its size', () => {
  // A tenth of the largest post the check reads: the shapes that were quadratic show at this size
  // (minutes then), and the suite stays quick; `npm run bench -- --adversarial` times 1 MB ones.
  const MB = 100_000;
  const fill = (unit: string, size = MB) => unit.repeat(Math.floor(size / unit.length));
  const math = '$$\n\\def\\a{' + 'x'.repeat(3900) + '}' + '\\a'.repeat(900) + '\n$$\n';
  // A thousand runs of distinct lengths, none closed: each opens nothing.
  const unclosedTicks = Array.from({ length: 120 }, (_, i) => `word ${'`'.repeat(i + 1)} word`).join(' ');
  const root = makeContent({
    'posts/one-line-lists.md': fm('Lists on one line') + '\nFine:\n\n- - - \n\n' + fill('1. ', 60_000) + '\n',
    'posts/quote-lists.md': fm('Quotes and lists on one line') + '\n' + fill('> - ', 60_000) + '\n',
    'posts/dashes.md': fm('Dashes') + '\n' + fill('- - ', 60_000) + 'deep\n',
    'posts/ticks.md': fm('Unclosed backticks') + '\n' + unclosedTicks + '\n',
    'posts/closed-ticks.md': fm('Closed backticks') + '\n' + fill('a `b` ') + '\n',
    'posts/shortcodes.md': fm('Unclosed shortcodes') + '\n' + fill('{{< x ') + '\n',
    'posts/brackets.md': fm('Brackets') + '\n' + fill('[a ') + '\n',
    'posts/tags-and-links.md': fm('Angle brackets and links') + '\n' + fill('<a [b](c ') + '\n',
    'posts/math.md': fm('Macro bomb') + '\nA formula that asks for millions of symbols:\n\n' + math,
    'posts/tags.md': `---\ntitle: Tags\ndate: 2024-03-01\ntags: [${Array.from({ length: 20_000 }, (_, i) => `t${i}`).join(', ')}]\n---\nText.\n`,
    'posts/aliases.md': `---\ntitle: Aliases\ndate: 2024-03-01\naliases:\n${Array.from({ length: 20_000 }, (_, i) => `  - /old/p${i}`).join('\n')}\n---\nText.\n`,
    'posts/ordinary.md': fm('Ordinary') + '\n' + ('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12) + '\n\n').repeat(140),
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const at = (rel: string) => displayPath(path.join(root, rel));

  it('checks each, stopping the ones that hit a limit on their line', async () => {
    const result = await checkContent(root);
    const messages = result.problems.map(formatProblem);
    const shortcodeWarnings = messages.filter((m) => m.startsWith(`${at('posts/shortcodes.md')}:6 warning: shortcode:`));
    expect(messages.filter((m) => !shortcodeWarnings.includes(m))).toEqual([
      `${at('posts/aliases.md')}:4 aliases: expected at most 100 old paths, found a list (["/old/p0","/old/p1","/old/p2","/old/p3","/old/p4","/old/p5")`,
      `${at('posts/closed-ticks.md')}:6 body: expected at most 1000 code spans (\`code\`) in one paragraph (a blank line starts a new one), found more than 1000 in the paragraph that reaches this line`,
      `${at('posts/dashes.md')}:6 body: expected ${NESTING}, found 30000 quotes and list items opened on one line, inside one another`,
      `${at('posts/math.md')}:8 warning: math: expected a formula KaTeX can read (it is shown as written), found "\\\\def\\\\a{${'x'.repeat(52)}…": the formula grows past 20000 symbols once its macros are expanded`,
      `${at('posts/one-line-lists.md')}:10 body: expected ${NESTING}, found 20000 quotes and list items opened on one line, inside one another`,
      `${at('posts/quote-lists.md')}:6 body: expected ${NESTING}, found 30000 quotes and list items opened on one line, inside one another`,
      `${at('posts/tags-and-links.md')}:6 body: expected at most 1000 links or closing brackets (]) in one paragraph (a blank line starts a new one), found more than 1000 in the paragraph that reaches this line`,
      `${at('posts/tags.md')}:4 tags: expected at most 100 tags, found a list (["t0","t1","t2","t3","t4","t5","t6","t7","t8","t9","t10","t1)`,
      `${at('posts/ticks.md')}:6 body: expected at most 100 backtick runs (\`) that open no code span in one paragraph (close them, or write \\\` for a backtick), found more than 100 in the paragraph that reaches this line`,
    ]);
    // A million unclosed shortcodes are told twenty times, then once more.
    expect(shortcodeWarnings).toHaveLength(21);
    expect(shortcodeWarnings.at(-1)).toBe(`${at('posts/shortcodes.md')}:6 warning: shortcode: expected a shortcode closed with >}} in the same paragraph, found more unclosed shortcodes from this line on (only the first 20 are listed)`);
  }, 600_000);
});
