/**
 * 60 posts with 25 tags (spelling variants, C/C++/C#, café/cafe, Cyrillic) and 4 categories,
 * rendered through the real routes with CONTENT_DIR pointing at them: counts and pagination.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as home from '@/app/(site)/page';
import * as homeLater from '@/app/(site)/page/[page]/page';
import * as cards from '@/app/(site)/page/[page]/cards.json/route';
import * as categoryPage from '@/app/(site)/categories/[category]/page';
import * as tagPage from '@/app/(site)/tags/[tag]/page';
import * as tagLater from '@/app/(site)/tags/[tag]/page/[page]/page';
import * as tagPosts from '@/app/(site)/tags/[tag]/posts.json/route';
import * as tagIndex from '@/app/(site)/tags/page';
import type { CardsFile, TagPostsFile } from '@/lib/terms/tag-filter';
import { matchPositions } from '@/lib/terms/tag-filter';
import { getTags } from '@/lib/queries/terms';
import { CATEGORIES, countWithTag, makeManyPosts, mostUsedSpelling, TAGS, type ManyPosts } from '../helpers/many-posts';

let site: ManyPosts;
const previous = process.env.CONTENT_DIR;

beforeAll(() => {
  site = makeManyPosts({ count: 60, pageSize: 7 });
  process.env.CONTENT_DIR = site.root;
});
afterAll(() => {
  if (previous === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previous;
});

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });
const html = async (element: Promise<React.ReactNode> | React.ReactNode) => renderToStaticMarkup(<>{await element}</>);
const titles = (markup: string) => [...markup.matchAll(/<article[\s\S]*?<a[^>]*>(Post number \d+)<\/a>/g)].map((m) => m[1]);
const notFound = (run: () => unknown) => expect(Promise.resolve().then(run)).rejects.toMatchObject({ digest: expect.stringMatching(/;404$/) });
const slugOf = (id: number) => getTags().byName(TAGS[id]![0]!)!.slug;

describe('a site of 60 posts and 25 tags', () => {
  it('has 25 tags, each counted once per post whatever its spelling, with distinct slugs', () => {
    const { terms } = getTags();
    expect(terms).toHaveLength(TAGS.length);
    expect(new Set(terms.map((t) => t.slug)).size).toBe(TAGS.length);
    TAGS.forEach((spellings, id) => {
      for (const spelling of spellings) expect(getTags().byName(spelling)!.count, spelling).toBe(countWithTag(site, id));
      expect(getTags().byName(spellings[0]!)!.name).toBe(mostUsedSpelling(site, id));
    });
    expect(['C', 'C++', 'C#', 'cafe', 'Café', 'Україна', '日本語'].map((t) => getTags().byName(t)!.slug)).toEqual(['c', 'c-plus-plus', 'c-sharp', 'cafe', 'cafe-2', 'ukrayina', '日本語']);
  });

  it('lists every tag on /tags with its count, most used first, and again A–Z', async () => {
    const markup = await html(tagIndex.default());
    const [mostUsed, az] = markup.split('id="a-z"');
    const listed = [...mostUsed!.matchAll(/href="\/tags\/([^"]+)">#[^<]* <span class="text-muted">\((\d+) posts?\)/g)].map((m): [string, number] => [decodeURIComponent(m[1]!), Number(m[2])]);
    const expected = TAGS.map((_, id) => [slugOf(id), countWithTag(site, id)] as [string, number]);
    expect(listed).toHaveLength(TAGS.length);
    expect(new Map(listed)).toEqual(new Map(expected));
    expect(listed.map(([, n]) => n)).toEqual(listed.map(([, n]) => n).sort((a, b) => b - a));
    expect([...az!.matchAll(/href="\/tags\//g)]).toHaveLength(TAGS.length);
  });

  it('paginates the home page: 7 posts a page, page 1 at /, the rest at /page/n, no /page/1', async () => {
    const pages = Math.ceil(60 / site.pageSize);
    expect(homeLater.generateStaticParams()).toEqual(Array.from({ length: pages - 1 }, (_, i) => ({ page: String(i + 2) })));
    const first = await html(home.default());
    expect(titles(first)).toEqual(site.posts.slice(0, 7).map((p) => p.title));
    expect(first).toContain('<a rel="next" class');
    expect(first).toMatch(/<link rel="next" href="https:\/\/many\.example\.org\/page\/2"\/>/);
    expect(first).not.toContain('rel="prev"');
    const seen = [...titles(first)];
    for (let page = 2; page <= pages; page++) {
      const markup = await html(homeLater.default(params({ page: String(page) })));
      seen.push(...titles(markup));
      expect(markup).toContain(`<link rel="prev" href="https://many.example.org${page === 2 ? '/' : `/page/${page - 1}`}"/>`);
      expect(markup.includes('<link rel="next"')).toBe(page < pages);
      const meta = await homeLater.generateMetadata(params({ page: String(page) }));
      expect(meta.title).toBe(`All posts (page ${page} of ${pages})`);
      expect(meta.alternates?.canonical).toBe(`/page/${page}`);
    }
    expect(seen).toEqual(site.posts.map((p) => p.title));
    for (const page of ['1', String(pages + 1), '02', 'x']) await notFound(() => homeLater.default(params({ page })));
  });

  it('paginates every tag page with the tag’s posts, newest first, and 404s past the end', async () => {
    const laterParams = tagLater.generateStaticParams();
    for (let id = 0; id < TAGS.length; id++) {
      const tag = slugOf(id);
      const expected = site.posts.filter((p) => p.tags.some((t) => t.id === id)).map((p) => p.title);
      const pages = Math.ceil(expected.length / site.pageSize);
      expect(laterParams.filter((p) => p.tag === tag).map((p) => p.page)).toEqual(Array.from({ length: pages - 1 }, (_, i) => String(i + 2)));
      const got = titles(await html(tagPage.default(params({ tag }))));
      for (let page = 2; page <= pages; page++) got.push(...titles(await html(tagLater.default(params({ tag, page: String(page) })))));
      expect(got, tag).toEqual(expected);
      await notFound(() => tagLater.default(params({ tag, page: String(pages + 1) })));
      await notFound(() => tagLater.default(params({ tag, page: '1' })));
    }
    const community = await tagPage.generateMetadata(params({ tag: 'community' }));
    expect(community).toMatchObject({ title: '#Community', description: `${countWithTag(site, 0)} posts tagged Community, newest first.` });
    expect(await tagLater.generateMetadata(params({ tag: 'community', page: '2' }))).toMatchObject({ alternates: { canonical: '/tags/community/page/2' } });
    await notFound(() => tagPage.default(params({ tag: 'no-such-tag' })));
  });

  it('gives categories the same pages', async () => {
    expect(categoryPage.generateStaticParams().map((p) => p.category).sort()).toEqual(CATEGORIES.map((c) => c.toLowerCase()).sort());
    const guides = titles(await html(categoryPage.default(params({ category: 'guides' }))));
    expect(guides).toEqual(site.posts.filter((p) => p.category === 'Guides').slice(0, 7).map((p) => p.title));
    expect(await categoryPage.generateMetadata(params({ category: 'guides' }))).toMatchObject({ title: 'Guides', description: '15 posts in the Guides category, newest first.' });
  });

  it('serves the filter’s files: positions per tag, cards per home page, enough to rebuild any filter', async () => {
    const files = async <T,>(res: Response) => (await res.json()) as T;
    const tagFile = (tag: string) => tagPosts.GET(new Request('http://x'), params({ tag })).then(files<TagPostsFile>);
    const community = await tagFile('community');
    const workshop = await tagFile('workshop');
    expect(community).toMatchObject({ slug: 'community', name: 'Community' });
    const pages = await Promise.all(cards.generateStaticParams().map((p) => cards.GET(new Request('http://x'), params(p)).then(files<CardsFile>)));
    const all = pages.flatMap((p) => p.cards);
    expect(all.map((c) => c.title)).toEqual(site.posts.map((p) => p.title));
    const both = matchPositions([community.posts, workshop.posts], 'all').map((i) => all[i]!.title);
    expect(both).toEqual(site.posts.filter((p) => p.tags.some((t) => t.id === 0) && p.tags.some((t) => t.id === 1)).map((p) => p.title));
    const either = matchPositions([community.posts, workshop.posts], 'any').map((i) => all[i]!.title);
    expect(either).toEqual(site.posts.filter((p) => p.tags.some((t) => t.id === 0 || t.id === 1)).map((p) => p.title));
    expect((await tagPosts.GET(new Request('http://x'), params({ tag: 'nope' }))).status).toBe(404);
  });

  it('shows the home filter chips as links to the tag pages before any JavaScript runs', async () => {
    const markup = await html(home.default());
    const chips = markup.slice(markup.indexOf('aria-labelledby="tag-filter-heading"'), markup.indexOf('</section>'));
    expect(chips).not.toContain('<button');
    expect([...chips.matchAll(/href="\/tags\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!))).toEqual(getTags().terms.slice(0, 24).map((t) => t.slug));
    expect(chips).toContain('href="/tags">All tags');
  });
});
