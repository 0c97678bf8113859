import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedScope } from '@/lib/publish/feed-paths';
import { buildIndex } from '@/lib/content';
import { blogJsonLd, blogPostingJsonLd, serializeJsonLd } from '@/lib/publish/json-ld';
import { pageMetadata, postMetadata, siteBase } from '@/lib/publish/metadata';
import { postSocialImage, socialCardText } from '@/lib/publish/social-images';
import { generateMetadata as searchMetadata } from '@/app/(site)/search/page';
import { generateMetadata as shareMetadata } from '@/app/(site)/share/page';
import { makeBlog, useContentDir } from '../helpers/blog';

function blog() {
  const index = buildIndex(makeBlog(), false);
  const post = (slug: string) => index.posts.find((p) => p.slug === slug)!;
  const authorsOf = (slug: string) => post(slug).authors.map((id) => index.authors.get(id)!);
  return { ...index, post, authorsOf };
}

describe('page metadata', () => {
  const useContent = useContentDir();

  it('keeps the search results and the share form out of search engines, following only the results’ links', () => {
    useContent(makeBlog());
    const search = searchMetadata();
    expect(search.robots).toEqual({ index: false, follow: true });
    expect(search).toMatchObject({ title: 'Search', alternates: { canonical: '/search' } });
    const share = shareMetadata();
    expect(share.robots).toEqual({ index: false, follow: false });
    expect(share).toMatchObject({ title: 'Share on Mastodon', openGraph: { type: 'website' } });
  });

  it('gives every page its canonical URL, feed links, Open Graph and a large Twitter card', () => {
    const { site } = blog();
    const meta = pageMetadata({ site, title: 'Tags', description: 'All topics.', path: '/tags' });
    expect(meta.title).toBe('Tags');
    expect(meta.alternates).toEqual({
      canonical: '/tags',
      types: {
        'application/rss+xml': [{ url: '/feed.xml', title: 'Test Blog (RSS)' }],
        'application/atom+xml': [{ url: '/atom.xml', title: 'Test Blog (Atom)' }],
        'application/feed+json': [{ url: '/feed.json', title: 'Test Blog (JSON Feed)' }],
      },
    });
    const site_card = { url: 'https://blog.example.org/og/site.png', width: 1200, height: 630, alt: 'Test Blog' };
    expect(meta.openGraph).toMatchObject({ type: 'website', url: '/tags', title: 'Tags', siteName: 'Test Blog', images: [site_card] });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', title: 'Tags', description: 'All topics.', images: [site_card] });
  });

  it("adds a tag's, a category's and an author's own feeds on their pages, in all three formats", () => {
    const { site } = blog();
    const types = (feed: FeedScope) => pageMetadata({ site, description: 'x', path: '/x', feed }).alternates?.types as Record<string, unknown>;
    expect(types({ kind: 'tag', slug: 'community', name: 'community' })).toEqual({
      'application/rss+xml': [
        { url: '/feed.xml', title: 'Test Blog (RSS)' },
        { url: '/tags/community/feed.xml', title: 'Test Blog: #community (RSS)' },
      ],
      'application/atom+xml': [
        { url: '/atom.xml', title: 'Test Blog (Atom)' },
        { url: '/tags/community/atom.xml', title: 'Test Blog: #community (Atom)' },
      ],
      'application/feed+json': [
        { url: '/feed.json', title: 'Test Blog (JSON Feed)' },
        { url: '/tags/community/feed.json', title: 'Test Blog: #community (JSON Feed)' },
      ],
    });
    expect(types({ kind: 'category', slug: 'workshops', name: 'Workshops' })['application/atom+xml']).toEqual([
      { url: '/atom.xml', title: 'Test Blog (Atom)' },
      { url: '/categories/workshops/atom.xml', title: 'Test Blog: Workshops (Atom)' },
    ]);
    expect(types({ kind: 'author', slug: 'ada', name: 'Ada Lovelace' })['application/feed+json']).toEqual([
      { url: '/feed.json', title: 'Test Blog (JSON Feed)' },
      { url: '/authors/ada/feed.json', title: 'Test Blog: Ada Lovelace (JSON Feed)' },
    ]);
  });

  it('describes a post as an article with its dates, authors, tags and featured image', () => {
    const { site, post, authorsOf } = blog();
    const meta = postMetadata(site, post('launch'), authorsOf('launch'));
    expect(meta.alternates?.canonical).toBe('/posts/launch');
    expect(meta.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2024-03-01',
      modifiedTime: '2024-03-05',
      authors: ['https://blog.example.org/authors/ada', 'Guest Writer'],
      tags: ['community', 'Workshop'],
      images: [{ url: 'https://blog.example.org/posts/launch/featured.png', width: 1, height: 1 }],
    });
  });

  it('uses the generated card for a post without a featured image', () => {
    const { site, post } = blog();
    expect(postSocialImage(site, post('code-notes'))).toEqual({
      url: 'https://blog.example.org/og/posts/code-notes.png',
      width: 1200,
      height: 630,
      alt: 'Code notes',
    });
  });
});

describe('under a base path', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('keeps the base path in metadataBase and in social image URLs', async () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/blog');
    vi.resetModules();
    const metadata = await import('@/lib/publish/metadata');
    const images = await import('@/lib/publish/social-images');
    const { site, post } = blog();
    expect(metadata.siteBase(site).href).toBe('https://blog.example.org/blog/');
    expect(images.postSocialImage(site, post('launch')).url).toBe('https://blog.example.org/blog/posts/launch/featured.png');
    expect(images.postSocialImage(site, post('code-notes')).url).toBe('https://blog.example.org/blog/og/posts/code-notes.png');
  });

  it('has no base path by default', () => {
    expect(siteBase({ url: 'https://blog.example.org' }).href).toBe('https://blog.example.org/');
  });
});

describe('JSON-LD', () => {
  it('describes a post as a BlogPosting with headline, dates, authors and image', () => {
    const { site, post, authorsOf } = blog();
    expect(blogPostingJsonLd(site, post('launch'), authorsOf('launch'))).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Launch & welcome <party>',
      datePublished: '2024-03-01',
      dateModified: '2024-03-05',
      url: 'https://blog.example.org/posts/launch',
      author: [
        { '@type': 'Person', name: 'Ada Lovelace', url: 'https://blog.example.org/authors/ada' },
        { '@type': 'Person', name: 'Guest Writer' },
      ],
      image: ['https://blog.example.org/posts/launch/featured.png'],
    });
  });

  it('describes the home page as a Blog of its newest posts', () => {
    const { site, posts } = blog();
    const ld = blogJsonLd(site, posts);
    expect(ld).toMatchObject({ '@type': 'Blog', name: 'Test Blog', url: 'https://blog.example.org/' });
    expect(ld.blogPost.map((p) => p.headline)).toEqual(['Launch & welcome <party>', 'Code notes', 'Old news']);
  });

  it('cannot be broken out of: < is escaped, the data survives', () => {
    const data = { headline: '</script><script>alert(1)</script><!--', description: 'line\u2028break' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('text on the social card', () => {
  it('keeps Latin, accented and Cyrillic letters and typographic punctuation', () => {
    expect(socialCardText('Déjà vu — “Łódź” in Ελλάδα? Привет…')).toBe('Déjà vu — “Łódź” in ? Привет…');
  });

  it('drops emoji and scripts the bundled font lacks, which would otherwise be downloaded', () => {
    expect(socialCardText('Launch 🎉 party')).toBe('Launch party');
    expect(socialCardText('日本語')).toBe('');
  });
});
