import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { compileProblems, renderPostBody } from '../helpers/render';
import { PNG_1x1, post } from '../helpers/content';

const FM = "title: 'T'\ndate: 2024-01-01";

describe('compiling a post body', () => {
  it('renders GFM, heading ids with anchor links, and safe external links', async () => {
    const html = await renderPostBody({
      'posts/a.mdx': post(FM, '\n## Getting started\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ [site](https://example.org) [local](/tags)\n'),
    });
    expect(html).toContain('<h2 id="getting-started"><a class="heading-anchor" href="#getting-started">Getting started</a></h2>');
    expect(html).toContain('<div class="table-scroll"><table>');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<a href="/tags">local</a>');
  });

  it('renders drivers, blockers and activities as labelled sections around ordinary lists', async () => {
    const html = await renderPostBody({
      'posts/a.mdx': post(
        FM,
        '\n<Drivers title="Why people come">\n\n* Knowledge\n* To be heard\n\n</Drivers>\n\n<Blockers>\n- Time pressure\n</Blockers>\n\n<Activities title="Try this" level="2">\n\n1. Find champions\n\n</Activities>\n',
      ),
    });
    expect(html).toMatch(
      /<section aria-labelledby="drivers-why-people-come" class="community-section community-drivers" data-community="drivers"><h3 id="drivers-why-people-come"[^>]*><svg aria-hidden="true"[^]*<span>Why people come<\/span><\/h3><div class="community-section-body"><ul>\n<li>Knowledge<\/li>\n<li>To be heard<\/li>\n<\/ul><\/div><\/section>/,
    );
    expect(html).toMatch(/<h3 id="blockers-blockers"[^>]*>.*<span>Blockers<\/span><\/h3><div class="community-section-body"><ul>\n<li>Time pressure<\/li>/);
    expect(html).toMatch(/<h2 id="activities-try-this"[^>]*>.*<ol>\n<li>Find champions<\/li>/);
  });

  it('lifts a block component out of its paragraph so no <div> or <figure> sits inside <p>', async () => {
    const html = await renderPostBody({
      'posts/a/index.mdx': post(FM, '\nBefore <Figure src="./pic.png" caption="A pic" /> after.\n'),
      'posts/a/pic.png': PNG_1x1,
    });
    expect(html).toBe(
      '<p>Before </p>\n<figure class="post-figure"><img src="/posts/a/pic.png" alt="A pic" width="1" height="1" loading="lazy" decoding="async"/><figcaption>A pic</figcaption></figure>\n<p> after.</p>',
    );
    expect(html).not.toMatch(/<p>(?:(?!<\/p>)[^])*<(div|figure|section)/);
  });

  it('serves relative images from the bundle with their size', async () => {
    const html = await renderPostBody({
      'posts/seed/index.mdx': post(FM, '\n![A header](./header.png)\n\n<img src="./drivers.png" alt="Drivers" width="150"/>\n'),
      'posts/seed/header.png': PNG_1x1,
      'posts/seed/drivers.png': PNG_1x1,
    });
    expect(html).toContain('<img src="/posts/seed/header.png" alt="A header" width="1" height="1" loading="lazy" decoding="async"/>');
    expect(html).toContain('<img src="/posts/seed/drivers.png" alt="Drivers" width="150" height="150" loading="lazy" decoding="async"/>');
  });

  it('keeps JavaScript expressions out (next-mdx-remote blockJS)', async () => {
    const html = await renderPostBody({ 'posts/a.mdx': post(FM, '\nValue: {process.env.HOME}\n') });
    expect(html).toBe('<p>Value: </p>');
  });
});

describe('body problems name the file and line', () => {
  it('an MDX syntax error', async () => {
    const { root, problems } = await compileProblems({ 'posts/broken.mdx': post(FM, '\nFine line.\n\n<Drivers>\n* never closed\n') });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/broken.mdx`)}:8 body: expected valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<), found Expected a closing tag for \`<Drivers>\` (8:1-8:10)`,
    ]);
  });

  it('an unknown component', async () => {
    const { root, problems } = await compileProblems({ 'posts/u.mdx': post(FM, '\n\n<Gallery />\n') });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/u.mdx`)}:7 body: expected a known component (Activities, Blockers, Callout, Drivers, Embed, Event, Figure, Vimeo, YouTube), found <Gallery>`,
    ]);
  });

  it('a relative image that does not exist, in a bundle and in a single file', async () => {
    const bundle = await compileProblems({ 'posts/b/index.mdx': post(FM, '\n![x](./missing.png)\n') });
    expect(bundle.problems).toEqual([
      `${displayPath(`${bundle.root}/posts/b/index.mdx`)}:6 image: expected a file named "missing.png" beside the post, found "./missing.png", which does not exist`,
    ]);
    const single = await compileProblems({ 'posts/s.mdx': post(FM, '\n\n<img src="./x.png" alt="x"/>\n') });
    expect(single.problems).toEqual([
      `${displayPath(`${single.root}/posts/s.mdx`)}:7 image: expected an image beside the post: make the post a folder (my-post/index.mdx) and put the image in it, found "./x.png", which does not exist`,
    ]);
  });
});

describe('JavaScript in MDX', () => {
  it('is left out with a warning naming the line, while {/* comments */} go quietly', async () => {
    const { root, problems } = await compileProblems({
      'posts/a.mdx': post(FM, '\nHello {name}.\n\n{/* a comment */}\n\n<Callout title={greeting} {...props}>x</Callout>\n'),
    });
    const at = displayPath(`${root}/posts/a.mdx`);
    const expected = 'text and components without JavaScript (anything in { } is left out; write \\{ for a brace)';
    expect(problems).toEqual([
      `${at}:6 warning: body: expected ${expected}, found {name}`,
      `${at}:10 warning: body: expected ${expected}, found title={greeting}`,
      `${at}:10 warning: body: expected ${expected}, found {...props}`,
    ]);
  });
});
