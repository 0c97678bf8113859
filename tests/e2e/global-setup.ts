import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { deployMode, normaliseBasePath } from '@/lib/deploy';
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url} within 60 s:\n${log()}`);
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

async function startNext(root: string, dir: string, port: number) {
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ...(dir !== '.next' ? { NEXT_DIST_DIR: dir } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return {
    ready: (url: string) => waitFor(url, child, () => output),
    close: async () => {
      child.kill('SIGTERM');
    },
  };
}

export default async function setup(project: TestProject) {
  const root = process.cwd();
  const target: E2ETarget = process.env.E2E_TARGET === 'static' ? 'static' : 'next';
  const { distDir } = deployMode(process.env);
  const dir = path.resolve(root, distDir ?? (target === 'static' ? 'out' : '.next'));
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
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let close: () => Promise<void>;
  if (target === 'static') {
    ({ close } = await serveStatic(dir, basePath, port));
  } else {
    const server = await startNext(root, path.relative(root, dir), port);
    close = server.close;
    await server.ready(`${origin}${basePath || '/'}`);
  }
  project.provide('baseUrl', `${origin}${basePath}`);
  project.provide('basePath', basePath);
  project.provide('target', target);
  project.provide('trailingSlash', target === 'static');
  return close;
}
