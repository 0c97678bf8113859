/** Reading comfort from the compile step: the table of contents and build-time code colours. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TableOfContents } from '@/components/TableOfContents';
import { loadContent } from '@/lib/content/load';
import { compilePost } from '@/lib/mdx/compile';
import { tableOfContents } from '@/lib/mdx/headings';
import { makeContent, post } from '../helpers/content';
import { renderPostBody } from '../helpers/render';
import { editorComponents } from '@/components/mdx';

const FM = "title: 'T'\ndate: 2024-01-01";

async function compile(body: string) {
  const { posts } = loadContent({ root: makeContent({ 'posts/a.mdx': post(FM, body) }), includeDrafts: true });
  return compilePost(posts[0]!, { components: editorComponents });
}

describe('the table of contents', () => {
  it('comes from the same compile: every h2 and h3 with the id the page gives it', async () => {
    const { headings } = await compile('\n## Why we met\n\ntext\n\n### The *first* hour\n\n## What we learned\n\n#### Too deep\n\n## Next steps\n');
    expect(headings).toEqual([
      { id: 'why-we-met', text: 'Why we met', depth: 2 },
      { id: 'the-first-hour', text: 'The first hour', depth: 3 },
      { id: 'what-we-learned', text: 'What we learned', depth: 2 },
      { id: 'next-steps', text: 'Next steps', depth: 2 },
    ]);
  });

  it('is shown from three headings on, and links each section with h3 nested under its h2', async () => {
    const short = await compile('\n## One\n\n## Two\n');
    expect(tableOfContents(short.headings)).toEqual([]);
    expect(renderToStaticMarkup(<TableOfContents headings={tableOfContents(short.headings)} />)).toBe('');

    const long = await compile('\n## One\n\n### One a\n\n## Two\n');
    const html = renderToStaticMarkup(<TableOfContents headings={tableOfContents(long.headings)} />);
    expect(html).toContain('<nav aria-label="Table of contents"');
    expect(html).toMatch(/<li><a href="#one"[^>]*>One<\/a><ol[^>]*><li><a href="#one-a"[^>]*>One a<\/a><\/li><\/ol><\/li><li><a href="#two"[^>]*>Two<\/a><\/li>/);
  });
});

describe('code blocks', () => {
  it('are coloured at build time with classes, no script and no inline style', async () => {
    const html = await renderPostBody({ 'posts/a.md': post(FM, '\n```ts\nconst answer: number = 42; // yes\n```\n') });
    expect(html).toContain('<pre tabindex="0"><code class="hljs language-ts"><span class="hljs-keyword">const</span>');
    expect(html).toContain('<span class="hljs-number">42</span>');
    expect(html).toContain('<span class="hljs-comment">// yes</span>');
    expect(html).not.toMatch(/style=|<script/);
  });

  it('are coloured the same in every post, whatever the posts before them highlighted (one highlighter serves them all)', async () => {
    const fence = '```python\ndef answer():\n    return 42\n```\n';
    const pythonBlock = (html: string) => html.match(/<code class="hljs language-python">[\s\S]*?<\/code>/)?.[0];
    const first = await renderPostBody({ 'posts/a.md': post(FM, '\n' + fence) });
    expect(first).toContain('<code class="hljs language-python"><span class="hljs-keyword">def</span> <span class="hljs-title function_">answer</span>');
    const ts = await renderPostBody({ 'posts/b.md': post(FM, '\n```ts\nconst a = 1;\n```\n\n```klingon\ndef x\n```\n') });
    expect(ts).toContain('<code class="hljs language-ts"><span class="hljs-keyword">const</span> a = <span class="hljs-number">1</span>;');
    expect(ts).toContain('<code class="hljs language-klingon">def x\n</code>');
    // Another post with the same fence (another file and text: compiled, not read from the cache).
    const again = await renderPostBody({ 'posts/c.md': post(FM, '\nSame code, later post.\n\n' + fence) });
    expect(again).toContain('Same code, later post.');
    expect(pythonBlock(again)).toBe(pythonBlock(first));
  });

  it('stay plain, and the build goes on, when the language is unknown or not given', async () => {
    const html = await renderPostBody({ 'posts/a.md': post(FM, '\n```klingon\nqapla\n```\n\n```\nplain <text>\n```\n') });
    expect(html).toContain('<pre tabindex="0"><code class="hljs language-klingon">qapla\n</code></pre>');
    expect(html).toContain('<pre tabindex="0"><code>plain &lt;text&gt;\n</code></pre>');
  });
});
