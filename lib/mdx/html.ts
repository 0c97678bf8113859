/**
 * A post body as an HTML string, for feeds that carry whole posts. It is the same compile as the
 * post page (compilePost), rendered with react-dom/server.
 *
 * Why the indirect require: route handlers are bundled for the React Server Components layer,
 * where Next resolves `react-dom/server` to a stub that refuses to load ("You're importing a
 * component that imports react-dom/server"). Compiled without client islands (`islands: false`),
 * the body is plain elements and hook-free server components, so the ordinary Node build of
 * react-dom/server renders it; we load that build from node_modules at run time, out of the
 * bundler's sight. Feeds are prerendered at build time. A new editor component with a client
 * island needs an `islands: false` form too, or whole-post feeds fail the build naming it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';
import type { Post } from '../content';
import { compilePost } from './compile';
import type { MdxComponentsFor } from './component-names';

type RenderToStaticMarkup = (element: ReactElement) => string;

let render: RenderToStaticMarkup | undefined;

function renderer(): RenderToStaticMarkup {
  if (!render) {
    // Not createRequire(import.meta.url): Turbopack rewrites that form into its own require.
    const require = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'));
    const specifier = ['react-dom', 'server'].join('/');
    render = (require(specifier) as { renderToStaticMarkup: RenderToStaticMarkup }).renderToStaticMarkup;
  }
  return render;
}

const cache = new Map<string, Promise<string>>();

/** The rendered body of a post; each post is compiled once per process however many feeds list it. */
export function renderPostHtml(post: Post, locale: string | undefined, components: MdxComponentsFor): Promise<string> {
  const key = `${post.file}\0${locale}\0${post.body}`;
  let html = cache.get(key);
  if (!html) {
    html = compilePost(post, { locale, islands: false, components }).then(({ content }) => renderer()(content));
    cache.set(key, html);
  }
  return html;
}
