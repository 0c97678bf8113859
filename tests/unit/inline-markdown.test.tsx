/** Captions and abstracts from Hugo content: the inline Markdown Hugo's `markdownify` renders. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InlineMarkdown } from '@/components/InlineMarkdown';

const html = (text: string) => renderToStaticMarkup(createElement(InlineMarkdown, { text }));

describe('inline Markdown in captions', () => {
  it('renders bold, emphasis, code and links', () => {
    expect(html('Image credit: [**Unsplash**](https://unsplash.com/photos/x), *2019*, `v2`')).toBe(
      'Image credit: <a href="https://unsplash.com/photos/x"><strong>Unsplash</strong></a>, <em>2019</em>, <code>v2</code>',
    );
  });

  it('leaves snake_case words and lone stars alone', () => {
    expect(html('set date_end and all_day * twice')).toBe('set date_end and all_day * twice');
  });

  it('never links to a script, and escapes HTML', () => {
    expect(html('[click](javascript:alert(1)) <b>x</b>')).toBe('click) &lt;b&gt;x&lt;/b&gt;');
  });
});

describe('inline Markdown read as text (a summary: in meta descriptions and feeds)', () => {
  it('keeps the words of code, emphasis and links, and an escaped star as a star', async () => {
    const { inlineMarkdownText } = await import('@/lib/inline-markdown');
    expect(inlineMarkdownText('`rusmux` is a **faster** [replacement](https://example.org) for _tmuxinator_, \\*not\\* a fork of set_up_env')).toBe(
      'rusmux is a faster replacement for tmuxinator, *not* a fork of set_up_env',
    );
  });
});

describe('a summary made from the body', () => {
  it('leaves out one-line formulas and shortcodes, and keeps prices and snake_case', async () => {
    const { deriveSummary } = await import('@/lib/text');
    const body = '$$ E = mc^2 $$\n\n{{< highlight sh >}}rm -rf build{{< /highlight >}}\n\nRun `make_docs` for $5, or $x^2$ twice.\n';
    expect(deriveSummary(body)).toBe('Run make_docs for $5, or twice.');
  });
});
