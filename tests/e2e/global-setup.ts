import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDir, exportDir, normaliseBasePath } from '@/lib/build/deploy';
import { freePort, startNext } from '../../scripts/next-server';
import { serveStatic } from './static-server';

export type E2ETarget = 'next' | 'static';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin plus base path, e.g. http://127.0.0.1:4123/blog */
    baseUrl: string;
    basePath: string;
    target: E2ETarget;
    /** Pages are folders (`/posts/x/`): the static export. */
    trailingSlash: boolean;
  }
}

/** The base path a build was made with, read from the build itself so tests and build agree. */
function builtBasePath(target: E2ETarget, dir: string): string {
  if (target === 'next') {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'routes-manifest.json'), 'utf8')) as { basePath?: string };
    return manifest.basePath ?? '';
  }
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const m = /(?:src|href)="([^"]*)\/_next\/static\//.exec(html);
  if (!m) throw new Error(`${dir}/index.html references no /_next/static/ asset`);
  return m[1]!;
}

/**
 * E2E_TARGET=next (default): `next start` over the production build in .next.
 * E2E_TARGET=static: out/ (from STATIC_EXPORT=1) behind a plain static file server that applies
 * out/_headers. Either way under the base path the build was made with (BASE_PATH=/blog).
 */
export default async function setup(project: TestProject) {
  const root = process.cwd();
  const target: E2ETarget = process.env.E2E_TARGET === 'static' ? 'static' : 'next';
  const dir = path.resolve(root, target === 'static' ? exportDir(process.env) : buildDir(process.env));
  const marker = target === 'static' ? path.join(dir, 'index.html') : path.join(dir, 'BUILD_ID');
  if (!fs.existsSync(marker)) {
    throw new Error(
      target === 'static'
        ? `No static export in ${dir}: run \`STATIC_EXPORT=1 npm run build\` before \`E2E_TARGET=static npm run test:e2e\`.`
        : 'No production build: run `npm run build` before `npm run test:e2e`.',
    );
  }
  const basePath = builtBasePath(target, dir);
  if (process.env.BASE_PATH !== undefined && normaliseBasePath(process.env.BASE_PATH) !== basePath) {
    throw new Error(`The build in ${dir} has base path "${basePath}" but BASE_PATH is "${process.env.BASE_PATH}": build again.`);
  }
  let origin: string;
  let stop: () => Promise<void>;
  if (target === 'static') {
    const server = await serveStatic(dir, basePath, await freePort());
    ({ url: origin, close: stop } = server);
  } else {
    const server = await startNext('start', { NODE_ENV: 'production' }, basePath || '/');
    ({ baseUrl: origin, stop } = server);
  }
  project.provide('baseUrl', `${origin}${basePath}`);
  project.provide('basePath', basePath);
  project.provide('target', target);
  project.provide('trailingSlash', target === 'static');
  return stop;
}
