/**
 * Two bilingual Hugo sites moved in whole with `npm run import:hugo`:
 * - tests/fixtures/hugo-bilingual-blox: Hugo Blox, Spanish default and English, each language in
 *   its contentDir with its own author profiles, an R Markdown report published as index.html,
 *   translations by the same path and by translationKey with different file names;
 * - tests/fixtures/hugo-rtl-blog: another theme, Hebrew (right to left) default and English by
 *   file-name suffix, `permalinks` with dates (the English ones in a form of their own).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, formatProblem, getTranslationsIn, type ContentIndex } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { importHugoSite } from '@/lib/hugo-import/import';
import { compilePost } from '@/lib/mdx/compile';
import { withLanguage } from '@/lib/routes/page-language';
import { migrationReport } from '@/scripts/import-hugo';
import * as authorPage from '@/app/(site)/authors/[id]/page';
import * as langAuthorPage from '@/app/[lang]/authors/[id]/page';
import { useContentDir } from '../helpers/blog';
import { makeContent, post } from '../helpers/content';

const importInto = (fixture: string) => {
  const into = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hugo-multilingual-')), 'content');
  return { into, result: importHugoSite({ source: path.resolve('tests/fixtures', fixture), into }) };
};
const params = <P extends object>(p: P) => ({ params: Promise.resolve(p) });
const render = async (lang: string, page: () => Promise<unknown>) => withLanguage(lang, async () => renderToString((await page()) as ReactElement));
const translationsOf = (index: ContentIndex, lang: string, slug: string) =>
  getTranslationsIn(index, index.byLanguage.get(lang)!.posts.find((p) => p.slug === slug)!).map((p) => `${p.lang}:${p.slug}`);

describe('a bilingual Hugo Blox site (Spanish default, English)', () => {
  let into: string;
  let index: ContentIndex;
  const useContent = useContentDir();
  beforeAll(() => {
    ({ into } = importInto('hugo-bilingual-blox'));
    index = buildIndex(into, false);
  });
  beforeEach(() => useContent(into));

  it("copies each language's author profiles, and says nothing is shared", () => {
    const { into: again, result } = importInto('hugo-bilingual-blox');
    expect(result.changes).toContain('content/en/authors/ → en/authors/ (1 file; en content is under en/ here)');
    expect(result.notes.join('\n')).not.toMatch(/shared by every language/);
    expect(fs.existsSync(path.join(again, 'en/authors/admin/_index.md'))).toBe(true);
  });

  it('shows the English profile on /en/authors/admin and the Spanish one on /authors/admin; an author without an English profile keeps the Spanish', async () => {
    const es = await render('es', () => authorPage.default(params({ id: 'admin' })));
    const en = await render('en', () => langAuthorPage.default(params({ lang: 'en', id: 'admin' })));
    expect(es).toContain('Coordinadora de la comunidad');
    expect(es).toContain('maestra de primaria');
    expect(en).toContain('Community coordinator');
    expect(en).toContain('taught primary school');
    expect(en).not.toContain('maestra de primaria');
    const lucia = await render('en', () => langAuthorPage.default(params({ lang: 'en', id: 'lucia-ramos' })));
    expect(lucia).toContain('Docente de ciencias');
    // The English pages' bylines take the English profiles.
    expect(index.authorsByLanguage.get('en')!.get('admin')!.bio).toBe('Marta has supported the study groups since 2019.');
  });

  it('links translations by their path in each language folder and by translationKey', () => {
    expect(translationsOf(index, 'es', 'bienvenida')).toEqual(['en:bienvenida']);
    expect(translationsOf(index, 'es', 'taller-de-datos')).toEqual(['en:data-workshop']);
    expect(translationsOf(index, 'en', 'data-workshop')).toEqual(['es:taller-de-datos']);
    expect(translationsOf(index, 'es', 'solo-en-espanol')).toEqual([]);
  });

  it('publishes the R Markdown report (index.html) as a post: its script and onclick removed, each named on its line', async () => {
    const report = index.posts.find((p) => p.slug === 'informe-anual-2023')!;
    expect([report.format, report.title, report.summary]).toEqual(['html', 'Informe anual 2023', 'Lo que hicimos en 2023, en cifras.']);
    const { content, warnings, headings } = await compilePost(report);
    const file = displayPath(report.file);
    expect(warnings.map(formatProblem)).toEqual([
      `${file}:12 warning: html: expected no <script>: posts cannot run code in a visitor's browser; it was removed, found <script src="index_files/htmlwidgets/htmlwidgets.js">`,
      `${file}:17 warning: html: expected HTML tags the site allows (<button> is not one; its text was kept), found <button>`,
      `${file}:17 warning: html: expected no event handler attributes (on…): posts cannot run code in a visitor's browser; it was removed, found onclick="alert('hola')"`,
      `${file}:27 warning: html: expected no <script>: posts cannot run code in a visitor's browser; it was removed, found <script>`,
    ]);
    const html = renderToString(content);
    expect(html).not.toMatch(/<script|onclick|alert\(/i);
    expect(html).toContain('<strong>214 docentes</strong>');
    // Its bundle file is served from the post's folder, the table and the code kept.
    expect(html).toMatch(/<img[^>]* src="\/posts\/informe-anual-2023\/grafico-participacion\.png"/);
    expect(html).toContain('<td>Agosto</td>');
    expect(html).toContain('resumen &lt;- table(talleres$mes)');
    expect(headings.map((h) => h.text)).toEqual(['Participación', 'Talleres']);
    // The report's files (index_files/, the .Rmd source) do not become pages.
    expect(index.everyPost.filter((p) => p.file.startsWith(path.dirname(report.file))).length).toBe(1);
  });

  it('lists each language\'s old address in the migration report', async () => {
    const { lines } = await migrationReport(importInto('hugo-bilingual-blox').result);
    expect(lines).toEqual(expect.arrayContaining([
      '  /post/taller-de-datos/ → https://aulaabierta.example.edu/posts/taller-de-datos',
      '  /en/post/data-workshop/ → https://aulaabierta.example.edu/en/posts/data-workshop',
      '  /post/informe-anual-2023/ → https://aulaabierta.example.edu/posts/informe-anual-2023',
    ]));
  });
});

describe('a right-to-left Hugo site with permalinks (Hebrew default, English)', () => {
  let into: string;
  let index: ContentIndex;
  beforeAll(() => {
    ({ into } = importInto('hugo-rtl-blog'));
    index = buildIndex(into, false);
  });

  it('carries the permalinks, per language, and the posts section into site.yaml; says what it left behind', () => {
    const { result } = importInto('hugo-rtl-blog');
    expect(index.site.hugo).toEqual({
      section: 'posts',
      permalinks: { posts: '/:year/:month/:slug/', notes: '/notes/:year/:yearday/:contentbasename/' },
      uglyURLs: false,
      defaultContentLanguageInSubdir: false,
      languages: { en: { permalinks: { posts: '/:year/:monthname/:slugorfilename/' } } },
    });
    expect(index.site.languages.map((l) => [l.code, l.dir])).toEqual([['he', 'rtl'], ['en', undefined]]);
    expect(result.notes).toContain('content/notes/ not copied: only posts (the sections post, posts, blog), authors and events move; list notes in mainSections to bring its pages as posts');
  });

  it("redirects each post's real old address in both languages", () => {
    expect(index.redirects.map((r) => `${decodeURI(r.from)} → ${r.to}`).sort()).toEqual([
      '/2023/04/introducing-rusmux → /posts/introducing-rusmux',
      '/2023/06/חלה-של-יום-שישי → /posts/challah',
      '/2023/12/year-in-review-2023 → /posts/year-in-review-2023',
      '/2024/01/annual-report → /posts/annual-report',
      '/en/2023/april/introducing-rusmux → /en/posts/introducing-rusmux',
      '/en/2023/june/friday-bread → /en/posts/friday-bread',
      '/recipes/challah → /posts/challah',
    ]);
  });

  it('links translations by file name (x.en.md) and by translationKey with different names', () => {
    expect(translationsOf(index, 'he', 'introducing-rusmux')).toEqual(['en:introducing-rusmux']);
    expect(translationsOf(index, 'he', 'challah')).toEqual(['en:friday-bread']);
    expect(translationsOf(index, 'en', 'friday-bread')).toEqual(['he:challah']);
  });
});

describe('the HTML an HTML page is shown with', () => {
  it('is not a component a Markdown or MDX post can name', async () => {
    const root = makeContent({ 'posts/x.mdx': post('title: X\ndate: 2024-01-01', '\n<RawHtml html="<img src=x onerror=alert(1)>" />\n') });
    const x = buildIndex(root, false).posts[0]!;
    await expect(compilePost(x)).rejects.toThrow(/body: expected a known component \(.*\), found <RawHtml>/);
  });
});

describe('hugo: in site.yaml', () => {
  it('names the line of a pattern Hugo would not expand', () => {
    const root = makeContent({
      'site.yaml': 'title: T\nhugo:\n  section: posts\n  permalinks:\n    posts: /:year/:postname/\n',
      'posts/a.md': post('title: A\ndate: 2024-01-01'),
    });
    expect(buildIndex(root, false).problems.map(formatProblem)).toEqual([
      `${displayPath(path.join(root, 'site.yaml'))}:5 hugo.permalinks.posts: expected a Hugo permalink pattern such as /:year/:month/:slug/ (tokens: :year :month :monthname :day :weekday :weekdayname :yearday :section :sections :title :slug :slugorfilename :filename :contentbasename), found "/:year/:postname/"`,
    ]);
  });

  it('sends a page that Hugo served at its own address (/posts/:slug/) nowhere: no redirect loop', () => {
    const root = makeContent({
      'site.yaml': 'title: T\nhugo:\n  section: posts\n  permalinks:\n    posts: /posts/:slugorfilename/\n',
      'posts/a.md': post('title: A\ndate: 2024-01-01'),
      'posts/b.md': post('title: B\ndate: 2024-01-02\nslug: bee'),
    });
    expect(buildIndex(root, false).redirects).toEqual([]);
  });
});
