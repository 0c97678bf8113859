/**
 * The editor's browser script, bundled from lib/editor/client/admin.ts with esbuild (what tsx runs
 * on): the byte-preserving format and the blocks run in the browser, as Decap calls them there.
 * Paths are the project's (the working directory of `npm run edit` and `next build`); esbuild is
 * loaded at run time, out of the bundler's sight (a native binary Turbopack must not parse).
 */
import { createRequire } from 'node:module';
import path from 'node:path';

type Build = typeof import('esbuild').build;

export async function bundleAdminScript(projectRoot: string = process.cwd()): Promise<string> {
  const require = createRequire(path.join(/*turbopackIgnore: true*/ projectRoot, 'package.json'));
  const { build } = require(['es', 'build'].join('')) as { build: Build };
  const result = await build({
    entryPoints: [path.join(/*turbopackIgnore: true*/ projectRoot, 'lib', 'editor', 'client', 'admin.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    alias: { '@': projectRoot },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
