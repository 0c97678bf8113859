/**
 * A Hugo Blox site's post bundle and author profiles, copied as they are (tests/fixtures/hugo-blox),
 * render completely: raw HTML, shortcodes, a relative header image, the featured image and both
 * authors. The pages are rendered through the app's own route components.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';

process.env.CONTENT_DIR = 'tests/fixtures/hugo-blox';

type Page<P> = (props: { params: Promise<P> }) => Promise<React.ReactElement>;
let postHtml: string;
let renderAuthor: (id: string) => Promise<string>;

beforeAll(async () => {
  const { default: PostPage } = (await import('@/app/(site)/posts/[slug]/page')) as { default: Page<{ slug: string }> };
  const { default: AuthorPage } = (await import('@/app/(site)/authors/[id]/page')) as { default: Page<{ id: string }> };
  postHtml = renderToStaticMarkup(await PostPage({ params: Promise.resolve({ slug: 'community-gathering' }) }));
  renderAuthor = async (id) => renderToStaticMarkup(await AuthorPage({ params: Promise.resolve({ id }) }));
});

describe('a copied Hugo Blox post bundle', () => {
  it('has its title, both authors with avatar or initials, and the featured image with its caption', () => {
    expect(postHtml).toContain('<h1 dir="auto" class="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">Twelve communities, one afternoon</h1>');
    expect(postHtml).toMatch(/<img src="\/authors\/admin\/avatar.png" alt="" width="40" height="40"/);
    expect(postHtml).toContain('<span aria-hidden="true" class="inline-block shrink-0 rounded-full border border-border bg-surface-2 ring-2 ring-bg inline-flex items-center justify-center font-semibold text-muted" style="width:40px;height:40px;font-size:15px" data-initials="true">AO</span>');
    expect(postHtml).toMatch(/By <span><span><a [^>]*href="\/authors\/admin">Ama Kwarteng<\/a><\/span><span> and <a [^>]*href="\/authors\/ada-osei">Ada Osei<\/a><\/span><\/span>/);
    expect(postHtml).toMatch(/<figure class="sm:-mx-8"><img src="\/posts\/community-gathering\/featured.jpg" alt="Illustration: the gathering" width="1200" height="630"/);
    expect(postHtml).toContain('<figcaption class="mt-2 text-center text-sm text-muted">Illustration: the gathering</figcaption>');
  });

  it('shows the relative header image and the raw-HTML image from the bundle, sized', () => {
    expect(postHtml).toContain('<img src="/posts/community-gathering/header.jpg" alt="The gathering" width="960" height="400" loading="lazy" decoding="async"/>');
    expect(postHtml).toContain('<img src="/posts/community-gathering/drivers.png" alt="Drivers" width="150" height="150" loading="lazy" decoding="async"/>');
  });

  it('renders raw HTML the HTML way, and braces and angle brackets in prose as text', () => {
    expect(postHtml).toContain("full by four o&#x27;clock.<br/>\nSome came from <strong>large</strong> platforms, some from a street of <i>six houses</i>. The first <b>surprise</b>:");
    expect(postHtml).toContain('the same three problems.<sup>1</sup></p>\n<hr/>');
    expect(postHtml).toContain('<p>If you run a community of 10 &lt; 50 people, { this } is for you.');
    expect(postHtml).toContain('<a href="https://example.org/signup" rel="noopener noreferrer">sign up for the next one</a>');
    // Inline styles are not carried over, the text is.
    expect(postHtml).toContain('<p>Thanks to everyone who came!</p>');
  });

  it('turns the shortcodes into figure, callout and privacy-friendly video players', () => {
    expect(postHtml).toContain(
      '<figure class="post-figure"><img src="/posts/community-gathering/whiteboard.png" alt="The whiteboard after the session" width="640" height="360" loading="lazy" decoding="async"/><figcaption>The whiteboard at the end of the afternoon</figcaption></figure>',
    );
    expect(postHtml).toMatch(/<aside role="note" class="callout callout-note" aria-label="Note">.*<div class="callout-body"><p>The whiteboard template is free to reuse; ask us for a copy.<\/p><\/div><\/aside>/);
    expect(postHtml).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" loading="lazy"');
    expect(postHtml).toContain('<iframe src="https://player.vimeo.com/video/76979871?dnt=1" title="Vimeo video" loading="lazy"');
    expect(postHtml).toContain('Read the <a href="/posts/next-steps">follow-up post</a>');
    // Hugo's escaped form inside a code block is shown as the shortcode it stands for.
    expect(postHtml).toContain('<pre tabindex="0"><code>{{&lt; youtube VIDEO_ID &gt;}}\n</code></pre>');
    expect(postHtml).not.toMatch(/\{\{[<%] (figure|youtube|vimeo|callout|ref)/);
  });
});

describe('Hugo Blox author profiles', () => {
  it('shows the _index.md profile: avatar, role, organisation, bio, biography, social links with text, and the posts', async () => {
    const html = await renderAuthor('admin');
    expect(html).toMatch(/<img src="\/authors\/admin\/avatar.png" alt="" width="96" height="96" loading="eager"/);
    expect(html).toContain('<h1 class="text-3xl font-bold leading-tight">Ama Kwarteng</h1><p class="mt-1 text-muted">Community lead</p>');
    expect(html).toContain('<a href="https://example.org/commons" rel="noopener noreferrer"');
    expect(html).toContain('>Neighbourhood Commons</a>');
    expect(html).toContain('Ama runs the monthly community gathering and writes up what we learn.');
    expect(html).toContain('She also keeps <b>the whiteboard templates</b> up to date.');
    const elsewhere = /<ul aria-label="Ama Kwarteng elsewhere"[^]*?<\/ul>/.exec(html)![0];
    const links = [...elsewhere.matchAll(/<li><a href="([^"]+)"(?: rel="([^"]+)")?[^>]*>([^<]+)<\/a><\/li>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(links).toEqual([
      ['mailto:ama@example.org', undefined, 'Email'],
      ['https://social.example.org/@ama', 'me noopener noreferrer', 'Mastodon'],
      ['https://github.com/', 'me noopener noreferrer', 'GitHub'],
    ]);
    expect(html).toContain('Posts by Ama Kwarteng');
    expect(html).toContain('<nav aria-label="Follow Ama Kwarteng" class="follow">');
    expect(html).toContain('<a href="/authors/admin/feed.xml" type="application/rss+xml">RSS</a>');
    expect(html).toContain('>Twelve communities, one afternoon</a>');
  });

  it('shows a plain <id>.md profile with initials in place of an avatar', async () => {
    const html = await renderAuthor('ada-osei');
    expect(html).toContain('>AO</span>');
    expect(html).toContain('Volunteer facilitator');
    expect(html).toContain('>LinkedIn</a>');
    expect(html).toContain('>Next steps</a>');
    expect(html).toContain('>Twelve communities, one afternoon</a>');
  });
});
