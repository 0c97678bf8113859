/**
 * Math, GitHub alerts, code blocks and diagrams as an editor writes them, in .md and .mdx.
 */
import type { Element } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { splitLines, parseCodeMeta } from '@/lib/mdx/code';
import { compilePost } from '@/lib/mdx/compile';
import { compileProblems, renderPostBody } from '../helpers/render';
import { makeContent, post } from '../helpers/content';
import { editorComponents } from '@/components/mdx';

const FM = 'title: T\ndate: 2024-01-01';
const md = (body: string) => renderPostBody({ 'posts/a.md': post(FM, body) });
const mdx = (body: string) => renderPostBody({ 'posts/a.mdx': post(FM, body) });

async function compiled(body: string, file = 'posts/a.md', islands = true) {
  const { posts } = loadContent({ root: makeContent({ [file]: post(FM, body) }), includeDrafts: true });
  const result = await compilePost(posts[0]!, { islands, components: editorComponents });
  return { ...result, html: renderToStaticMarkup(result.content) };
}

describe('math', () => {
  it.each([['md', md], ['mdx', mdx]] as const)('renders $…$ and $$…$$ with KaTeX in .%s, MathML included', async (_, render) => {
    const html = await render('\nEuler: $e^{i\\pi}+1=0$.\n\n$$\n\\frac{a}{b}\n$$\n');
    expect(html).toMatch(/^<p>Euler: <span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML">/);
    expect(html).toContain('<annotation encoding="application/x-tex">e^{i\\pi}+1=0</annotation>');
    expect(html).toContain('<div class="math-display"><span class="katex-display">');
    expect(html).toContain('<mfrac><mi>a</mi><mi>b</mi></mfrac>');
    // Search reads the MathML; the visual layout is left out of the index.
    expect(html).toContain('<span class="katex-html" aria-hidden="true" data-pagefind-ignore="">');
  });

  it.each([['md', md], ['mdx', mdx]] as const)('leaves prices in prose alone in .%s', async (_, render) => {
    expect(await render('\nA ticket costs $5 and $10 at the door.\n')).toBe('<p>A ticket costs $5 and $10 at the door.</p>');
    expect(await render('\nBetween $ 3 and $4, or \\$x\\$.\n')).toBe('<p>Between $ 3 and $4, or $x$.</p>');
  });

  it('takes a ```math fence as a display formula', async () => {
    expect(await md('\n```math\nx^2\n```\n')).toMatch(/^<div class="math-display"><span class="katex-display">/);
  });

  it('shows a formula KaTeX cannot read as written, with a warning naming file and line', async () => {
    const body = '\nFine: $x$.\n\nBroken: $\\frac{1}{$ here.\n\n$$\n\\begin{matrix} a\n$$\n';
    expect(await md(body)).toContain('<p>Broken: <code dir="ltr">$\\frac{1}{$</code> here.</p>');
    const { root, problems } = await compileProblems({ 'posts/a.md': post(FM, body) });
    const file = displayPath(`${root}/posts/a.md`);
    expect(problems).toEqual([
      `${file}:8 warning: math: expected a formula KaTeX can read (it is shown as written), found "\\\\frac{1}{": Unexpected end of input in a macro argument, expected '}'`,
      `${file}:10 warning: math: expected a formula KaTeX can read (it is shown as written), found "\\\\begin{matrix} a": Expected & or \\\\ or \\cr or \\end`,
    ]);
  });

  it('emits no link or script for untrusted TeX commands', async () => {
    const html = await md('\n$\\href{javascript:alert(1)}{x}$ and $\\url{javascript:alert(1)}$\n');
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).not.toContain('href=');
    // Shown as the command's name in KaTeX's error colour instead.
    expect(html).toContain('<mtext>\\href</mtext>');
  });

  it('tells the page to load KaTeX only when there is math, and gives feeds MathML alone', async () => {
    expect((await compiled('\nNo math, $5 only.\n')).uses).toEqual({ math: false, diagrams: false });
    const page = await compiled('\n$x$\n');
    expect(page.uses.math).toBe(true);
    const feed = await compiled('\n$x$\n', 'posts/a.md', false);
    expect(feed.html).toBe('<p><span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">x</annotation></semantics></math></span></p>');
  });

  it('does not let KaTeX classes or styles written as raw HTML through the allowlist', async () => {
    expect(await md('\n<span class="katex" style="color:red">x</span>\n')).toBe('<p><span>x</span></p>');
  });
});

