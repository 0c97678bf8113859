/**
 * react-dom/server's renderToStaticMarkup, loaded from node_modules at run time.
 *
 * Why the indirect require: route handlers are bundled for the React Server Components layer,
 * where Next resolves `react-dom/server` to a stub that refuses to load ("You're importing a
 * component that imports react-dom/server"). What is rendered here is plain elements and
 * hook-free server components, so the ordinary Node build of react-dom/server renders it; it is
 * loaded out of the bundler's sight.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

export type RenderToStaticMarkup = (element: ReactElement) => string;

let render: RenderToStaticMarkup | undefined;

export function staticMarkup(): RenderToStaticMarkup {
  if (!render) {
    // Not createRequire(import.meta.url): Turbopack rewrites that form into its own require.
    const require = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'));
    const specifier = ['react-dom', 'server'].join('/');
    render = (require(specifier) as { renderToStaticMarkup: RenderToStaticMarkup }).renderToStaticMarkup;
  }
  return render;
}
