/**
 * What a post's summary puts in front of readers who never open it: the meta description, the
 * social card's text (Open Graph and Twitter), feed items and the home page's cards. A `summary:`
 * is Markdown, as in Hugo: its text, never its backticks and asterisks. A summary made from the
 * body holds no formula, alert marker, code, diagram source or code shortcode
 * (tests/fixtures/summaries).
 */
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Metadata } from 'next';

process.env.CONTENT_DIR = path.resolve('tests/fixtures/summaries');

const EXPECTED: Record<string, string> = {
  'area-under-a-curve': 'The integral is a third of the unit square, which costs $5 and $10 to print.',
  'bring-a-laptop': 'Bring a laptop with the setup_env script already run. We start at nine in room B2.',
  'code-first': 'Only this sentence is prose.',
  rusmux: 'rusmux is a faster replacement for tmuxinator, written in Rust (source).',
};

type Page<P> = (props: { params: Promise<P> }) => Promise<React.ReactElement>;
let metadata: (slug: string) => Promise<Metadata>;
let renderPost: (slug: string) => Promise<string>;
let feedItems: Map<string, { rss: string; json: string }>;
let homeHtml: string;

beforeAll(async () => {
  const page = (await import('@/app/(site)/posts/[slug]/page')) as { default: Page<{ slug: string }>; generateMetadata: (p: { params: Promise<{ slug: string }> }) => Promise<Metadata> };
  metadata = (slug) => page.generateMetadata({ params: Promise.resolve({ slug }) });
  renderPost = async (slug) => renderToStaticMarkup(await page.default({ params: Promise.resolve({ slug }) }));
  const { GET: rss } = await import('@/app/(site)/feed.xml/route');
  const { GET: json } = await import('@/app/(site)/feed.json/route');
  const { XMLParser } = await import('fast-xml-parser');
  const items = new XMLParser({ isArray: (name) => name === 'item' }).parse(await (await rss()).text()).rss.channel.item as { link: string; description: string }[];
  const jsonItems = (JSON.parse(await (await json()).text()) as { items: { url: string; summary: string }[] }).items;
  feedItems = new Map(
    items.map((item) => {
      const slug = item.link.replace(/\/$/, '').split('/').at(-1)!;
      return [slug, { rss: item.description, json: jsonItems.find((j) => j.url === item.link)!.summary }];
    }),
  );
  const { default: Home } = (await import('@/app/(site)/page')) as unknown as { default: () => Promise<React.ReactElement> };
  homeHtml = renderToStaticMarkup(await Home());
});

describe('summaries in front of readers', () => {
  it.each(Object.entries(EXPECTED))('%s: meta description, social card and feed items say the same plain text', async (slug, text) => {
    const meta = await metadata(slug);
    expect(meta.description).toBe(text);
    expect((meta.openGraph as { description?: string }).description).toBe(text);
    expect((meta.twitter as { description?: string }).description).toBe(text);
    expect(feedItems.get(slug)).toEqual({ rss: text, json: text });
  });

  it('shows the cards on the home page with the same text', () => {
    for (const text of Object.values(EXPECTED)) expect(homeHtml).toContain(`>${text.replace(/&/g, '&amp;')}</p>`);
  });

  it('shows a Markdown summary under the title as inline HTML, the link kept', async () => {
    expect(await renderPost('rusmux')).toContain(
      '<code>rusmux</code> is a <strong>faster</strong> replacement for <code>tmuxinator</code>, written in <em>Rust</em> (<a href="https://example.org/rusmux">source</a>).</p>',
    );
  });
});
