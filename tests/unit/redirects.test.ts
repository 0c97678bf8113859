import fs from 'node:fs';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '@/lib/content';
import { formatProblem } from '@/lib/content/errors';
import { displayPath } from '@/lib/content/paths';
import {
  buildRedirects,
  hugoPostPaths,
  nextRedirects,
  normaliseOldPath,
  redirectPage,
  redirectPageFile,
  redirectsFile,
  SITE_SEGMENTS,
  type Redirect,
} from '@/lib/routes/redirects';
import { writeOldPathPages } from '@/scripts/postbuild-redirects';
import { makeContent, PNG_1x1, post } from '../helpers/content';

function index(files: Record<string, string | Buffer>, drafts = true) {
  const root = makeContent(files);
  const built = buildIndex(root, drafts);
  const at = (name: string) => displayPath(path.join(root, name));
  return { root, built, at, messages: built.problems.map(formatProblem), redirects: built.redirects.map((r) => `${r.from} → ${r.to}`) };
}

describe('old paths as editors write them', () => {
  it('keeps one form of each path: leading slash, no trailing slash, relative to /post/', () => {
    expect(normaliseOldPath('/post/spring-meetup/')).toBe('/post/spring-meetup');
    expect(normaliseOldPath('  /2019/05/spring  ')).toBe('/2019/05/spring');
    expect(normaliseOldPath('spring-meetup')).toBe('/post/spring-meetup');
    expect(normaliseOldPath('old/spring/')).toBe('/post/old/spring');
    expect(normaliseOldPath('/blog/2019/spring.html')).toBe('/blog/2019/spring.html');
    expect(normaliseOldPath('/café/')).toBe('/caf%C3%A9');
    expect(normaliseOldPath('/Post/Upper_Case~1/')).toBe('/Post/Upper_Case~1');
  });

  it('refuses what is not a path on a site', () => {
    for (const bad of ['', '/', 'https://old.example.org/post/x/', '//old.example.org/x', 'mailto:x@example.org', '/post/x?page=2', '/post/x#top', '/post/../etc', '/post//x', '/post/a b', '/post/x%', '/post/(x)', 'C:\\post']) {
      expect(normaliseOldPath(bad), bad).toBeUndefined();
    }
  });

  it('gives a post its Hugo Blox addresses: folders as Hugo had them, slug: replacing the last', () => {
    expect(hugoPostPaths(['spring-meetup'], 'spring-meetup')).toEqual(['/post/spring-meetup']);
    expect(hugoPostPaths(['2021', 'Spring Meetup'], 'spring-meetup')).toEqual(['/post/2021/spring-meetup', '/post/spring-meetup']);
    expect(hugoPostPaths(['old-name'], 'new-name', 'new-name')).toEqual(['/post/new-name']);
  });
});

