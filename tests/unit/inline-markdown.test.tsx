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
