/**
 * One site in three languages (tests/fixtures/three-languages: en, nl, ar right to left) through
 * the routes themselves: which pages each language has, what their links and alternates say,
 * what the sitemap and feeds list, and the policies of the responses under /<code>/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, formatProblem, getAllPosts, getAuthor, getSite } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { makeContent, post } from '../helpers/content';
import { withLanguage } from '@/lib/routes/page-language';
import { postTranslations } from '@/lib/queries/translations';
import { headerRules } from '@/lib/security/headers';
import { LANGUAGE_ROUTES, inLanguage, pagePathIn, postPath, withoutLanguage } from '@/lib/routes/urls';
import { languageParams } from '@/app/_routes/language-scope';
import * as langPost from '@/app/[lang]/posts/[slug]/page';
import * as langFeed from '@/app/[lang]/feed.xml/route';
import * as langAsset from '@/app/[lang]/posts/[slug]/[asset]/route';
import * as langHome from '@/app/[lang]/page';
import sitemap from '@/app/sitemap';
import { useContentDir } from '../helpers/blog';
import { SiteHeader } from '@/components/SiteHeader';
import { translator } from '@/lib/i18n';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import type { Metadata } from 'next';
import { ROUTES } from '@/lib/routes/table';

const FIXTURE = path.resolve('tests/fixtures/three-languages');
const useContent = useContentDir();
beforeEach(() => useContent(FIXTURE));

const params = <P extends object>(p: P) => ({ params: Promise.resolve(p) });

/**
 * A page rendered here, outside React's server renderer, where the per-request scope the [lang]
 * wrapper sets does not hold (React's `cache` only memoises in a server render): the language is
 * given around the call as well, as a route handler's is. The e2e suite renders them for real.
 */
const renderIn = async (lang: string, page: () => Promise<unknown>) =>
  withLanguage(lang, async () => renderToString((await page()) as ReactElement));

describe('language prefixes in links', () => {
  it('puts a route every language has under the prefix, and leaves shared files alone', () => {
    expect(inLanguage('/posts/x', '/nl')).toBe('/nl/posts/x');
    expect(inLanguage('/', '/nl')).toBe('/nl');
    expect(inLanguage('/tags/a/feed.xml', '/nl')).toBe('/nl/tags/a/feed.xml');
    expect(inLanguage('/nl/posts/x', '/nl')).toBe('/nl/posts/x');
    for (const shared of ['/icon.svg', '/sitemap.xml', '/pagefind/pagefind.js', '/katex/katex.min.css', 'https://example.org/posts/x']) {
      expect(inLanguage(shared, '/nl')).toBe(shared);
    }
    expect(inLanguage('/posts/x', '')).toBe('/posts/x');
    expect(withoutLanguage('/nl/tags', '/nl')).toBe('/tags');
    expect(withoutLanguage('/nl', '/nl')).toBe('/');
  });

  it('has a route folder under app/[lang] for every language route, and the same pages as app/(site)', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)(page|route)\.tsx?$/.test(f)).sort();
    expect(files('app/[lang]')).toEqual(files('app/(site)'));
    const tops = fs.readdirSync('app/[lang]', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(new Set(tops)).toEqual(new Set([...LANGUAGE_ROUTES]));
  });
});

