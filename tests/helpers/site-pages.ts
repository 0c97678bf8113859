/**
 * Every page and file the default language's routes make (app/(site)/, as `next build` finds
 * them): each route's `generateStaticParams`, then its page (with its metadata) or its handler,
 * called as Next calls them. Social card images (og/) are left out: they are PNGs drawn by
 * next/og, seconds each, and tests/integration/social-cards.test.ts renders them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';

const APP = path.resolve('app/(site)');

function routeFiles(dir = APP): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'og' ? [] : routeFiles(full);
    return /^(page\.tsx|route\.tsx?)$/.test(e.name) ? [full] : [];
  });
}

interface RouteModule {
  generateStaticParams?: () => unknown[] | Promise<unknown[]>;
  generateMetadata?: (props: { params: Promise<unknown> }) => unknown;
  default?: (props: { params: Promise<unknown>; searchParams: Promise<Record<string, string>> }) => unknown;
  GET?: (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
}

export interface RenderedPage {
  /** The route's address with its params filled in: /tags/community. */
  url: string;
  status: number;
  /** A page (HTML from a React tree) or a file a handler answers with (feed, JSON, calendar, image). */
  kind: 'page' | 'file';
  body: string;
}

/** Renders every page of the site in CONTENT_DIR; a page that throws fails with its address. */
export async function renderEveryPage(): Promise<RenderedPage[]> {
  const out: RenderedPage[] = [];
  for (const file of routeFiles()) {
    const mod = (await import(file)) as RouteModule;
    const pattern = `/${path.relative(APP, path.dirname(file)).split(path.sep).join('/')}`.replace(/\/$/, '') || '/';
    const list = mod.generateStaticParams ? await mod.generateStaticParams() : [{}];
    for (const params of list as Record<string, string>[]) {
      const url = pattern.replace(/\[(\w+)\]/g, (_, k: string) => params[k] ?? `[${k}]`);
      try {
        if (mod.GET) {
          const response = await mod.GET(new Request(`http://127.0.0.1${url}`), { params: Promise.resolve(params) });
          out.push({ url, status: response.status, kind: 'file', body: await response.text() });
          continue;
        }
        await mod.generateMetadata?.({ params: Promise.resolve(params) });
        const element = await mod.default!({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
        out.push({ url, status: 200, kind: 'page', body: renderToString(element as ReactElement) });
      } catch (err) {
        // notFound() is a 404 page: a placeholder param of an empty static route.
        if ((err as { digest?: string }).digest?.endsWith(';404')) {
          out.push({ url, status: 404, kind: mod.GET ? 'file' : 'page', body: '' });
          continue;
        }
        throw new Error(`${url} did not render: ${err instanceof Error ? err.stack : String(err)}`);
      }
    }
  }
  return out;
}
