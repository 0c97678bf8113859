import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '@/lib/content/errors';
import { displayPath } from '@/lib/content/paths';
import { extractShortcodes, parseShortcode, resolveRef } from '@/lib/mdx/shortcodes';
import { compileProblems, renderPostBody } from '../helpers/render';
import { PNG_1x1, post } from '../helpers/content';

const FM = 'title: T\ndate: 2024-01-01';
const KNOWN = 'callout, figure, gist, highlight, icon, instagram, mention, ref, relref, toc, tweet, vimeo, x, youtube';

describe('reading a shortcode', () => {
  it('takes positional and named arguments, quoted or not', () => {
    expect(parseShortcode('{{< figure src="a b.png" caption=`raw "quotes"` width=300 >}}', 3)).toEqual({
      name: 'figure',
      closing: false,
      positional: [],
      named: { src: 'a b.png', caption: 'raw "quotes"', width: '300' },
      raw: '{{< figure src="a b.png" caption=`raw "quotes"` width=300 >}}',
      line: 3,
    });
    expect(parseShortcode('{{< youtube dQw4w9WgXcQ >}}', 1)).toMatchObject({ name: 'youtube', positional: ['dQw4w9WgXcQ'] });
    expect(parseShortcode('{{% /callout %}}', 1)).toMatchObject({ name: 'callout', closing: true });
    expect(parseShortcode('{{< Vimeo "123456" />}}', 1)).toMatchObject({ name: 'vimeo', positional: ['123456'] });
  });

  it('links ref and relref to the post the path names', () => {
    const ref = (arg: string) => resolveRef(parseShortcode(`{{< ref ${arg} >}}`, 1));
    expect(ref('"post/my-first-post/index.md"')).toBe('/posts/my-first-post');
    expect(ref('"/post/Second Post.md#the-end"')).toBe('/posts/second-post#the-end');
    expect(ref('other')).toBe('/posts/other');
    expect(ref('"#top"')).toBe('#top');
  });

  it("links a ref to a post renamed by its own slug: to where that post is served", async () => {
    const files = {
      'posts/2021-spring-meetup/index.md': post('title: Spring meetup\ndate: 2021-04-01\nslug: spring-meetup'),
      'posts/notes.md': post('title: Notes\ndate: 2024-01-01', '\nSee [the meetup]({{< ref "post/2021-spring-meetup/index.md#talks" >}}) and [again]({{< relref "2021-spring-meetup" >}}).\n'),
    };
    const out = await renderPostBody(files, 'notes');
    expect(out).toContain('<a href="/posts/spring-meetup#talks">the meetup</a>');
    expect(out).toContain('<a href="/posts/spring-meetup">again</a>');
    expect(out).not.toContain('2021-spring-meetup');
    const renamed = new Map([['2021-spring-meetup', 'spring-meetup']]);
    expect(resolveRef(parseShortcode('{{< ref "other-post" >}}', 1), renamed)).toBe('/posts/other-post');
  });
});

describe('the source pre-pass', () => {
  it('swaps shortcodes for tokens and keeps every line where it was', () => {
    const source = 'a\n{{< figure\n  src="x.png" >}}\nb {{< youtube abc123 >}} c\n';
    const { text, shortcodes } = extractShortcodes(source);
    expect(text.split('\n')).toHaveLength(source.split('\n').length);
    expect(text).toBe('a\n\uE0000\uE001\n\nb \uE0001\uE001 c\n');
    expect(shortcodes.map((s) => [s.name, s.line])).toEqual([
      ['figure', 2],
      ['youtube', 4],
    ]);
  });

  it('leaves code alone, and turns Hugo\'s escaped form in code into the text it stands for', () => {
    const source = '```md\n{{< youtube abc >}}\n{{</* vimeo 1 */>}}\n```\n\nInline `{{< x >}}` and ``{{</* y */>}}``.\n\n~~~\n{{% callout %}}\n~~~\n';
    const { text, shortcodes } = extractShortcodes(source);
    expect(shortcodes).toEqual([]);
    expect(text).toBe('```md\n{{< youtube abc >}}\n{{< vimeo 1 >}}\n```\n\nInline `{{< x >}}` and ``{{< y >}}``.\n\n~~~\n{{% callout %}}\n~~~\n');
  });

  it('warns about a shortcode that is never closed, with its line', () => {
    const problems: ContentProblem[] = [];
    extractShortcodes('one\n\n{{< figure src="x.png"\n\nthree', problems, 'p.md');
    expect(problems).toEqual([
      { severity: 'warning', file: 'p.md', line: 3, field: 'shortcode', expected: 'a shortcode closed with >}} in the same paragraph', found: '"{{< figure src=\\"x.png\\""' },
    ]);
  });
});