describe('a site in three languages', () => {
  it('builds /<code>/ routes for the languages other than the default', () => {
    expect(languageParams()).toEqual([{ lang: 'nl' }, { lang: 'ar' }]);
  });

  it('shows each language its own title, posts and direction', () => {
    expect(getSite().title).toBe('Neighbourhood Commons');
    expect(withLanguage('nl', () => getSite().title)).toBe('Buurtcommons');
    expect(withLanguage('ar', () => getSite().lang.dir ?? 'rtl')).toBe('rtl');
    expect(withLanguage('ar', () => getSite().description)).toBe('What our neighbourhood groups learn, in three languages.');
    const titles = (lang: string) => withLanguage(lang, () => getAllPosts().map((p) => p.title));
    expect(titles('en')).toContain('A post only in English');
    expect(titles('nl')).toEqual(['Alleen in het Nederlands', 'Noteer de datum: de herfstbijeenkomst', 'Aantekeningen van de voorjaarsronde', 'Wat is er nodig om een gemeenschap te bouwen?']);
    expect(titles('ar')).toEqual(['ما الذي يتطلبه بناء مجتمع؟']);
  });

  it('shows the built-in menu in each language\'s words, and a menu a language writes as written', async () => {
    const header = (lang: string) =>
      withLanguage(lang, () => renderToString(<SiteHeader site={getSite()} tr={translator(getSite().language)} />));
    expect(header('ar')).toMatch(/>التدوينات<\/a>.*>الوسوم<\/a>.*>الفعاليات<\/a>.*>الكتّاب<\/a>/);
    expect(header('en')).toMatch(/>Posts<\/a>.*>Tags<\/a>.*>Events<\/a>.*>Authors<\/a>/);
    expect(header('nl')).toMatch(/href="\/nl">Berichten<\/a>.*href="\/nl\/tags">Tags<\/a>.*href="\/nl\/events">Evenementen<\/a>/);
    expect(header('nl')).not.toContain('Auteurs');
  });

  it('links each post to its translations, by bundle, by file name and by translationKey, and to nothing else', () => {
    const of = (lang: string, slug: string) => withLanguage(lang, () => postTranslations(getAllPosts().find((p) => p.slug === slug)!));
    expect(of('en', 'community-workshop')).toEqual([
      { lang: 'en', path: '/posts/community-workshop' },
      { lang: 'nl', path: '/nl/posts/community-workshop' },
      { lang: 'ar', path: '/ar/posts/community-workshop' },
    ]);
    expect(of('nl', 'noteer-de-datum')).toEqual([
      { lang: 'en', path: '/posts/save-the-date' },
      { lang: 'nl', path: '/nl/posts/noteer-de-datum' },
    ]);
    expect(of('en', 'english-only')).toEqual([{ lang: 'en', path: '/posts/english-only' }]);
  });

  it('writes links inside a page in the page\'s language, and the same page in another language on request', () => {
    expect(withLanguage('nl', () => postPath('x'))).toBe('/nl/posts/x');
    expect(withLanguage('nl', () => pagePathIn('en', '/nl/tags'))).toBe('/tags');
    expect(pagePathIn('ar', '/events')).toBe('/ar/events');
  });

  it('renders a Dutch post with its hreflang alternates, its language list and Dutch links', async () => {
    const meta = await langPost.generateMetadata(params({ lang: 'nl', slug: 'community-workshop' }));
    expect(meta.alternates?.canonical).toBe('/nl/posts/community-workshop');
    expect(meta.alternates?.languages).toEqual({
      en: '/posts/community-workshop',
      nl: '/nl/posts/community-workshop',
      ar: '/ar/posts/community-workshop',
      'x-default': '/posts/community-workshop',
    });
    const html = await renderIn('nl', () => langPost.default(params({ lang: 'nl', slug: 'community-workshop' })));
    expect(html).toContain('Wat is er nodig om een gemeenschap te bouwen?');
    expect(html).toMatch(/<nav aria-label="Dit bericht in andere talen"/);
    expect(html).toMatch(/href="\/ar\/posts\/community-workshop" hrefLang="ar" lang="ar"/);
    // The relref in the Dutch body reaches the Dutch notes.
    expect(html).toContain('href="/nl/posts/meeting-notes"');
    // The bundle's image, shared by its translations: the original or its sized copies.
    expect(html).toMatch(/<img src="(\/nl)?\/posts\/community-workshop\/(img\/)?room[^"]*\.png" alt="De zaal"/);
  });

  it('says so where a post has no translation, linking that language\'s home', async () => {
    const html = await renderIn('nl', () => langPost.default(params({ lang: 'nl', slug: 'alleen-in-het-nederlands' })));
    expect(html).toContain('href="/" hrefLang="en"');
    expect(html).toContain('English (startpagina: niet vertaald)');
  });

  it('lists each language\'s posts in its own feed, with links in that language', async () => {
    const res = await langFeed.GET(new Request('http://x/nl/feed.xml'), params({ lang: 'nl' }));
    const text = await res.text();
    expect(text).toContain('<title>Buurtcommons</title>');
    expect(text).toContain('https://commons.example.org/nl/posts/alleen-in-het-nederlands');
    expect(text).not.toContain('A post only in English');
  });

  it('serves a translated bundle\'s files under its language, and 404s a language the site does not have', async () => {
    const ok = await langAsset.GET(new Request('http://x'), params({ lang: 'nl', slug: 'community-workshop', asset: 'room.png' }));
    expect(ok.status).toBe(200);
    const missing = await langFeed.GET(new Request('http://x/de/feed.xml'), params({ lang: 'de' }));
    expect(missing.status).toBe(404);
    await expect(langHome.default(params({ lang: 'de' }))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('lists every language in one sitemap, each page with its versions', () => {
    const entries = sitemap();
    const workshop = entries.find((e) => e.url === 'https://commons.example.org/nl/posts/community-workshop');
    expect(workshop?.alternates?.languages).toEqual({
      en: 'https://commons.example.org/posts/community-workshop',
      nl: 'https://commons.example.org/nl/posts/community-workshop',
      ar: 'https://commons.example.org/ar/posts/community-workshop',
      'x-default': 'https://commons.example.org/posts/community-workshop',
    });
    expect(entries.map((e) => e.url)).toEqual(expect.arrayContaining(['https://commons.example.org/ar', 'https://commons.example.org/nl/tags', 'https://commons.example.org/nl/posts/alleen-in-het-nederlands']));
    const only = entries.find((e) => e.url === 'https://commons.example.org/posts/english-only');
    expect(only?.alternates).toBeUndefined();
  });

  it("lists each language's index pages but those the route table marks noindex, which are the pages that tell search engines so", async () => {
    const urls = new Set(sitemap().map((e) => e.url));
    for (const row of ROUTES.filter((r) => r.indexInEveryLanguage)) {
      for (const prefix of ['', '/nl', '/ar']) expect(urls.has(`https://commons.example.org${prefix}/${row.segment}`), `${prefix}/${row.segment}`).toBe(!row.noindex);
    }
    const pages = ROUTES.filter((r) => r.from === 'app' && fs.existsSync(path.join('app/(site)', r.segment, 'page.tsx')));
    expect(pages.map((r) => r.segment)).toEqual(expect.arrayContaining(['tags', 'search', 'share', 'subscribe']));
    for (const row of pages) {
      const page = (await import(`@/app/(site)/${row.segment}/page.tsx`)) as { generateMetadata?: (p: unknown) => Metadata | Promise<Metadata> };
      const metadata = await page.generateMetadata?.({ params: Promise.resolve({}), searchParams: Promise.resolve({}) });
      const robots = metadata?.robots;
      expect(typeof robots === 'object' && robots !== null && robots.index === false, row.segment).toBe(Boolean(row.noindex));
    }
  });
});

describe('authors in every language', () => {
  it('shows a translated profile on its language\'s pages, by file name or by folder, keeping what it does not say', () => {
    const maya = (lang: string) => withLanguage(lang, () => getAuthor('maya')!);
    expect([maya('en').role, maya('nl').role, maya('ar').role]).toEqual(['Community organiser', 'Gemeenschapsorganisator', 'منظمة مجتمعية']);
    expect([maya('en').name, maya('ar').name]).toEqual(['Maya Haddad', 'مايا حداد']);
    // `bio:` left empty in the Dutch profile, and no biography in the Arabic one: the original's.
    expect(maya('nl').bio).toBe('Runs the Thursday workshops.');
    expect(maya('nl').about?.body).toContain('donderdagworkshops');
    expect(maya('ar').about?.body).toContain('Thursday workshops');
  });

  it('warns about a translated profile without an original, and shows it in its language only', () => {
    const root = makeContent({
      'site.yaml': 'title: T\nurl: https://t.example.org\nlanguages: [en, nl]\n',
      'posts/a.md': post('title: A\ndate: 2024-01-01\nauthors: [kim]'),
      'nl/authors/kim/_index.md': post('title: Kim de Vries\nrole: Redacteur'),
    });
    const index = buildIndex(root, false);
    expect(index.problems.filter((p) => p.field === 'file').map(formatProblem)).toEqual([
      `${displayPath(path.join(root, 'nl/authors/kim'))} warning: file: expected a profile at content/authors/kim/_index.md that this translates, found a nl profile of "kim" with no original (it is shown on nl pages only)`,
    ]);
    expect(index.authorsByLanguage.get('nl')!.get('kim')!.role).toBe('Redacteur');
    expect(index.authors.get('kim')!.hasProfile).toBe(false);
  });
});

describe('old addresses in every language', () => {
  it('sends each language\'s Hugo address (/nl/post/<name>/) and aliases to that language\'s post', () => {
    const { redirects } = buildIndex(FIXTURE, false);
    const pairs = redirects.map((r) => `${r.from} → ${r.to}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        '/post/community-workshop → /posts/community-workshop',
        '/nl/post/community-workshop → /nl/posts/community-workshop',
        '/ar/post/community-workshop → /ar/posts/community-workshop',
        '/nl/post/meeting-notes → /nl/posts/meeting-notes',
        '/nl/post/alleen-in-het-nederlands → /nl/posts/alleen-in-het-nederlands',
        '/nl/oud/alleen → /nl/posts/alleen-in-het-nederlands',
        '/nl/2023/alleen.html → /nl/posts/alleen-in-het-nederlands',
      ]),
    );
    expect(pairs.filter((p) => p.includes('.nl '))).toEqual([]);
  });

  it('refuses an alias that would take one of a language\'s own pages, on its line', () => {
    const root = makeContent({
      'site.yaml': 'title: T\nurl: https://t.example.org\nlanguages: [en, nl]\n',
      'posts/a.md': post('title: A\ndate: 2024-01-01'),
      'nl/posts/b.md': post('title: B\ndate: 2024-01-02\naliases: [/nl/tags/, /nl/posts/a, /nl]'),
      'nl/posts/a.md': post('title: A in het Nederlands\ndate: 2024-01-03'),
    });
    const problems = buildIndex(root, false).problems.filter((p) => p.severity === 'error').map(formatProblem);
    expect(problems).toEqual([
      `${displayPath(path.join(root, 'nl/posts/b.md'))}:4 aliases[0]: expected an old path that is not one of this site's own pages (/posts/…, /tags/…, /authors/… and the like), found "/nl/tags", a path of this site's own /nl/tags`,
      `${displayPath(path.join(root, 'nl/posts/b.md'))}:4 aliases[1]: expected an old path no other post claims, found "/nl/posts/a", the address of ${displayPath(path.join(root, 'nl/posts/a.md'))}`,
      `${displayPath(path.join(root, 'nl/posts/b.md'))}:4 aliases[2]: expected an old path that is not one of this site's own pages (/posts/…, /tags/…, /authors/… and the like), found "/nl", the home page of /nl`,
    ]);
  });
});

describe('responses under /<code>/ are the same kinds as at /', () => {
  it('gives feeds, filter JSON, calendar files, cards and bundle files their own policy in every language', () => {
    const sources = headerRules().map((r) => r.source);
    for (const s of ['/:lang/feed.xml', '/:lang/tags/:tag/posts.json', '/:lang/events/:file', '/:lang/og/:path*', '/:lang/posts/:slug/:file', '/:lang/authors/:id/:file']) {
      expect(sources).toContain(s);
    }
    for (const s of ['/:lang/_next/:path*', '/:lang/pagefind/:path*', '/:lang/icon.svg', '/:lang/sitemap.xml']) expect(sources).not.toContain(s);
  });
});
