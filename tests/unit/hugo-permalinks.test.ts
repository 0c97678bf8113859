import { describe, expect, it } from 'vitest';
import { expandPermalink, hugoAddress, hugoUrlize, hugoUrlsSchema, isPermalinkPattern, type HugoPage } from '@/lib/hugo-permalinks';
import { siteFromHugo } from '@/lib/hugo-import/config';

/** A post written on a Tuesday, the 108th day of 2023, in a bundle below a nested section. */
const page: HugoPage = {
  dirs: ['2023', 'Introducing Rusmux'],
  nestedSections: ['2023'],
  title: 'Introducing rusmux: tmux, but in Rust?',
  date: '2023-04-18T21:30:00+03:00',
  lang: 'he',
  isDefaultLanguage: true,
};
const settings = (over: Record<string, unknown> = {}) => hugoUrlsSchema.parse({ section: 'posts', ...over });

describe("Hugo's permalink tokens", () => {
  it('reads the date as written (the local day, not UTC), with Hugo\'s paddings and English names', () => {
    const late = { ...page, date: '2023-04-30T23:30:00-05:00' };
    expect(expandPermalink('/:year/:month/:day/', late, 'posts')).toBe('/2023/04/30/');
    expect(expandPermalink('/:year/:monthname/:weekday/:weekdayname/:yearday/', page, 'posts')).toBe('/2023/april/2/tuesday/108/');
    expect(expandPermalink('/:yearday/', { ...page, date: '2024-01-05' }, 'posts')).toBe('/5/');
  });

  it(':title is the urlized title; :slug the slug, else the title; :slugorfilename the slug, else the file or bundle name', () => {
    expect(expandPermalink('/:title/', page, 'posts')).toBe('/introducing-rusmux-tmux-but-in-rust/');
    expect(expandPermalink('/:slug/', page, 'posts')).toBe('/introducing-rusmux-tmux-but-in-rust/');
    expect(expandPermalink('/:slug/', { ...page, slug: 'Rusmux Intro' }, 'posts')).toBe('/rusmux-intro/');
    expect(expandPermalink('/:slugorfilename/', page, 'posts')).toBe('/introducing-rusmux/');
    expect(expandPermalink('/:slugorfilename/', { ...page, slug: 'rusmux' }, 'posts')).toBe('/rusmux/');
    expect([expandPermalink('/:filename/', page, 'posts'), expandPermalink('/:contentbasename/', page, 'posts')]).toEqual(['/introducing-rusmux/', '/introducing-rusmux/']);
  });

  it('keeps letters of any script, as Hugo does, and drops punctuation', () => {
    expect(hugoUrlize('חלה של יום שישי!')).toBe('חלה-של-יום-שישי');
    expect(hugoUrlize('Q&A -- notes, 2023')).toBe('qa---notes-2023');
  });

  it(':section is the top section, :sections every section, sliced as Hugo slices', () => {
    expect(expandPermalink('/:section/:slugorfilename/', page, 'posts')).toBe('/posts/introducing-rusmux/');
    expect(expandPermalink('/:sections/:slugorfilename/', page, 'posts')).toBe('/posts/2023/introducing-rusmux/');
    expect(expandPermalink('/:sections[1:]/x/', page, 'posts')).toBe('/2023/x/');
    expect(expandPermalink('/:sections[last]/x/', page, 'posts')).toBe('/2023/x/');
    expect(expandPermalink('/:sections[:last]/x/', page, 'posts')).toBe('/posts/x/');
    expect(expandPermalink('/:sections[5:9]/x/', page, 'posts')).toBe('/x/');
  });

  it('knows which patterns Hugo would expand', () => {
    expect(isPermalinkPattern('/:year/:month/:slug/')).toBe(true);
    expect(isPermalinkPattern('/:sections[1:]/:slug/')).toBe(true);
    expect(isPermalinkPattern('/:year/:mnth/:slug/')).toBe(false);
    expect(isPermalinkPattern('/:slug[1:]/')).toBe(false);
    expect(hugoUrlsSchema.safeParse({ permalinks: { posts: '/:yr/:slug/' } }).error?.issues[0]?.message).toMatch(/^a Hugo permalink pattern such as \/:year\/:month\/:slug\//);
  });
});

describe('the address Hugo gave a page', () => {
  it('follows the section\'s pattern, the language\'s own over the site\'s, under /<code> for another language', () => {
    const s = settings({ permalinks: { posts: '/:year/:month/:slug/' }, languages: { en: { permalinks: { posts: '/:year/:monthname/:slugorfilename/' } } } });
    expect(hugoAddress(s, { ...page, slug: 'introducing-rusmux' })).toBe('/2023/04/introducing-rusmux/');
    expect(hugoAddress(s, { ...page, lang: 'en', isDefaultLanguage: false })).toBe('/en/2023/april/introducing-rusmux/');
  });

  it('without a pattern: the folders under the section, slug: replacing the last', () => {
    expect(hugoAddress(settings(), page)).toBe('/posts/2023/introducing-rusmux/');
    expect(hugoAddress(settings(), { ...page, slug: 'rusmux' })).toBe('/posts/2023/rusmux/');
    expect(hugoAddress(hugoUrlsSchema.parse({}), { ...page, dirs: ['x'], nestedSections: [] })).toBe('/post/x/');
  });

  it('with uglyURLs (for all, or for the section), a .html file; with defaultContentLanguageInSubdir, the default language under its code too', () => {
    expect(hugoAddress(settings({ uglyURLs: true, permalinks: { posts: '/:year/:slug/' } }), { ...page, slug: 'r' })).toBe('/2023/r.html');
    expect(hugoAddress(settings({ uglyURLs: { posts: true } }), { ...page, dirs: ['x'] })).toBe('/posts/x.html');
    expect(hugoAddress(settings({ uglyURLs: { notes: true } }), { ...page, dirs: ['x'] })).toBe('/posts/x/');
    expect(hugoAddress(settings({ defaultContentLanguageInSubdir: true }), { ...page, dirs: ['x'] })).toBe('/he/posts/x/');
  });
});

describe('npm run import:hugo carries the address settings into site.yaml', () => {
  it('reads permalinks in both of Hugo\'s forms, per language, uglyURLs and defaultContentLanguageInSubdir', () => {
    const { site, taken, notes } = siteFromHugo({
      defaultContentLanguage: 'he',
      defaultContentLanguageInSubdir: true,
      uglyURLs: false,
      permalinks: { page: { posts: '/:year/:month/:slug/' }, section: { posts: '/articles/' }, notes: ':year/:contentbasename/' },
      languages: { he: { weight: 1 }, en: { weight: 2, permalinks: { posts: '/:year/:monthname/:title/' } } },
    });
    expect(site.hugo).toEqual({
      permalinks: { notes: '/:year/:contentbasename/', posts: '/:year/:month/:slug/' },
      defaultContentLanguageInSubdir: true,
      languages: { en: { permalinks: { posts: '/:year/:monthname/:title/' } } },
    });
    expect(taken).toContain('hugo from permalinks, defaultContentLanguageInSubdir, languages.en.permalinks');
    expect(notes).toEqual([]);
  });

  it('leaves out a pattern with a token Hugo does not have, and says which', () => {
    const { site, notes } = siteFromHugo({ permalinks: { posts: '/:year/:postname/' } });
    expect(site.hugo).toBeUndefined();
    expect(notes).toEqual([
      'permalinks.posts "/:year/:postname/" left out: expected a Hugo permalink pattern such as /:year/:month/:slug/ (tokens: :year :month :monthname :day :weekday :weekdayname :yearday :section :sections :title :slug :slugorfilename :filename :contentbasename); the old addresses of those pages are not redirected',
    ]);
  });
});
