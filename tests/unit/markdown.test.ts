import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { compileProblems, renderPostBody } from '../helpers/render';
import { PNG_1x1, post } from '../helpers/content';

const FM = 'title: T\ndate: 2024-01-01';
const md = (body: string, extra: Record<string, string | Buffer> = {}) => renderPostBody({ 'posts/a/index.md': post(FM, body), ...extra });

describe('.md is Markdown with HTML written the HTML way', () => {
  it('takes <br> and <hr> unclosed, and <b>, <i>, <sup>, <p>, <a> as HTML', async () => {
    expect(await md('\nOne<br>\nTwo <b>b</b> <i>i</i> x<sup>2</sup>\n\n<hr>\n\n<p>Para with <a href="https://example.org">a link</a></p>\n')).toBe(
      '<p>One<br/>\nTwo <b>b</b> <i>i</i> x<sup>2</sup></p>\n<hr/>\n<p>Para with <a href="https://example.org" rel="noopener noreferrer">a link</a></p>',
    );
  });

  it('serves <img src="./x.png"> from the bundle with its size', async () => {
    expect(await md('\n<img src="./x.png" alt="X" width="150">\n', { 'posts/a/x.png': PNG_1x1 })).toBe(
      '<img src="/posts/a/x.png" alt="X" width="150" height="150" loading="lazy" decoding="async"/>',
    );
  });

  it('reads { and < in prose as text', async () => {
    expect(await md('\nSet { x } when a < b and 3<4.\n')).toBe('<p>Set { x } when a &lt; b and 3&lt;4.</p>');
  });

  it('parses a Windows (CRLF) file the same as a Unix one', async () => {
    const crlf = await renderPostBody({ 'posts/w.md': '---\r\ntitle: W\r\ndate: 2024-01-01\r\n---\r\n\r\n# Hi\r\n\r\nOne<br>\r\nTwo\r\n' });
    const lf = await renderPostBody({ 'posts/w.md': '---\ntitle: W\ndate: 2024-01-01\n---\n\n# Hi\n\nOne<br>\nTwo\n' });
    expect(crlf).toBe(lf);
    expect(crlf).toBe('<h1 id="hi"><a class="heading-anchor" href="#hi">Hi</a></h1>\n<p>One<br/>\nTwo</p>');
  });

  it('keeps ids written in HTML, so in-page links still land', async () => {
    expect(await md('\n<a id="agenda"></a>\n\n[Jump](#agenda)\n')).toBe('<p><a id="agenda"></a></p>\n<p><a href="#agenda">Jump</a></p>');
  });

  it('keeps GFM footnotes and task lists working through the HTML allowlist', async () => {
    const html = await md('\nA claim.[^1]\n\n- [x] done\n\n[^1]: The source.\n');
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled="" checked=""/> done</li>');
    expect(html).toContain('<li id="user-content-fn-1">');
    // The reference and the label it points to keep the same id.
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
  });

  it('while the same HTML in .mdx must be written as JSX', async () => {
    const { root, problems } = await compileProblems({ 'posts/a.mdx': post(FM, '\nOne<br>\nTwo\n') });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/a.mdx`)}:6 body: expected valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<), found Expected a closing tag for \`<br>\` (6:4-6:8) before the end of \`paragraph\``,
    ]);
  });
});
