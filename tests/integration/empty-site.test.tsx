/** A site with no published post still builds: every dynamic route has a param to render (a 404). */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import * as home from '@/app/(site)/page';
import * as homeLater from '@/app/(site)/page/[page]/page';
import * as cards from '@/app/(site)/page/[page]/cards.json/route';
import * as categoryPage from '@/app/(site)/categories/[category]/page';
import * as categoryLater from '@/app/(site)/categories/[category]/page/[page]/page';
import * as categoryIndex from '@/app/(site)/categories/page';
import * as tagPage from '@/app/(site)/tags/[tag]/page';
import * as tagLater from '@/app/(site)/tags/[tag]/page/[page]/page';
import * as tagPosts from '@/app/(site)/tags/[tag]/posts.json/route';
import * as tagIndex from '@/app/(site)/tags/page';
import { makeContent, post } from '../helpers/content';

const previous = process.env.CONTENT_DIR;
beforeAll(() => {
  process.env.CONTENT_DIR = makeContent({
    'site.yaml': 'title: Empty\n',
    'posts/draft.md': post('title: Not yet\ndate: 2024-01-01\ndraft: true\ntags: [secret]\ncategories: [Hidden]'),
  });
});
afterAll(() => {
  if (previous === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previous;
});

const params = <T,>(value: T) => ({ params: Promise.resolve(value) });
const notFound = (run: () => unknown) => expect(Promise.resolve().then(run)).rejects.toMatchObject({ digest: expect.stringMatching(/;404$/) });

describe('a site whose only post is a draft', () => {
  it('gives every dynamic route at least one param in a static export, each of them a 404 page', async () => {
    process.env.STATIC_EXPORT = '1';
    onTestFinished(() => void delete process.env.STATIC_EXPORT);
    const routes = [
      [homeLater, homeLater.generateStaticParams()],
      [tagPage, tagPage.generateStaticParams()],
      [tagLater, tagLater.generateStaticParams()],
      [categoryPage, categoryPage.generateStaticParams()],
      [categoryLater, categoryLater.generateStaticParams()],
    ] as const;
    for (const [route, list] of routes) {
      expect(list.length).toBeGreaterThan(0);
      for (const p of list) await notFound(() => route.default(params(p as never)));
    }
    expect(tagPosts.generateStaticParams()).toEqual([{ tag: '_' }]);
    expect((await tagPosts.GET(new Request('http://x'), params({ tag: '_' }))).status).toBe(404);
    // The first page of the home list exists even when it is empty.
    expect(cards.generateStaticParams()).toEqual([{ page: '1' }]);
    expect(await (await cards.GET(new Request('http://x'), params({ page: '1' }))).json()).toEqual({ page: 1, cards: [] });
  });

  it('leaves those routes without a path for next start, where any URL under them is a 404 at routing', () => {
    for (const list of [homeLater.generateStaticParams(), tagPage.generateStaticParams(), tagLater.generateStaticParams(), categoryPage.generateStaticParams(), categoryLater.generateStaticParams(), tagPosts.generateStaticParams()]) {
      expect(list).toEqual([]);
    }
    expect(cards.generateStaticParams()).toEqual([{ page: '1' }]);
  });

  it('shows empty lists, and no draft tag, category or filter', () => {
    const markup = renderToStaticMarkup(
      <>
        {home.default()}
        {tagIndex.default()}
        {categoryIndex.default()}
      </>,
    );
    expect(markup).toContain('No posts yet.');
    expect(markup).toContain('No tags yet.');
    expect(markup).toContain('No categories yet.');
    expect(markup).not.toMatch(/secret|Hidden|tag-filter/);
  });
});
