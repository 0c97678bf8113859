/**
 * The route table (lib/routes/table.ts) is the one list of what the site serves at the top of its
 * paths: app/ and public/ hold exactly its rows, every other list is read from it, and
 * app/[lang]/'s routes are what the generator writes from it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_FILES, LANGUAGE_ROUTES, ROUTES, SITE_SEGMENTS, SITEMAP_FILE, responsePaths } from '@/lib/routes/table';
import { languageWrappers } from '@/lib/routes/language-wrappers';
import { LANGUAGE_ROUTES as URL_ROUTES } from '@/lib/routes/urls';
import { SITE_SEGMENTS as OLD_PATH_SEGMENTS } from '@/lib/routes/redirects';
import { RESPONSE_KINDS } from '@/lib/security/headers';
import { FEED_PATHS, feedPaths } from '@/lib/publish/feed-paths';
import { robotsRules } from '@/lib/publish/robots';
import { editorSchema, SITE_PATHS } from '@/lib/editor/backend';

const rows = (scope: 'language' | 'shared', from: string) => ROUTES.filter((r) => r.scope === scope && r.from === from).map((r) => r.segment).sort();

/** What a folder serves at its top: route folders, and the metadata files Next turns into robots.txt, sitemap.xml and icon.svg. */
function served(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      if (e.isDirectory()) return /^[_([]/.test(e.name) ? [] : [e.name];
      if (e.name === 'robots.ts') return ['robots.txt'];
      if (e.name === 'sitemap.ts') return [SITEMAP_FILE];
      return /\.(svg|png|ico|xml|txt)$/.test(e.name) ? [e.name] : [];
    })
    .sort();
}

/** What app/[lang]/ holds besides its hand-written layout and not-found page. */
function languageTree(dir = 'app/[lang]', rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const file = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return languageTree(dir, file);
    return file === 'layout.tsx' || file === 'not-found.tsx' ? [] : [file];
  });
}

describe('the route table', () => {
  it('has a row for every route folder of app/(site)/ and every language row has its folder (and the reverse)', () => {
    expect(served('app/(site)')).toEqual(rows('language', 'app'));
  });

  it('has a row for every route and metadata file at the top of app/ and every row made by app/ is there', () => {
    expect(served('app')).toEqual(rows('shared', 'app'));
  });

  it('knows every file in public/ (generated folders included) and finds each public row there', () => {
    const inPublic = fs.readdirSync('public');
    for (const name of inPublic) expect(SITE_SEGMENTS, `public/${name}`).toContain(name);
    for (const name of rows('shared', 'public')) expect(inPublic, name).toContain(name);
  });

  it('names each segment once', () => {
    expect(new Set(SITE_SEGMENTS).size).toBe(ROUTES.length);
  });

  it('is where every other list comes from', () => {
    expect(URL_ROUTES).toBe(LANGUAGE_ROUTES);
    expect(OLD_PATH_SEGMENTS).toBe(SITE_SEGMENTS);
    expect(Object.values(FEED_PATHS)).toEqual(Object.values(FEED_FILES).map((f) => `/${f}`));
    expect(robotsRules({ url: 'https://example.org' } as never).sitemap).toBe(`https://example.org/${SITEMAP_FILE}`);
    const kinds = RESPONSE_KINDS.flatMap((k) => k.sources).filter((s) => !s.startsWith('/:lang/'));
    const fromTable = ROUTES.flatMap((r) => Object.values(r.responses ?? {}).flat());
    for (const source of fromTable) expect(kinds.some((k) => k === source || k.startsWith(`${source}(`)), source).toBe(true);
    for (const scoped of ROUTES.filter((r) => r.feedsBeside)) {
      for (const file of Object.values(FEED_FILES)) expect(kinds).toContain(`${scoped.feedsBeside!.pattern}/${file}`);
    }
    expect(responsePaths('feed:rss')).toEqual(['/feed.xml', '/tags/:tag/feed.xml', '/categories/:category/feed.xml', '/authors/:id/feed.xml']);
  });

  it("puts each scope's feeds where its row says, one row a scope", () => {
    const scoped = ROUTES.filter((r) => r.feedsBeside);
    expect(scoped.map((r) => r.feedsBeside!.scope).sort()).toEqual(['author', 'category', 'tag']);
    for (const row of scoped) {
      const { scope, pattern } = row.feedsBeside!;
      const page = pattern.replace(/:\w+$/, 'x');
      expect(feedPaths({ kind: scope, slug: 'x', name: 'X' })).toEqual({ rss: `${page}/feed.xml`, atom: `${page}/atom.xml`, json: `${page}/feed.json` });
    }
  });

  it("keeps the browser editor off every path the site serves, its own row (/admin) aside", () => {
    expect([...SITE_PATHS, '/admin'].sort()).toEqual(SITE_SEGMENTS.map((s) => `/${s}`).sort());
    expect(SITE_PATHS).toEqual(expect.arrayContaining(['/_next', '/katex', '/mermaid', '/og', '/feed.xml', '/atom.xml', '/feed.json']));
    const accepts = (path: string) => editorSchema.safeParse({ enabled: true, path }).success;
    for (const row of ROUTES.filter((r) => /^[a-z0-9-]+$/.test(r.segment))) {
      expect(accepts(`/${row.segment}`), row.segment).toBe(row.segment === 'admin');
      expect(accepts(`/${row.segment}/edit`), row.segment).toBe(row.segment === 'admin');
    }
    expect(accepts('/write')).toBe(true);
  });

  it('serves every language route under /:lang with the same policy, and no shared file', () => {
    const sources = RESPONSE_KINDS.flatMap((k) => k.sources);
    for (const source of sources.filter((s) => !s.startsWith('/:lang/'))) {
      const first = source.slice(1).split('/')[0]!;
      expect(sources.includes(`/:lang${source}`), source).toBe(LANGUAGE_ROUTES.has(first));
    }
  });
});

describe('app/[lang]/', () => {
  it('holds exactly the routes `npm run routes` writes from the table, as it writes them', () => {
    const wanted = languageWrappers();
    expect(languageTree().sort()).toEqual([...wanted.keys()].sort());
    for (const [file, text] of wanted) expect(fs.readFileSync(path.join('app/[lang]', file), 'utf8'), file).toBe(text);
  });

  it('writes a page with static params, a route handler without, and the home page', () => {
    expect(wanted('posts/[slug]/page.tsx')).toContain('inLanguageParams(site.generateStaticParams)');
    expect(wanted('feed.xml/route.ts')).toContain('inLanguageRouteParams()');
    expect(wanted('page.tsx')).toContain("import * as site from '@/app/(site)/page';");
  });
});

const wanted = (file: string) => languageWrappers().get(file) ?? '';
