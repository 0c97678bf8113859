/**
 * Embeds a site allows by name (`embeds:` in site.yaml): each a fixed origin and URL shape. An
 * allowed iframe is framed lazily, sandboxed and without a full referrer, and only its pages' CSP
 * frame-src names the provider; any other iframe with a web address becomes a link to it, with a
 * located warning; a name site.yaml does not know is a located error.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildIndex, embedPages, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { addCspMeta } from '@/lib/security/csp-hashes';
import { allowedEmbed, EMBED_NAMES, embedProvider, embedsIn, embedsOnPage } from '@/lib/embeds';
import { withAllowedEmbeds } from '@/lib/routes/page-language';
import { mdxComponents } from '@/components/mdx';
import { headerRules, headersFile, vercelHeaders } from '@/lib/security/headers';
import { parseHeadersFile, headersPatternMatches } from '../e2e/headers-file';
import { compileProblems, renderPostBody } from '../helpers/render';
import { makeContent, post } from '../helpers/content';

const FM = 'title: T\ndate: 2024-01-01';
const SLIDES = 'https://docs.google.com/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/embed?start=false&amp;loop=false';
const SLIDES_URL = SLIDES.replace(/&amp;/g, '&');
const OSM = 'https://www.openstreetmap.org/export/embed.html?bbox=34.98,32.79,35.01,32.81&layer=mapnik';

describe('embed providers', () => {
  it('know each provider by its origin and path, and nothing that only looks like one', () => {
    expect(embedProvider(SLIDES_URL)?.name).toBe('google-slides');
    expect(embedProvider('https://docs.google.com/forms/d/e/1FAIpQLSfAKEformForVolunteers/viewform?embedded=true')?.name).toBe('google-forms');
    expect(embedProvider('https://docs.google.com/document/d/e/2PACX-1vFakeDocumentId12/pub?embedded=true')?.name).toBe('google-docs');
    expect(embedProvider(OSM)?.name).toBe('openstreetmap');
    expect(embedProvider('https://www.google.com/maps/embed?pb=!1m18!1m12')?.name).toBe('google-maps');
    for (const url of [
      'http://docs.google.com/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/embed',
      'https://docs.google.com.evil.example/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/embed',
      'https://docs.google.com:8443/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/embed',
      'https://user@docs.google.com/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/embed',
      'https://docs.google.com/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/edit',
      'https://docs.google.com/uc?export=download&id=abc',
      'https://www.google.com/search?q=maps',
      'javascript:alert(1)',
      '/presentation/d/e/2PACX-1vQx7Jm3sAnnualReport2025/embed',
    ]) {
      expect(embedProvider(url), url).toBeUndefined();
    }
  });

  it('are allowed only by name: a provider the site did not name is not allowed', () => {
    expect(allowedEmbed(SLIDES_URL, ['openstreetmap'])).toBeUndefined();
    expect(allowedEmbed(SLIDES_URL, ['google-slides'])?.source).toBe('https://docs.google.com/presentation/');
    expect(embedsIn(`<iframe src="${SLIDES}"></iframe>\n<iframe src='${OSM}'></iframe>\n<iframe src="https://evil.example/"></iframe>`, ['google-slides', 'openstreetmap'])).toEqual(['google-slides', 'openstreetmap']);
    expect(embedsIn(`<iframe src="${SLIDES}"></iframe>`, [])).toEqual([]);
  });
});

describe('embeds: in site.yaml', () => {
  const site = (yaml: string) => {
    const root = makeContent({ 'site.yaml': `title: Makers\nurl: https://makers.example.org\n${yaml}`, 'posts/a.md': post(FM) });
    const index = buildIndex(root, false);
    return { index, messages: index.problems.map(formatProblem), file: displayPath(`${root}/site.yaml`) };
  };

  it('takes provider names, as a list or one name; blank entries from a template are dropped', () => {
    expect(site('embeds:\n  - google-slides\n  -\n  - openstreetmap\n').index.site.embeds).toEqual(['google-slides', 'openstreetmap']);
    expect(site('embeds: google-forms\n').index.site.embeds).toEqual(['google-forms']);
    expect(site('').index.site.embeds).toEqual([]);
  });

  it('names the file, line and entry of an unknown name, an origin, or a name an object has', () => {
    const { messages, file } = site('embeds:\n  - google-slides\n  - google-slide\n  - https://docs.google.com\n  - constructor\n  - __proto__\n');
    const expected = `an embed provider: ${EMBED_NAMES.join(', ')}`;
    expect(messages).toEqual([
      `${file}:5 embeds[1]: expected ${expected}, found "google-slide"`,
      `${file}:6 embeds[2]: expected ${expected}, found "https://docs.google.com"`,
      `${file}:7 embeds[3]: expected ${expected}, found "constructor"`,
      `${file}:8 embeds[4]: expected ${expected}, found "__proto__"`,
    ]);
  });
});

describe('an iframe in a post', () => {
  it('of an allowed provider is framed lazily, sandboxed, with a link under it, and no warning', async () => {
    await withAllowedEmbeds(['google-slides'], async () => {
      for (const name of ['posts/a.md', 'posts/a.mdx']) {
        const files = { [name]: post(FM, `\nOur year in slides:\n\n<iframe src="${SLIDES}" width="960" height="569" title="Annual report" allowfullscreen="true" onload="alert(1)"></iframe>\n`) };
        expect((await compileProblems(files)).problems).toEqual([]);
        const html = await renderPostBody(files);
        expect(html).toContain(
          `<figure class="video-embed embed embed-google-slides"><div class="video-frame"><iframe src="${SLIDES_URL.replace(/&/g, '&amp;')}" title="Annual report" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" allow="fullscreen" referrerPolicy="strict-origin-when-cross-origin" data-embed="google-slides"></iframe></div>`,
        );
        expect(html).toContain(`<figcaption><a href="${SLIDES_URL.replace(/&/g, '&amp;')}" rel="noopener noreferrer">Annual report on Google Slides</a></figcaption>`);
        expect(html).not.toMatch(/onload|alert/);
        expect(embedsOnPage(html)).toEqual(['google-slides']);
      }
    });
  });

  it('that the site does not allow becomes a link to what it showed, with the line and what to do', async () => {
    const body = `\nBefore.\n\n<iframe src="${SLIDES}" title="Annual report"></iframe>\n\n<iframe src="https://boards.example.net/shifts" width="600"></iframe>\n\nSign up in <iframe src="https://boards.example.net/inline"></iframe> today.\n\n<iframe src="javascript:alert(1)"></iframe>\n\n<iframe srcdoc="<script>alert(1)</script>"></iframe>\n`;
    const { root, problems } = await compileProblems({ 'posts/a.md': post(FM, body) });
    const at = displayPath(`${root}/posts/a.md`);
    const others = `a YouTube or Vimeo embed, or one of the providers embeds: in content/site.yaml can allow (${EMBED_NAMES.join(', ')}); it became a link`;
    expect(problems).toEqual([
      `${at}:8 warning: html: expected an embed the site allows; add google-slides to embeds: in content/site.yaml to show it (it became a link), found <iframe src="https://docs.google.com/presentation/d/e/2PACX-1vQx7Jm3sAnn…">`,
      `${at}:10 warning: html: expected ${others}, found <iframe src="https://boards.example.net/shifts">`,
      `${at}:12 warning: html: expected ${others}, found <iframe src="https://boards.example.net/inline">`,
      `${at}:14 warning: html: expected an iframe with an https:// address of an embed the site allows; it was removed, found <iframe src="javascript:alert(1)">`,
      `${at}:16 warning: html: expected an iframe with an https:// address of an embed the site allows; it was removed, found <iframe>`,
    ]);
    const html = await renderPostBody({ 'posts/a.md': post(FM, body) });
    expect(html).not.toMatch(/<iframe|javascript:|srcdoc/);
    expect(html).toContain(`<p><a href="${SLIDES_URL.replace(/&/g, '&amp;')}" rel="noopener noreferrer">Annual report</a></p>`);
    expect(html).toContain('<p><a href="https://boards.example.net/shifts" rel="noopener noreferrer">https://boards.example.net/shifts</a></p>');
    // Inside a sentence it stays in the sentence: no paragraph in a paragraph.
    expect(html).toContain('<p>Sign up in <a href="https://boards.example.net/inline" rel="noopener noreferrer">https://boards.example.net/inline</a> today.</p>');
  });

  it('written as <Embed> in MDX renders only an allowed provider', async () => {
    await withAllowedEmbeds(['openstreetmap'], async () => {
      const { Embed } = mdxComponents(undefined, 'he');
      expect(renderToStaticMarkup(Embed({ src: 'https://evil.example/embed.html' }))).toBe('');
      expect(renderToStaticMarkup(Embed({ src: SLIDES_URL }))).toBe('');
      const map = renderToStaticMarkup(Embed({ src: OSM }));
      expect(map).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
      // The caption speaks the post's language; the frame is named by the provider when untitled.
      expect(map).toContain('>\u2068OpenStreetMap\u2069 ב־\u2068OpenStreetMap\u2069</a>');
    });
  });

  it('an element named like an object property is kept as text, not mistaken for a rule', async () => {
    const { root, problems } = await compileProblems({ 'posts/a.md': post(FM, '\n<constructor>kept</constructor> <__proto__>too</__proto__>\n') });
    expect(problems).toEqual([
      `${displayPath(`${root}/posts/a.md`)}:6 warning: html: expected HTML tags the site allows (<constructor> is not one; its text was kept), found <constructor>`,
    ]);
  });
});

describe('the Content-Security-Policy of pages with embeds', () => {
  const pages = [{ path: '/posts/report', sources: ['https://docs.google.com/presentation/'] }, { path: '/en/posts/report', sources: ['https://docs.google.com/presentation/'] }];
  const frameSrc = (policy: string) => /frame-src ([^;]*)/.exec(policy)?.[1];

  it('names the provider in frame-src on those pages only, for next start, Vercel and _headers', () => {
    const rules = headerRules({}, pages);
    const policyFor = (p: string) => rules.filter((r) => r.source === p || r.source === '/:path*').flatMap((r) => r.headers).filter((h) => h.key === 'Content-Security-Policy').at(-1)!.value;
    expect(frameSrc(policyFor('/:path*'))).toBe('https://www.youtube-nocookie.com https://player.vimeo.com');
    expect(frameSrc(policyFor('/posts/report'))).toBe('https://www.youtube-nocookie.com https://player.vimeo.com https://docs.google.com/presentation/');
    expect(vercelHeaders({}, pages).map((r) => r.source)).toEqual(expect.arrayContaining(['/posts/report', '/posts/report/', '/en/posts/report/']));
    const file = parseHeadersFile(headersFile([], {}, pages));
    const applied = (p: string) => file.filter((r) => headersPatternMatches(r.pattern, p)).flatMap((r) => r.headers).filter((h) => h.key === 'Content-Security-Policy').at(-1)!.value;
    expect(frameSrc(applied('/posts/report/'))).toContain('https://docs.google.com/presentation/');
    expect(frameSrc(applied('/posts/other/'))).not.toContain('docs.google.com');
    // A path a path-to-regexp pattern would read as syntax matches only itself.
    expect(headerRules({}, [{ path: '/posts/a(b)', sources: ['https://archive.org/embed/'] }]).at(-1)!.source).toBe('/posts/a\\(b\\)');
  });

  it('keeps the page meta from blocking the embed when comments narrow frame-src', () => {
    const page = '<html><head><meta charSet="utf-8"/></head><body><section data-comments-thread="x"></section><iframe src="x" data-embed="google-slides"></iframe></body></html>';
    const community = { url: 'https://makers.example.org', comments: { provider: 'utterances', repo: 'a/b', mapping: 'pathname', theme: 'preferred-color-scheme', label: undefined } } as never;
    const { html, embeds } = addCspMeta(page, community);
    expect(embeds).toEqual(['google-slides']);
    expect(/<meta http-equiv="Content-Security-Policy" content="[^"]*frame-src [^";]*https:\/\/docs\.google\.com\/presentation\//.test(html)).toBe(true);
  });

  it('are found in the index, in each language', () => {
    const root = makeContent({
      'site.yaml': 'title: Makers\nurl: https://makers.example.org\nlanguage: he\nlanguages: [he, en]\nembeds: [google-slides]\n',
      'posts/report.md': post(FM, `\n<iframe src="${SLIDES}"></iframe>\n`),
      'posts/report.en.md': post(FM, `\n<iframe src="${SLIDES}"></iframe>\n`),
      'posts/plain.md': post(FM, '\n<iframe src="https://boards.example.net/x"></iframe>\n'),
    });
    expect(embedPages(buildIndex(root, false))).toEqual(pages);
  });
});
