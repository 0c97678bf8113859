/**
 * The feed, sitemap and robots routes over a fixture content folder (CONTENT_DIR), parsed as a
 * feed reader or crawler would: XML through a real parser, JSON Feed through JSON.parse.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getAllPosts } from '@/lib/content';
import { GET as atomFeed } from '@/app/(site)/atom.xml/route';
import { GET as jsonFeed } from '@/app/(site)/feed.json/route';
import { GET as rssFeed } from '@/app/(site)/feed.xml/route';
import robots from '@/app/robots';
import sitemap from '@/app/sitemap';
import { GET as authorAtom, generateStaticParams as authorFeedParams } from '@/app/(site)/authors/[id]/atom.xml/route';
import { GET as authorJson } from '@/app/(site)/authors/[id]/feed.json/route';
import { GET as authorRss } from '@/app/(site)/authors/[id]/feed.xml/route';
import { GET as categoryAtom } from '@/app/(site)/categories/[category]/atom.xml/route';
import { GET as categoryJson } from '@/app/(site)/categories/[category]/feed.json/route';
import { GET as categoryRss, generateStaticParams as categoryFeedParams } from '@/app/(site)/categories/[category]/feed.xml/route';
import { GET as tagFeed, generateStaticParams as tagFeedParams } from '@/app/(site)/tags/[tag]/feed.xml/route';
import { DRAFT_TITLE, makeBlog, SITE_YAML, useContentDir } from '../helpers/blog';
import { makeContent, post } from '../helpers/content';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name, jpath) => ['item', 'entry', 'category', 'author', 'atom:link'].includes(name) || jpath === 'feed.link' || jpath === 'feed.entry.link',
});

async function xml(res: Response) {
  const text = await res.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return { text, doc: parser.parse(text) };
}

const tagParams = (tag: string) => ({ params: Promise.resolve({ tag }) });

const useContent = useContentDir();

describe('RSS 2.0 at /feed.xml', () => {
  it('lists the published posts newest first with absolute links, never the draft', async () => {
    useContent(makeBlog());
    const res = await rssFeed();
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const { text, doc } = await xml(res);
    const channel = doc.rss.channel;
    expect(doc.rss['@version']).toBe('2.0');
    expect(channel).toMatchObject({ title: 'Test Blog', link: 'https://blog.example.org/', description: 'Notes for tests.', language: 'en' });
    expect(channel['atom:link'][0]['@href']).toBe('https://blog.example.org/feed.xml');
    const items = channel.item as Record<string, unknown>[];
    expect(items.map((i) => i.title)).toEqual(['Launch & welcome <party>', 'Code notes', 'Old news']);
    expect(items.map((i) => i.link)).toEqual([
      'https://blog.example.org/posts/launch',
      'https://blog.example.org/posts/code-notes',
      'https://blog.example.org/posts/old-news',
    ]);
    const launch = items[0]!;
    expect(launch.pubDate).toBe('Fri, 01 Mar 2024 00:00:00 GMT');
    expect(launch.guid).toMatchObject({ '#text': 'https://blog.example.org/posts/launch' });
    // The summary is text, so its angle brackets arrive escaped inside the HTML description.
    expect(launch.description).toBe('The first post, with a &lt;b&gt;summary&lt;/b&gt; &amp; more.');
    expect((launch.category as { '#text': string; '@domain': string }[]).map((c) => [c['#text'], c['@domain']])).toEqual([
      ['community', 'https://blog.example.org/tags/community'],
      ['Workshop', 'https://blog.example.org/tags/workshop'],
    ]);
    // Tag links use the site's own slugs (transliterated, as on the tag pages).
    expect((items[2]!.category as { '@domain': string }[]).map((c) => c['@domain'])).toEqual([
      'https://blog.example.org/tags/community',
      'https://blog.example.org/tags/cafe-talks',
    ]);
    expect(launch.enclosure).toMatchObject({ '@url': 'https://blog.example.org/posts/launch/featured.png', '@type': 'image/png' });
    // Summaries only (the default): no full bodies.
    expect(launch['content:encoded']).toBeUndefined();
    expect(text).not.toContain(DRAFT_TITLE);
  });

  it('keeps the newest posts up to the site setting and carries whole posts when asked', async () => {
    useContent(makeBlog(`${SITE_YAML}feed:\n  full_content: true\n  items: 2\n`));
    const { doc } = await xml(await rssFeed());
    const items = doc.rss.channel.item as Record<string, string>[];
    expect(items.map((i) => i.title)).toEqual(['Launch & welcome <party>', 'Code notes']);
    const body = items[0]!['content:encoded']!;
    // The same rendering as the page, with every URL made absolute for feed readers.
    expect(body).toContain('<img src="https://blog.example.org/posts/launch/header.png" alt="The room"');
    expect(body).toContain('<a href="https://blog.example.org/posts/launch#why">the notes</a>');
    expect(body).toContain('<a href="https://blog.example.org/tags">all tags</a>');
    expect(body).toContain('data-community="drivers"');
    expect(items[1]!['content:encoded']).toContain('<span class="hljs-keyword">const</span>');
  });
});

describe('whole posts with an event card', () => {
  it('show the card as it was at build time, without the other states or client islands', async () => {
    const event = 'event:\n  title: Spring meetup\n  start: 2023-04-11T13:00\n  end: 2023-04-11T17:00\n  timezone: Europe/Amsterdam\n  location: online\n  signup_url: https://example.org/signup';
    useContent(
      makeContent({
        'site.yaml': `${SITE_YAML}feed: { full_content: true }\n`,
        'posts/meetup.mdx': post(`title: Meetup\ndate: 2023-03-01\n${event}`, '\nJoin us.\n\n<Event />\n'),
      }),
    );
    const { doc } = await xml(await rssFeed());
    const body: string = doc.rss.channel.item[0]['content:encoded'];
    expect(body).toContain('Spring meetup');
    expect(body).toContain('Past event');
    expect(body).toContain('This event has ended.');
    expect(body).not.toMatch(/Save the date|Happening now|Sign up|hidden/);
  });
});

describe('Atom at /atom.xml', () => {
  it('has the required feed and entry elements, authors with names, and no draft', async () => {
    useContent(makeBlog());
    const res = await atomFeed();
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const { text, doc } = await xml(res);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://blog.example.org/');
    expect(feed.title).toBe('Test Blog');
    expect(feed.updated).toBe('2024-03-05T00:00:00.000Z');
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([
      ['alternate', 'https://blog.example.org/'],
      ['self', 'https://blog.example.org/atom.xml'],
    ]);
    const entries = feed.entry as Record<string, any>[];
    expect(entries).toHaveLength(3);
    const launch = entries[0]!;
    // Atom titles are typed HTML: the markup in the title is escaped once.
    expect(launch.title).toMatchObject({ '@type': 'html', '#text': 'Launch &amp; welcome &lt;party&gt;' });
    expect(launch).toMatchObject({ id: 'https://blog.example.org/posts/launch', updated: '2024-03-05T00:00:00.000Z', published: '2024-03-01T00:00:00.000Z' });
    expect(launch.link[0]['@href']).toBe('https://blog.example.org/posts/launch');
    expect(launch.author).toEqual([{ name: 'Ada Lovelace', uri: 'https://blog.example.org/authors/ada' }, { name: 'Guest Writer' }]);
    expect(text).not.toContain(DRAFT_TITLE);
  });
});

describe('JSON Feed 1.1 at /feed.json', () => {
  it('is version 1.1 with authors, text summaries and absolute URLs', async () => {
    useContent(makeBlog());
    const res = await jsonFeed();
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(await res.text());
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Test Blog',
      home_page_url: 'https://blog.example.org/',
      feed_url: 'https://blog.example.org/feed.json',
      language: 'en',
    });
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
      'https://blog.example.org/posts/launch',
      'https://blog.example.org/posts/code-notes',
      'https://blog.example.org/posts/old-news',
    ]);
    expect(feed.items[0]).toMatchObject({
      url: 'https://blog.example.org/posts/launch',
      title: 'Launch & welcome <party>',
      content_text: 'The first post, with a <b>summary</b> & more.',
      date_published: '2024-03-01T00:00:00.000Z',
      date_modified: '2024-03-05T00:00:00.000Z',
      image: 'https://blog.example.org/posts/launch/featured.png',
      tags: ['community', 'Workshop'],
      authors: [{ name: 'Ada Lovelace', url: 'https://blog.example.org/authors/ada' }, { name: 'Guest Writer' }],
    });
    expect(feed.items[0].author).toBeUndefined();
    expect(JSON.stringify(feed)).not.toContain(DRAFT_TITLE);
  });

  it('carries rendered HTML when the site asks for whole posts', async () => {
    useContent(makeBlog(`${SITE_YAML}feed: { full_content: true }\n`));
    const feed = JSON.parse(await (await jsonFeed()).text());
    expect(feed.items[1].content_html).toContain('<pre><code class="hljs language-ts">');
    expect(feed.items[1].content_text).toBeUndefined();
  });
});

describe('tag feeds at /tags/<tag>/feed.xml', () => {
  it('exist for the tags of published posts only and list only that tag', async () => {
    useContent(makeBlog());
    expect((await tagFeedParams()).map((p) => p.tag).sort()).toEqual(['cafe-talks', 'community', 'tooling', 'workshop']);
    const { text, doc } = await xml(await tagFeed(new Request('http://x'), tagParams('community')));
    expect(doc.rss.channel.title).toBe('Test Blog: #community');
    expect(doc.rss.channel.link).toBe('https://blog.example.org/tags/community');
    expect(doc.rss.channel['atom:link'][0]['@href']).toBe('https://blog.example.org/tags/community/feed.xml');
    expect(doc.rss.channel.item.map((i: { title: string }) => i.title)).toEqual(['Launch & welcome <party>', 'Old news']);
    expect(text).not.toContain(DRAFT_TITLE);
  });

  it('describe themselves in the site language', async () => {
    useContent(makeBlog());
    expect((await xml(await tagFeed(new Request('http://x'), tagParams('community')))).doc.rss.channel.description).toBe('Posts tagged community on Test Blog');
    useContent(makeBlog(SITE_YAML.replace('language: en', 'language: nl')));
    const { doc } = await xml(await tagFeed(new Request('http://x'), tagParams('community')));
    expect(doc.rss.channel.description).toBe('Berichten met de tag community op Test Blog');
    expect(doc.rss.channel.language).toBe('nl');
  });

  it('answers 404 for a tag only a draft uses', async () => {
    useContent(makeBlog());
    expect((await tagFeed(new Request('http://x'), tagParams('drafts-only'))).status).toBe(404);
  });
});

describe('category and author feeds, in RSS, Atom and JSON Feed', () => {
  const req = new Request('http://x');
  const params = <K extends string>(key: K, value: string) => ({ params: Promise.resolve({ [key]: value } as Record<K, string>) });

  it('a category feed lists only its published posts, in each format, linking back to the category page', async () => {
    useContent(makeBlog());
    // A category only a draft uses gets no feed.
    expect((await categoryFeedParams()).map((p) => p.category)).toEqual(['how-to-guides']);
    const rss = await xml(await categoryRss(req, params('category', 'how-to-guides')));
    expect(rss.doc.rss.channel).toMatchObject({ title: 'Test Blog: How-to Guides', link: 'https://blog.example.org/categories/how-to-guides', description: 'Posts in How-to Guides on Test Blog' });
    expect(rss.doc.rss.channel.item.map((i: { title: string }) => i.title)).toEqual(['Code notes']);
    const atom = await xml(await categoryAtom(req, params('category', 'how-to-guides')));
    expect(atom.doc.feed.entry.map((e: { title: { '#text': string } }) => e.title['#text'])).toEqual(['Code notes']);
    expect(atom.doc.feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe('https://blog.example.org/categories/how-to-guides/atom.xml');
    const json = JSON.parse(await (await categoryJson(req, params('category', 'how-to-guides'))).text());
    expect(json.feed_url).toBe('https://blog.example.org/categories/how-to-guides/feed.json');
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(['Code notes']);
    for (const text of [rss.text, atom.text, JSON.stringify(json)]) expect(text).not.toContain(DRAFT_TITLE);
    expect((await categoryRss(req, params('category', 'drafts-only'))).status).toBe(404);
  });

  it("an author feed lists the author's published posts newest first, never the draft", async () => {
    useContent(makeBlog());
    expect((await authorFeedParams()).map((p) => p.id).sort()).toEqual(['ada', 'guest-writer']);
    const rss = await xml(await authorRss(req, params('id', 'ada')));
    expect(rss.doc.rss.channel).toMatchObject({ title: 'Test Blog: Ada Lovelace', link: 'https://blog.example.org/authors/ada', description: 'Posts by Ada Lovelace on Test Blog' });
    expect(rss.doc.rss.channel.item.map((i: { title: string }) => i.title)).toEqual(['Launch & welcome <party>', 'Code notes']);
    expect(rss.text).not.toContain(DRAFT_TITLE);
    const atom = await xml(await authorAtom(req, params('id', 'ada')));
    expect(atom.doc.feed.entry).toHaveLength(2);
    const json = JSON.parse(await (await authorJson(req, params('id', 'guest-writer'))).text());
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(['Launch & welcome <party>']);
    expect((await authorRss(req, params('id', 'nobody'))).status).toBe(404);
  });
});

describe('in next dev, where lists show drafts and scheduled posts', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('feeds and the sitemap still list only what production publishes', async () => {
    useContent(
      makeContent({
        'site.yaml': SITE_YAML,
        'posts/out.md': post('title: Out now\ndate: 2024-01-01\ntags: [news]'),
        'posts/draft.md': post(`title: ${DRAFT_TITLE}\ndate: 2024-02-01\ndraft: true\ntags: [news, drafts-only]`),
        'posts/later.md': post('title: Scheduled for later\ndate: 2024-03-01\npublishDate: 2999-01-01\ntags: [news]'),
      }),
    );
    vi.stubEnv('NODE_ENV', 'development');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(getAllPosts().map((p) => p.title)).toEqual(['Scheduled for later', DRAFT_TITLE, 'Out now']);
    const { doc } = await xml(await rssFeed());
    expect((doc.rss.channel.item as { title: string }[]).map((i) => i.title)).toEqual(['Out now']);
    expect(tagFeedParams().map((p) => p.tag)).toEqual(['news']);
    expect((await tagFeed(new Request('http://x'), tagParams('drafts-only'))).status).toBe(404);
    expect(sitemap().map((e) => e.url)).toContain('https://blog.example.org/posts/out');
    expect(JSON.stringify(sitemap())).not.toMatch(/draft|later/);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every public page with its last change, and no draft', () => {
    useContent(makeBlog());
    const entries = sitemap();
    const byUrl = Object.fromEntries(entries.map((e) => [e.url, e.lastModified]));
    expect(Object.keys(byUrl).sort()).toEqual(
      [
        'https://blog.example.org/',
        'https://blog.example.org/tags',
        'https://blog.example.org/categories',
        'https://blog.example.org/authors',
        'https://blog.example.org/events',
        'https://blog.example.org/categories/how-to-guides',
        'https://blog.example.org/posts/launch',
        'https://blog.example.org/posts/code-notes',
        'https://blog.example.org/posts/old-news',
        'https://blog.example.org/tags/community',
        'https://blog.example.org/tags/workshop',
        'https://blog.example.org/tags/tooling',
        'https://blog.example.org/tags/cafe-talks',
        'https://blog.example.org/authors/ada',
      ].sort(),
    );
    expect(byUrl['https://blog.example.org/posts/launch']).toBe('2024-03-05');
    expect(byUrl['https://blog.example.org/posts/old-news']).toBe('2023-01-10');
    expect(byUrl['https://blog.example.org/']).toBe('2024-03-05T00:00:00.000Z');
    expect(byUrl['https://blog.example.org/tags/tooling']).toBe('2024-02-01T00:00:00.000Z');
    expect(JSON.stringify(entries)).not.toMatch(/secret|drafts-only/);
  });

  it('lists the series index and each series, changed when its newest published part changed', () => {
    useContent(
      makeContent({
        'site.yaml': SITE_YAML,
        'posts/one.md': post('title: Part one\ndate: 2024-01-01\nseries: Workshop Notes'),
        'posts/two.md': post('title: Part two\ndate: 2024-02-01\nseries: [Workshop Notes]'),
        'posts/three.md': post('title: Part three\ndate: 2024-03-01\ndraft: true\nseries: Workshop Notes'),
        'posts/alone.md': post('title: Alone\ndate: 2024-04-01'),
      }),
    );
    const byUrl = Object.fromEntries(sitemap().map((e) => [e.url, e.lastModified]));
    expect(byUrl).toHaveProperty(['https://blog.example.org/series']);
    expect(byUrl['https://blog.example.org/series/workshop-notes']).toBe('2024-02-01T00:00:00.000Z');
    expect(Object.keys(byUrl).filter((u) => u.includes('/series'))).toHaveLength(2);
  });

  it('robots.txt allows crawling and points at the sitemap', () => {
    useContent(makeBlog());
    expect(robots()).toEqual({ rules: [{ userAgent: '*', allow: '/' }], sitemap: 'https://blog.example.org/sitemap.xml' });
  });
});