describe('the redirect list of a content folder', () => {
  it('sends /post/<slug>, every alias and url: to the post, each path once', () => {
    const { messages, redirects } = index({
      'posts/spring-meetup/index.md': post("title: Spring\ndate: 2024-03-01\naliases:\n  - /2024/03/spring/\n  - spring-2024\n  - /post/spring-meetup/\nurl: /news/spring.html"),
      'posts/2021/autumn.md': post("title: Autumn\ndate: 2021-10-01\naliases: /autumn/\nslug: autumn-2021"),
      'posts/same.md': post("title: Same\ndate: 2021-10-02\naliases: [/posts/same]\nurl:"),
    });
    expect(messages).toEqual([]);
    expect(redirects).toEqual([
      '/2024/03/spring → /posts/spring-meetup',
      '/autumn → /posts/autumn-2021',
      '/news/spring.html → /posts/spring-meetup',
      '/post/2021/autumn-2021 → /posts/autumn-2021',
      '/post/autumn-2021 → /posts/autumn-2021',
      '/post/same → /posts/same',
      '/post/spring-2024 → /posts/spring-meetup',
      '/post/spring-meetup → /posts/spring-meetup',
    ]);
  });

  it('lets a renamed post keep its old /posts/<name> while no post has that name', () => {
    const { messages, redirects } = index({ 'posts/new-name.md': post("title: Renamed\ndate: 2024-03-01\naliases: [/posts/old-name/]") });
    expect(messages).toEqual([]);
    expect(redirects).toContain('/posts/old-name → /posts/new-name');
  });

  it('names the file, line and field of every old path it cannot honour', () => {
    const { messages, redirects, at } = index({
      'posts/a.md': post("title: A\ndate: 2024-03-01\naliases:\n  - /tags/community/\n  - /posts/b/\n  - /post/b/\n  - /shared/old-link/\n  - /posts/a/feature.png"),
      'posts/b.md': post("title: B\ndate: 2024-03-02\nurl: /shared/old-link/"),
      'posts/c.md': post("title: C\ndate: 2024-03-03\naliases:\n  - https://old.example.org/post/c/\n  - /post/c?x=1\nurl: [/c/]"),
      'posts/d.md': post("title: D\ndate: 2024-03-04\naliases: {old: /d/}"),
    });
    expect(messages).toEqual([
      `${at('posts/a.md')}:5 aliases[0]: expected an old path that is not one of this site's own pages (/posts/…, /tags/…, /authors/… and the like), found "/tags/community", a path of this site's own /tags`,
      `${at('posts/a.md')}:6 aliases[1]: expected an old path no other post claims, found "/posts/b", the address of ${at('posts/b.md')}`,
      `${at('posts/a.md')}:7 aliases[2]: expected an old path no other post claims, found "/post/b", the old Hugo address of ${at('posts/b.md')}`,
      `${at('posts/a.md')}:8 aliases[3]: expected an old path no other post claims, found "/shared/old-link", already claimed by ${at('posts/b.md')}:4`,
      `${at('posts/a.md')}:9 aliases[4]: expected an old path that is not one of this site's own pages (/posts/…, /tags/…, /authors/… and the like), found "/posts/a/feature.png", a path of this site's own /posts/…`,
      `${at('posts/c.md')}:5 aliases[0]: expected a path on the old site such as /post/my-old-post/ (no domain, no ? or #), found "https://old.example.org/post/c/"`,
      `${at('posts/c.md')}:6 aliases[1]: expected a path on the old site such as /post/my-old-post/ (no domain, no ? or #), found "/post/c?x=1"`,
      `${at('posts/c.md')}:7 url: expected a path on the old site such as /post/my-old-post/ (no domain, no ? or #), found a list (["/c/"])`,
      `${at('posts/d.md')}:4 aliases: expected a list of old paths (one "- /post/old-name/" per line), found a mapping ({"old":"/d/"})`,
    ]);
    // What could be honoured still is.
    expect(redirects).toContain('/shared/old-link → /posts/b');
    expect(redirects.filter((r) => r.startsWith('/post/a ') || r.startsWith('/post/b '))).toEqual(['/post/a → /posts/a', '/post/b → /posts/b']);
  });

  it('refuses an old path that is another address of the site the way the server matches it: case, escapes, slash, Unicode form', () => {
    const own = "expected an old path that is not one of this site's own pages (/posts/…, /tags/…, /authors/… and the like), found";
    const unique = 'expected an old path no other post claims, found';
    const { messages, redirects, at } = index({
      'site.yaml': 'languages:\n  - code: en\n  - code: nl\n',
      'posts/victim.md': post('title: Victim\ndate: 2024-03-03\naliases: [/café-notes/]'),
      'posts/thief.md': post(
        'title: Thief\ndate: 2024-03-02\naliases:\n  - /Tags/\n  - /Feed.xml\n  - /Pagefind/pagefind.js\n  - /Theme.js\n  - /Og/site.png\n  - /Posts/Victim/\n  - /POST/VICTIM\n  - /%74ags/\n  - /NL/\n  - /Nl/Tags\n  - /cafe\u0301-notes\n  - /CAF%C3%89-Notes/\n  - /Posts/Thief\nurl: /ICON.SVG',
      ),
    });
    expect(messages).toEqual([
      `${at('posts/thief.md')}:5 aliases[0]: ${own} "/Tags", a path of this site's own /tags`,
      `${at('posts/thief.md')}:6 aliases[1]: ${own} "/Feed.xml", a path of this site's own /feed.xml`,
      `${at('posts/thief.md')}:7 aliases[2]: ${own} "/Pagefind/pagefind.js", a path of this site's own /pagefind`,
      `${at('posts/thief.md')}:8 aliases[3]: ${own} "/Theme.js", a path of this site's own /theme.js`,
      `${at('posts/thief.md')}:9 aliases[4]: ${own} "/Og/site.png", a path of this site's own /og`,
      `${at('posts/thief.md')}:10 aliases[5]: ${unique} "/Posts/Victim", the address of ${at('posts/victim.md')}`,
      `${at('posts/thief.md')}:11 aliases[6]: ${unique} "/POST/VICTIM", the old Hugo address of ${at('posts/victim.md')}`,
      `${at('posts/thief.md')}:12 aliases[7]: ${own} "/%74ags", a path of this site's own /tags`,
      `${at('posts/thief.md')}:13 aliases[8]: ${own} "/NL", the home page of /nl`,
      `${at('posts/thief.md')}:14 aliases[9]: ${own} "/Nl/Tags", a path of this site's own /nl/tags`,
      `${at('posts/thief.md')}:15 aliases[10]: ${unique} "/cafe%CC%81-notes", already claimed by ${at('posts/victim.md')}:4`,
      `${at('posts/thief.md')}:16 aliases[11]: ${unique} "/CAF%C3%89-Notes", already claimed by ${at('posts/victim.md')}:4`,
      `${at('posts/thief.md')}:18 url: ${own} "/ICON.SVG", a path of this site's own /icon.svg`,
    ]);
    // The thief's own address in other letters is no redirect (it would send the post to itself).
    expect(redirects.filter((r) => r.endsWith('/posts/thief'))).toEqual(['/post/thief → /posts/thief']);
  });

  it('refuses escapes that hide a dot segment or a slash', () => {
    for (const bad of ['/post/%2e%2e/tags', '/post/%2E/x', '/post%2Ftags', '/post/%5Cx', '/%2F%2Fevil.example']) expect(normaliseOldPath(bad), bad).toBeUndefined();
  });

  it('leaves drafts out of production redirects, and checks them with the rest', () => {
    const files = { 'posts/wip.md': post("title: WIP\ndate: 2024-03-01\ndraft: true\naliases: [/wip/]") };
    expect(index(files, false).redirects).toEqual([]);
    expect(index(files, true).redirects).toEqual(['/post/wip → /posts/wip', '/wip → /posts/wip']);
  });

  it('knows every top-level route and public file of the site', () => {
    // Private folders (`_name`) are not routes; a route group `(site)` holds routes at the top; `[lang]` is a language's prefix.
    const top = (dir: string) =>
      fs.readdirSync(dir, { withFileTypes: true }).filter((e) => (e.isDirectory() && !/^[_([]/.test(e.name)) || /\.(xml|json|txt|svg|png)$/.test(e.name) || /^(robots|sitemap)\.ts$/.test(e.name));
    const own = [...top('app'), ...top('app/(site)'), ...fs.readdirSync('public', { withFileTypes: true })]
      .map((e) => e.name.replace(/^(robots|sitemap)\.ts$/, (_, n: string) => `${n}.${n === 'robots' ? 'txt' : 'xml'}`));
    expect(own.length).toBeGreaterThan(10);
    for (const name of own) expect(SITE_SEGMENTS, name).toContain(name);
  });
});

const SAMPLE: Redirect[] = [
  { from: '/post/spring', to: '/posts/spring', origin: 'hugo', file: 'content/posts/spring.md' },
  { from: '/2019/spring.html', to: '/posts/spring', origin: 'aliases', file: 'content/posts/spring.md' },
];

describe('rendered for each way the site is served', () => {
  it('next start and Vercel: permanent rules without the base path (Next adds it)', () => {
    expect(nextRedirects(SAMPLE)).toEqual([
      { source: '/post/spring', destination: '/posts/spring', permanent: true },
      { source: '/2019/spring.html', destination: '/posts/spring', permanent: true },
    ]);
  });

  it('next start and Vercel: one rule per old prefix for many posts, matching exactly their old paths', () => {
    const many: Redirect[] = Array.from({ length: 400 }, (_, i) => ({ from: `/post/meetup-${i}-notes`, to: `/posts/meetup-${i}-notes`, origin: 'hugo' as const, file: `content/posts/meetup-${i}-notes.md` }));
    const all = [...many, ...SAMPLE, { from: '/2020/café', to: '/posts/café', origin: 'aliases' as const, file: 'content/posts/café.md' }];
    const rules = nextRedirects(all);
    // Next tries every rule on every request: 402 old paths are a handful of rules, none too long for Vercel.
    expect(rules.length).toBeLessThan(10);
    expect(Math.max(...rules.map((r) => r.source.length))).toBeLessThan(4096);
    const matchers = rules.map((r) => ({ match: getPathMatch(r.source), to: r.destination }));
    const follow = (pathname: string) => {
      const hits = matchers.flatMap(({ match, to }) => {
        const params = match(pathname);
        return params ? [to.replace(':slug', String((params as Record<string, string>).slug))] : [];
      });
      expect(hits.length, pathname).toBeLessThanOrEqual(1);
      return hits[0];
    };
    for (const r of all) expect(follow(r.from), r.from).toBe(r.to);
    for (const nowhere of ['/post/meetup-400-notes', '/post/meetup-1', '/post/spring-x', '/post/', '/posts/meetup-1-notes', '/2019/spring', '/post/meetup-1-notes/x']) {
      expect(follow(nowhere), nowhere).toBeUndefined();
    }
  });

  it('_redirects: both slash forms of a folder path, the file path as it is, base path on both sides', () => {
    const lines = redirectsFile(SAMPLE, '/blog').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['/blog/post/spring /blog/posts/spring/ 301', '/blog/post/spring/ /blog/posts/spring/ 301', '/blog/2019/spring.html /blog/posts/spring/ 301']);
    expect(redirectsFile(SAMPLE, '')).toContain('\n/post/spring/ /posts/spring/ 301\n');
  });

  it('writes the page of a non-ASCII old path where a static host looks for it (decoded), never outside its folder', () => {
    const at = (from: string) => redirectPageFile({ from, to: '/posts/x', origin: 'hugo', file: 'posts/x.md' });
    expect(at(normaliseOldPath('/2023/06/חלה-של-יום-שישי/')!)).toBe('2023/06/חלה-של-יום-שישי/index.html');
    expect(at('/a/%2E%2E/b')).toBe('a/%2E%2E/b/index.html');
    expect(at('/a/x%2Fy')).toBe('a/x%2Fy/index.html');
  });

  it('a page per old path that refreshes to the post, names it canonical, stays out of search and shows a link', () => {
    expect(SAMPLE.map(redirectPageFile)).toEqual(['post/spring/index.html', '2019/spring.html']);
    const html = redirectPage(SAMPLE[0]!, '/blog', 'https://notes.example.org/', 'Spring & "more"');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/blog/posts/spring/">');
    expect(html).toContain('<link rel="canonical" href="https://notes.example.org/blog/posts/spring/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="icon" href="/blog/icon.svg" type="image/svg+xml">');
    expect(html).toContain('<a href="/blog/posts/spring/">Spring &amp; &quot;more&quot;</a>');
  });

  it('postbuild writes those pages and _redirects into the export, never over a page of the site', () => {
    const cwd = makeContent({
      'content/posts/spring/index.md': post("title: Spring\ndate: 2024-03-01\naliases: [/2019/spring.html]"),
      'content/posts/spring/featured.png': PNG_1x1,
      'content/site.yaml': 'url: https://notes.example.org\nlanguage: de\n',
      'out/index.html': '<!DOCTYPE html>',
    });
    const out = path.join(cwd, 'out');
    expect(writeOldPathPages(out, { BASE_PATH: '/blog' }, cwd)).toEqual(['/2019/spring.html', '/post/spring']);
    const page = fs.readFileSync(path.join(out, 'post/spring/index.html'), 'utf8');
    expect(page).toContain('url=/blog/posts/spring/"');
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<title>Moved: Spring</title>');
    expect(fs.readFileSync(path.join(out, '2019/spring.html'), 'utf8')).toContain('href="https://notes.example.org/blog/posts/spring/"');
    expect(fs.readFileSync(path.join(out, '_redirects'), 'utf8')).toContain('\n/blog/post/spring/ /blog/posts/spring/ 301\n');
    // Run again over its own output: the pages it wrote are there now, and it refuses to hide one.
    expect(() => writeOldPathPages(out, {}, cwd)).toThrow(/the old path \/2019\/spring\.html \(.*spring\/index\.md\) is a page of this site/);
  });
});