describe('GitHub alerts', () => {
  it.each(['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'])('> [!%s] is a labelled callout', async (kind) => {
    const label = kind[0] + kind.slice(1).toLowerCase();
    const expected = `<aside role="note" class="callout callout-${kind.toLowerCase()}" aria-label="${label}"><p class="callout-title"><span aria-hidden="true" class="callout-icon">`;
    for (const render of [md, mdx]) {
      const html = await render(`\n> [!${kind}]\n> Read **this**.\n`);
      expect(html.startsWith(expected)).toBe(true);
      expect(html).toContain(`</span>${label}</p><div class="callout-body"><p>Read <strong>this</strong>.</p></div></aside>`);
    }
  });

  it('keeps several paragraphs, and is case-insensitive', async () => {
    expect(await md('\n> [!tip]\n> One.\n>\n> Two.\n')).toContain('<div class="callout-body"><p>One.</p><p>Two.</p></div>');
  });

  it('leaves other blockquotes as they are', async () => {
    expect(await md('\n> [!FOO]\n> Text.\n')).toBe('<blockquote>\n<p>[!FOO]\nText.</p>\n</blockquote>');
    expect(await md('\n> Just a quote [!NOTE].\n')).toBe('<blockquote>\n<p>Just a quote [!NOTE].</p>\n</blockquote>');
  });

  it("renders Hugo Blox's callout shortcode as the same component", async () => {
    const html = await md('\n{{< callout warning >}}\nMind the gap.\n{{< /callout >}}\n');
    expect(html).toContain('<aside role="note" class="callout callout-warning" aria-label="Warning">');
    expect(html).toContain('<p>Mind the gap.</p>');
  });
});

describe('code blocks', () => {
  it('get a file name, highlighted lines and line numbers at build time', async () => {
    const html = await md('\n```ts title="lib/x.ts" {2} showLineNumbers\nconst a = 1;\nconst b = 2;\n```\n');
    expect(html).toBe(
      '<figure class="code-figure"><figcaption class="code-title">lib/x.ts</figcaption><div class="code-block"><pre tabindex="0" class="line-numbers"><code class="hljs language-ts">' +
        '<span class="code-line"><span class="line-number" aria-hidden="true">1</span><span class="hljs-keyword">const</span> a = <span class="hljs-number">1</span>;</span>\n' +
        '<span class="code-line code-line-highlighted"><span class="line-number" aria-hidden="true">2</span><span class="hljs-keyword">const</span> b = <span class="hljs-number">2</span>;</span>' +
        '</code></pre></div></figure>',
    );
  });

  it('read the MDX style ts{1,3}, showLineNumbers=10 and Hugo\'s {linenos=true, hl_lines=[2,"3-4"]}', async () => {
    const a = await mdx('\n```js{1,3}\na\nb\nc\n```\n');
    expect(a).toContain('<code class="hljs language-js"><span class="code-line code-line-highlighted">a</span>\n<span class="code-line">b</span>\n<span class="code-line code-line-highlighted">c</span></code>');
    expect(await md('\n```sh showLineNumbers=10\nx\n```\n')).toContain('<span class="line-number" aria-hidden="true">10</span>x');
    const hugo = await md('\n```go {linenos=true, hl_lines=[2,"3-4"], linenostart=5}\na\nb\nc\nd\n```\n');
    expect(hugo.match(/code-line-highlighted/g)).toHaveLength(3);
    expect(hugo).toContain('<span class="line-number" aria-hidden="true">5</span>a');
  });

  it('leave a plain fence plain, with the copy button wrapper only where scripts run', async () => {
    expect(await md('\n```\nplain\n```\n')).toBe('<div class="code-block"><pre tabindex="0"><code>plain\n</code></pre></div>');
    expect((await compiled('\n```\nplain\n```\n', 'posts/a.md', false)).html).toBe('<pre><code>plain\n</code></pre>');
  });

  it('warn about line ranges they cannot read, naming file and line', async () => {
    const { root, problems } = await compileProblems({ 'posts/a.md': post(FM, '\nText.\n\n```js {3-a}\nx\n```\n') });
    expect(problems).toEqual([`${displayPath(`${root}/posts/a.md`)}:8 warning: code: expected line numbers such as {3-5} or {1,4-6} (it was ignored), found {3-a}`]);
  });

  it('split an element that spans lines into one per line', () => {
    const comment: Element = { type: 'element', tagName: 'span', properties: { className: ['c'] }, children: [{ type: 'text', value: '/* a\nb */' }] };
    const lines = splitLines([{ type: 'text', value: 'x ' }, comment, { type: 'text', value: '\ny\n' }]);
    expect(lines.map((l) => l.map((n) => (n.type === 'element' ? `<${(n.children[0] as { value: string }).value}>` : (n as { value: string }).value)).join(''))).toEqual(['x </* a>', '<b */>', 'y']);
  });

  it('parse titles in quotes and ignore words they do not know', () => {
    expect(parseCodeMeta("title='a b.ts' copy")).toEqual({ meta: { title: 'a b.ts', highlight: [] }, errors: [] });
  });
});

describe('diagrams', () => {
  it('become a figure with the source, readable without JavaScript, and tell the page to load Mermaid', async () => {
    const { html, uses } = await compiled('\n```mermaid\nflowchart LR\n  A --> B\n```\n');
    expect(html).toBe(
      '<figure class="diagram" data-diagram="mermaid"><pre tabindex="0" class="diagram-source"><code>flowchart LR\n  A --&gt; B</code></pre><figcaption class="diagram-caption">Diagram source (Mermaid)</figcaption></figure>',
    );
    expect(uses).toEqual({ math: false, diagrams: true });
  });

  it('are not drawn from code blocks of other languages', async () => {
    expect((await compiled('\n```js\nflowchart LR\n```\n')).uses.diagrams).toBe(false);
  });
});
