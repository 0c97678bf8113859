/**
 * Front matter that real Hugo sites carry and Hugo reads (tests/fixtures/hugo-tolerance): quoted
 * titles continued at column 0, other themes' featured-image fields, `draft: 0/1`, wrong values in
 * fields no page shows, a profile without `title:`. Each gives the warning listed here, or none.
 * What stays an error (a plain text continued at column 0, a quote never closed, `draft: "yes"`)
 * is in the broken corpus (tests/integration/broken-corpus.test.ts).
 */
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';

const FIXTURE = path.resolve('tests/fixtures/hugo-tolerance');
const RUN_ON = 'expected the next lines of a quoted text indented under its field (it was read as one line, as Hugo reads it)';
const NOT_IN_FOLDER = "expected an image file in the post's folder, such as featured.jpg";

process.env.CONTENT_DIR = FIXTURE;

function load(root = FIXTURE) {
  const result = loadContent({ root, includeDrafts: true });
  const prefix = `${displayPath(root)}/`;
  return { result, messages: result.problems.map((p) => formatProblem(p).replaceAll(prefix, '')) };
}

describe('a Hugo site that Hugo built, checked here', () => {
  it('gives exactly these warnings, and no error', () => {
    expect(load().messages).toEqual([
      `authors/maria-jose-lopez/_index.md:1 warning: title: expected the author's display name as text, found nothing (the field is missing; shown as "Maria Jose Lopez")`,
      'authors/sam-okafor/_index.md:4 warning: superuser: expected true or false (the value was left out), found "fase"',
      'authors/sam-okafor/_index.md:5 warning: email: expected an email address such as ada@example.org (the value was left out), found a list (["sam@example.org"])',
      'authors/sam-okafor/_index.md:8 warning: social[0].icon_pack: expected an icon pack such as fab (the value was left out), found a list (["fab"])',
      `events/science-fair-2031/index.md:2 warning: title: ${RUN_ON}, found the text continued at the start of line 3`,
      'events/science-fair-2031/index.md:12 warning: links[0].icon_pack: expected an icon pack such as fab (the value was left out), found a list (["fas"])',
      'events/science-fair-2031/index.md:13 warning: links[0].icon: expected an icon name such as github or envelope (the value was left out), found number 1',
      `posts/closing-quote-alone.md:3 warning: title: ${RUN_ON}, found the text continued at the start of line 4`,
      `posts/featured-image-static.md:4 warning: featured_image: ${NOT_IN_FOLDER}, found "/images/harbour.jpg", which is not one (the post is shown without it)`,
      'posts/image-caption-only.md:6 warning: image.focal_point: expected a focal point such as Center, Top or BottomLeft (the value was left out), found a list (["Center"])',
      `posts/image-in-subfolder.md:4 warning: image: ${NOT_IN_FOLDER}, found "talks/slides.png", which is not one (the post is shown without it)`,
      `posts/quoted-title-runs-on.md:2 warning: title: ${RUN_ON}, found the text continued at the start of line 3`,
      `posts/single-quoted-runs-on.md:2 warning: title: ${RUN_ON}, found the text continued at the start of line 3`,
    ]);
  });

  it('reads each title as Hugo does: one line, quotes and their escapes as written', () => {
    const titles = new Map(load().result.posts.map((p) => [p.slug, p.title]));
    expect(titles.get('quoted-title-runs-on')).toBe('Encuentro regional de docentes de matemáticas del Norte de México');
    expect(titles.get('closing-quote-alone')).toBe('Jornada de puertas abiertas en la escuela normal');
    expect(titles.get('single-quoted-runs-on')).toBe("Notes from the 'teachers as makers' weekend, part two");
    expect(titles.get('plain-title-continued')).toBe('A plain title that goes on to a second, indented line');
    expect(titles.get('science-fair-2031')).toBe('Feria de ciencias 2031: proyectos de secundaria');
  });

  it('takes the featured image from image:, featured_image: and cover.image: when it is a file of the bundle', () => {
    const posts = new Map(load().result.posts.map((p) => [p.slug, p]));
    expect(posts.get('image-as-path')!.featuredImage?.name).toBe('slides.png');
    expect(posts.get('featured-image-field')!.featuredImage?.name).toBe('header.png');
    expect(posts.get('papermod-cover')!.featuredImage?.name).toBe('cover.png');
    expect(posts.get('papermod-cover')!.image).toMatchObject({ alt_text: 'Chairs in a circle in the library', caption: 'The reading circle, *before* the rain' });
    for (const none of ['image-in-subfolder', 'featured-image-static', 'image-empty', 'image-caption-only']) expect(posts.get(none)!.featuredImage).toBeUndefined();
  });

  it('reads draft: 1 as a draft and draft: 0 as published, as Hugo does', () => {
    const published = load().result.published.map((p) => p.slug);
    expect(published).toContain('draft-zero');
    expect(published).not.toContain('draft-one');
  });
});

type Page<P> = (props: { params: Promise<P> }) => Promise<React.ReactElement>;
let renderPost: (slug: string) => Promise<string>;
let renderAuthor: (id: string) => Promise<string>;

beforeAll(async () => {
  const { default: PostPage } = (await import('@/app/(site)/posts/[slug]/page')) as { default: Page<{ slug: string }> };
  const { default: AuthorPage } = (await import('@/app/(site)/authors/[id]/page')) as { default: Page<{ id: string }> };
  renderPost = async (slug) => renderToStaticMarkup(await PostPage({ params: Promise.resolve({ slug }) }));
  renderAuthor = async (id) => renderToStaticMarkup(await AuthorPage({ params: Promise.resolve({ id }) }));
});

describe('the pages of that site', () => {
  it('shows a PaperMod cover as the hero, with its alt text and its caption as inline Markdown', async () => {
    const html = await renderPost('papermod-cover');
    expect(html).toMatch(/<figure[^>]*><img src="\/posts\/papermod-cover\/cover.png" alt="Chairs in a circle in the library"/);
    expect(html).toContain('The reading circle, <em>before</em> the rain</figcaption>');
  });

  it('shows no figure for a caption without an image', async () => {
    const html = await renderPost('image-caption-only');
    expect(html).not.toContain('<figure');
    expect(html).not.toContain('the community garden');
  });

  it('shows a profile without title: under the name made from its folder', async () => {
    expect(await renderAuthor('maria-jose-lopez')).toContain('>Maria Jose Lopez</h1>');
  });
});
