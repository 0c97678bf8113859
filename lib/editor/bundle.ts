/**
 * The editor's browser script, bundled from lib/editor/client/admin.ts with esbuild (what tsx runs
 * on): the byte-preserving format and the blocks run in the browser, as Decap calls them there.
 */
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleAdminScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'client', 'admin.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    alias: { '@': path.resolve(import.meta.dirname, '..', '..') },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