describe('shortcodes in posts', () => {
  it('render as the same components in .md and .mdx', async () => {
    const body = '\n{{< figure src="pic.png" alt="A pic" caption="Caption" >}}\n\n{{< youtube id="dQw4w9WgXcQ" title="Talk" >}}\n\n{{< vimeo 76979871 >}}\n';
    const files = (ext: string) => ({ [`posts/a/index.${ext}`]: post(FM, body), 'posts/a/pic.png': PNG_1x1 });
    const md = await renderPostBody(files('md'));
    const mdx = await renderPostBody(files('mdx'));
    expect(md).toBe(mdx);
    expect(md).toContain('<figure class="post-figure"><img src="/posts/a/pic.png" alt="A pic" width="1" height="1" loading="lazy" decoding="async"/><figcaption>Caption</figcaption></figure>');
    expect(md).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Talk" loading="lazy"');
    expect(md).toContain('<iframe src="https://player.vimeo.com/video/76979871?dnt=1" title="Vimeo video" loading="lazy"');
  });

  it('wraps the content of a callout pair, in one paragraph or across several', async () => {
    const one = await renderPostBody({ 'posts/a.md': post(FM, '\n{{% callout warning %}}\nMind the **step**.\n{{% /callout %}}\n') });
    expect(one).toMatch(/^<aside role="note" class="callout callout-warning" aria-label="Warning">.*<div class="callout-body"><p>Mind the <strong>step<\/strong>.<\/p><\/div><\/aside>$/);
    const several = await renderPostBody({ 'posts/a.mdx': post(FM, '\n{{< callout note >}}\n\nFirst.\n\n- a list\n\nLast.\n\n{{< /callout >}}\n\nAfter.\n') });
    expect(several).toMatch(/<div class="callout-body"><p>First.<\/p><ul>\n<li>a list<\/li>\n<\/ul><p>Last.<\/p><\/div><\/aside>\n<p>After.<\/p>$/);
  });

  it('lifts an inline shortcode out of its paragraph', async () => {
    const html = await renderPostBody({ 'posts/a.md': post(FM, '\nWatch {{< youtube dQw4w9WgXcQ >}} now.\n') });
    expect(html).toMatch(/^<p>Watch <\/p>\n<figure class="video-embed">.*<\/figure>\n<p> now.<\/p>$/);
  });

  it('leaves an unknown shortcode out of the page with a warning, keeping the text of a pair', async () => {
    const { root, problems } = await compileProblems({
      'posts/a.md': post(FM, '\nBefore.\n\n{{< gallery album="2019" >}}\n\n{{< spoiler text="Show" >}}\nHidden text.\n{{< /spoiler >}}\n\nAfter {{< cite page="/publication/x" >}} text.\n'),
    });
    const at = displayPath(`${root}/posts/a.md`);
    const expected = `a shortcode this site knows (${KNOWN}); it was left out of the page`;
    expect(problems).toEqual([
      `${at}:8 warning: shortcode: expected ${expected}, found {{< gallery album="2019" >}}`,
      `${at}:10 warning: shortcode: expected ${expected}, found {{< spoiler text="Show" >}}`,
      `${at}:14 warning: shortcode: expected ${expected}, found {{< cite page="/publication/x" >}}`,
    ]);
    const html = await renderPostBody({
      'posts/a.md': post(FM, '\nBefore.\n\n{{< gallery album="2019" >}}\n\n{{< spoiler text="Show" >}}\nHidden text.\n{{< /spoiler >}}\n\nAfter {{< cite page="/publication/x" >}} text.\n'),
    });
    expect(html).toBe('<p>Before.</p>\n<p>Hidden text.</p>\n<p>After  text.</p>');
  });

  it('warns about a known shortcode written without what it needs', async () => {
    const { root, problems } = await compileProblems({ 'posts/a.mdx': post(FM, '\n{{< youtube >}}\n\n{{< callout note >}}\nNever closed.\n') });
    const at = displayPath(`${root}/posts/a.mdx`);
    expect(problems).toEqual([
      `${at}:6 warning: shortcode: expected {{< youtube VIDEO_ID >}}; it was left out of the page, found {{< youtube >}}`,
      `${at}:8 warning: shortcode: expected {{% callout note %}} … {{% /callout %}}, with the opening and closing shortcodes at the start and end of paragraphs; it was left out of the page, found {{< callout note >}}`,
    ]);
  });

  it('names the right line for problems after a shortcode that spans lines', async () => {
    const { root, problems } = await compileProblems({
      'posts/a/index.mdx': post(FM, '\n{{< figure\n   src="pic.png"\n   caption="Multi-line" >}}\n\n![gone](./missing.png)\n'),
      'posts/a/pic.png': PNG_1x1,
    });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/a/index.mdx`)}:10 image: expected a file named "missing.png" beside the post, found "./missing.png", which does not exist`,
    ]);
  });

  it('keeps line numbers after a highlight block, and warns about one never closed', async () => {
    const { root, problems } = await compileProblems({
      'posts/a.md': post(FM, '\n{{< highlight go "linenos=table" >}}\nfunc main() {}\n{{< /highlight >}}\n\n{{< youtube >}}\n\n{{< highlight sh >}}\necho never closed\n'),
    });
    const at = displayPath(`${root}/posts/a.md`);
    expect(problems).toEqual([
      `${at}:10 warning: shortcode: expected {{< youtube VIDEO_ID >}}; it was left out of the page, found {{< youtube >}}`,
      `${at}:12 warning: shortcode: expected {{< highlight language >}} … {{< /highlight >}}; it was left out of the page, found {{< highlight sh >}}`,
    ]);
  });

  it('keeps shortcodes inside a highlight block as code', async () => {
    const html = await renderPostBody({ 'posts/a.md': post(FM, '\n{{< highlight html >}}\n{{< youtube abc >}} ```\n{{< /highlight >}}\n') });
    expect(html).toMatch(/^<div class="code-block"><pre tabindex="0"><code class="hljs language-html">\{\{&lt; youtube abc &gt;\}\} ```\n<\/code><\/pre>/);
  });

  it('links the older tweet form and a gist file, and leaves out what has no id', async () => {
    const html = await renderPostBody({
      'posts/a.md': post(FM, '\n{{< tweet 1453110110599868418 >}}\n\n{{< gist spf13 7896402 "img.html" >}}\n\nEnd.\n'),
    });
    expect(html).toBe(
      '<p><a href="https://x.com/i/status/1453110110599868418" rel="noopener noreferrer">View the post on X</a></p>\n<p><a href="https://gist.github.com/spf13/7896402" rel="noopener noreferrer">View the code on GitHub Gist: spf13/7896402 (img.html)</a></p>\n<p>End.</p>',
    );
    const { problems } = await compileProblems({ 'posts/a.md': post(FM, '\n{{< instagram >}}\n') });
    expect(problems.map((p) => p.replace(/^\S+ /, ''))).toEqual([
      'warning: shortcode: expected {{< instagram POST_ID >}}; it was left out of the page, found {{< instagram >}}',
    ]);
  });

  it('never lets a figure link or class carry script', async () => {
    const html = await renderPostBody({
      'posts/a/index.md': post(FM, '\n{{< figure src="pic.png" link="javascript:alert(1)" class="x\\" onload=\\"alert(1)" attr="Photo: Kofi" attrlink="https://example.org/kofi" >}}\n'),
      'posts/a/pic.png': PNG_1x1,
    });
    expect(html).toBe(
      '<figure class="post-figure"><img src="/posts/a/pic.png" alt="" width="1" height="1" loading="lazy" decoding="async"/><figcaption> <a href="https://example.org/kofi">Photo: Kofi</a></figcaption></figure>',
    );
  });
});
