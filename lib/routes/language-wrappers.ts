/**
 * The routes of app/[lang]/, written from the route table: every route in app/(site)/ under a
 * segment the table says every language has gets a twin at the same path under app/[lang]/ that
 * runs it in the language of its `lang` param (app/_routes/language-scope.ts). Next 16 has no way
 * to serve one tree both at / and under an optional prefix without a catch-all that would swallow
 * every other route, so the twins stay, but nobody writes them by hand: `npm run routes` writes
 * them and tests/unit/route-table.test.ts fails when a file differs from what this returns.
 * app/[lang]/layout.tsx and not-found.tsx are not routes and are written by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGE_ROUTES } from './table';

const SITE = path.join('app', '(site)');
const ROUTE_FILE = /^(page\.tsx|route\.tsx?)$/;

/** The route files (page.tsx, route.ts, route.tsx) under a folder, as paths relative to it. */
function routeFiles(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return routeFiles(root, rel);
    return ROUTE_FILE.test(e.name) ? [rel] : [];
  });
}

/** The twin of one (site) route file: a page or a route handler, with static params when its path has a dynamic segment. */
function wrapper(file: string): string {
  const dir = path.posix.dirname(file);
  const route = dir === '.' ? '/' : `/${dir}`;
  const module = `@/app/(site)/${file.replace(/\.tsx?$/, '')}`;
  const dynamic = dir.includes('[');
  const head = [
    `/** ${route} in another language: the (site) route of the same path (app/_routes/language-scope.ts). */`,
    `import * as site from '${module}';`,
  ];
  if (file.endsWith('page.tsx')) {
    return [
      ...head,
      `import { inLanguageMetadata, inLanguagePage${dynamic ? ', inLanguageParams' : ''} } from '@/app/_routes/language-scope';`,
      '',
      ...(dynamic ? ['export const dynamicParams = false;', 'export const generateStaticParams = inLanguageParams(site.generateStaticParams);'] : []),
      'export const generateMetadata = inLanguageMetadata(site.generateMetadata);',
      'export default inLanguagePage(site.default);',
      '',
    ].join('\n');
  }
  return [
    ...head,
    `import { inLanguageHandler, inLanguageRouteParams } from '@/app/_routes/language-scope';`,
    '',
    `export const dynamic = 'force-static';`,
    'export const dynamicParams = false;',
    `export const generateStaticParams = inLanguageRouteParams(${dynamic ? 'site.generateStaticParams' : ''});`,
    'export const GET = inLanguageHandler(site.GET);',
    '',
  ].join('\n');
}

/** Path under app/[lang]/ → its text, for every (site) route in a language segment (and the home page). */
export function languageWrappers(root = process.cwd()): Map<string, string> {
  const files = routeFiles(path.join(root, SITE)).filter((f) => f === 'page.tsx' || LANGUAGE_ROUTES.has(f.split('/')[0]!));
  return new Map(files.sort().map((f) => [f, wrapper(f)]));
}
