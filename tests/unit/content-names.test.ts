/**
 * Names that content chooses (a picture's file name, a callout kind, a profile icon, a shortcode,
 * an HTML tag, an entity, a menu link) are looked up among the site's own entries only: the names
 * every JavaScript object inherits (`constructor`, `__proto__`, `toString`, `hasOwnProperty`,
 * `valueOf`) are as unknown as any other.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Callout } from '@/components/mdx/Callout';
import { menuHref } from '@/lib/hugo-import/config';
import { mimeType } from '@/lib/security/mime-types';
import { socialLabel } from '@/lib/security/profile-links';
import { plainText } from '@/lib/text';
import { post, PNG_1x1 } from '../helpers/content';
import { INHERITED_NAMES } from '../helpers/fuzz-content';
import { compileProblems, renderPostBody } from '../helpers/render';


const bundle = (body: string) => ({ 'posts/names/index.md': post('title: Names\ndate: 2024-01-01', `\n${body}\n`), 'posts/names/real.png': PNG_1x1 });

describe.each(INHERITED_NAMES)('the name %s from content', (name) => {
  it('as a picture is a missing file, named with its line', async () => {
    const { root, problems } = await compileProblems(bundle(`![a picture](${name})`));
    expect(problems).toEqual([`${root}/posts/names/index.md:6 image: expected a file named "${name}" beside the post, found "${name}", which does not exist`]);
  });

  it('as a callout kind is a note, in the check and on the page', async () => {
    const files = bundle(`{{% callout ${name} %}}\nMind the step.\n{{% /callout %}}`);
    expect((await compileProblems(files)).problems).toEqual([]);
    const html = await renderPostBody(files);
    expect(html).toContain('<aside role="note" class="callout callout-note" aria-label="Note">');
    expect(html).toContain('Mind the step.');
    expect(renderToStaticMarkup(Callout({ type: name, children: 'x' }))).toContain('callout-note');
  });

  it('as a shortcode is an unknown shortcode', async () => {
    const { root, problems } = await compileProblems(bundle(`{{< ${name} >}}`));
    expect(problems).toEqual([
      `${root}/posts/names/index.md:6 warning: shortcode: expected a shortcode this site knows (callout, figure, gist, highlight, icon, instagram, mention, ref, relref, toc, tweet, vimeo, x, youtube); it was left out of the page, found {{< ${name} >}}`,
    ]);
  });

  it('as a profile icon is said as words, as a menu link goes nowhere, as an entity stays text, as an extension is unknown', () => {
    const words = name.replace(/_+/g, ' ').trim();
    expect(socialLabel(name)).toBe(words[0]!.toUpperCase() + words.slice(1).toLowerCase());
    expect(menuHref(name)).toBeUndefined();
    expect(menuHref(`/${name}`)).toBeUndefined();
    // Underscores go as emphasis marks do in any text; the entity is no function's source.
    expect(plainText(`a &${name}; b`)).toBe(`a &${name.replace(/_/g, '')}; b`);
    expect(mimeType(`file.${name}`)).toBe('application/octet-stream');
  });
});

it('an HTML tag <constructor> is a tag the site does not allow, its text kept', async () => {
  const { root, problems } = await compileProblems(bundle('<constructor>kept</constructor>'));
  expect(problems).toEqual([`${root}/posts/names/index.md:6 warning: html: expected HTML tags the site allows (<constructor> is not one; its text was kept), found <constructor>`]);
  expect(await renderPostBody(bundle('<constructor>kept</constructor>'))).toBe('<p>kept</p>');
});
