import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Callout } from '@/components/mdx/Callout';
import { Activities, Blockers, Drivers } from '@/components/mdx/CommunitySection';
import { Figure } from '@/components/mdx/Figure';
import { YouTube } from '@/components/mdx/YouTube';
import { PostCard } from '@/components/PostCard';
import { PostCardView } from '@/components/PostCardView';
import { cardLabels } from '@/components/island-labels';
import { translator } from '@/lib/i18n';
import { withLanguage } from '@/lib/routes/page-language';
import { toCard } from '@/lib/publish/cards';
import type { Post } from '@/lib/content';
import { buildTermIndex, taxonomies } from '@/lib/terms/tags';

const html = (el: React.ReactElement) => renderToStaticMarkup(el);

describe('community sections', () => {
  it('each kind is a region named by its heading, with its own look and an icon hidden from screen readers', () => {
    const out = html(
      <>
        <Drivers title="What pulls people in">
          <ul>
            <li>Knowledge</li>
          </ul>
        </Drivers>
        <Blockers>
          <ul>
            <li>Time</li>
          </ul>
        </Blockers>
        <Activities level="2">
          <ol>
            <li>Meet</li>
          </ol>
        </Activities>
      </>,
    );
    expect(out).toContain('<section aria-labelledby="drivers-what-pulls-people-in" class="community-section community-drivers" data-community="drivers"><h3 id="drivers-what-pulls-people-in"');
    expect(out).toContain('<span>What pulls people in</span></h3><div class="community-section-body"><ul><li>Knowledge</li></ul></div></section>');
    expect(out).toContain('class="community-section community-blockers"');
    expect(out).toContain('<span>Blockers</span>');
    expect(out).toMatch(/<h2 id="activities-activities" class="community-section-title"><svg aria-hidden="true"/);
    expect(out.match(/aria-hidden="true"/g)).toHaveLength(3);
  });

  it('clamps an odd heading level to h2–h4', () => {
    expect(html(<Drivers level={9 as 4}>x</Drivers>)).toContain('<h4 ');
  });
});

describe('Callout', () => {
  it('is a labelled aside of the chosen kind, falling back to a note', () => {
    expect(html(<Callout type="warning" title="Mind the gap">Careful</Callout>)).toBe(
      '<aside role="note" class="callout callout-warning" aria-label="Mind the gap"><p class="callout-title"><span aria-hidden="true" class="callout-icon">!</span>Mind the gap</p><div class="callout-body">Careful</div></aside>',
    );
    expect(html(<Callout type="nonsense">x</Callout>)).toContain('class="callout callout-note" aria-label="Note"');
  });
});

describe('Figure', () => {
  it('uses the caption as alt text when none is given, and loads lazily', () => {
    expect(html(<Figure src="/posts/a/x.png" caption="The team" width="10" height="5" />)).toBe(
      '<figure class="post-figure"><img src="/posts/a/x.png" alt="The team" width="10" height="5" loading="lazy" decoding="async"/><figcaption>The team</figcaption></figure>',
    );
  });
});

describe('YouTube', () => {
  it('embeds from youtube-nocookie.com lazily with a title and a plain link', () => {
    const out = html(<YouTube id="dQw4w9WgXcQ" title="Workshop recap" />);
    expect(out).toContain('src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Workshop recap" loading="lazy"');
    expect(out).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer">Workshop recap on YouTube</a>');
  });

  it('renders nothing for an id that is not a video id', () => {
    expect(html(<YouTube id={'x" onload="alert(1)'} />)).toBe('');
  });
});

describe('PostCard', () => {
  const post = {
    slug: 'hello',
    title: 'Hello, community',
    date: '2024-03-05',
    readingMinutes: 4,
    summary: 'What we learned.',
    tags: ['Meetups', 'Public Preview'],
    featured: true,
    featuredImage: { name: 'featured.png', file: '/x/featured.png', width: 1200, height: 630 },
  } as unknown as Post;

  it('shows title link, date, reading time, authors, summary, tags and image, and marks featured posts', () => {
    const out = html(
      <PostCardView card={toCard(post, [{ id: 'ann', name: 'Ann Lee', organizations: [], social: [], hasProfile: true }], buildTermIndex([post], taxonomies.tags.pick), 'en', 'UTC')} />,
    );
    expect(out).toContain('data-featured="true"');
    expect(out).toContain('<p class="mb-1 text-xs font-semibold uppercase tracking-wider text-accent">Featured</p>');
    expect(out).toContain('<a class="text-fg no-underline hover:underline" href="/posts/hello">Hello, community</a>');
    expect(out).toContain('<time dateTime="2024-03-05">March 5, 2024</time>');
    expect(out).toContain('4 min read');
    expect(out).toContain('href="/authors/ann">Ann Lee</a>');
    expect(out).toContain('What we learned.');
    expect(out).toContain('href="/tags/meetups">#Meetups</a>');
    expect(out).toContain('href="/tags/public-preview">#Public Preview</a>');
    expect(out).toContain('src="/posts/hello/featured.png" alt="" width="1200" height="630" loading="lazy"');
  });

  it("links its tags to the page's language, from the server and from the home filter's island alike", () => {
    const tags = buildTermIndex([post], taxonomies.tags.pick);
    const nl = translator('nl');
    const { card, server } = withLanguage('nl', () => {
      const card = toCard(post, [], tags, 'nl', 'UTC');
      return { card, server: html(<PostCardView card={card} tr={nl} />) };
    });
    expect(server).toContain('href="/nl/tags/meetups">#Meetups</a>');
    // The island renders the cards it fetched with the prefix it was given, in the browser.
    expect(html(<PostCard card={card} labels={cardLabels(nl)} prefix="/nl" />)).toBe(server);
  });
});
