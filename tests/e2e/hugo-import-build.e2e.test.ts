/**
 * A Hugo Blox site moves in: in a copy of the project with no content of its own,
 * `npm run import:hugo -- tests/fixtures/hugo-site` fills content/, `npm run build` builds it, and
 * under `next start` the site's old addresses (/post/<slug>/, aliases, url:) lead to the posts.
 * The project is copied (node_modules hard-linked) so the build under test elsewhere stays untouched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '@/lib/content';
import type { Redirect } from '@/lib/redirects';
import { startNext, type Server } from '../../scripts/next-server';

let dir: string;
let server: Server | undefined;
let base: string;
let redirects: Redirect[];
let importOutput: string;

beforeAll(async () => {
  const root = process.cwd();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-hugo-import-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('content/') && !f.startsWith('tests/') && fs.existsSync(path.join(root, f)));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(dir, f));
  }
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  // The copy is built for, and served by, next start at the root, whatever the build under test elsewhere is.
  Object.assign(env, { CONTENT_DIR: '', BASE_PATH: '', STATIC_EXPORT: '', NEXT_DIST_DIR: '' });
  const imported = spawnSync('npm', ['run', '-s', 'import:hugo', '--', path.join(root, 'tests/fixtures/hugo-site')], { cwd: dir, env, encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stdout}\n${imported.stderr}`);
  importOutput = imported.stdout;
  redirects = buildIndex(path.join(dir, 'content'), false).redirects;
  const build = spawnSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  server = await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir);
  base = server.baseUrl;
}, 600_000);

afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a Hugo Blox site imported with npm run import:hugo, then built', () => {
  it('was imported into the project\'s own content/ with nothing left to fix', () => {
    expect(importOutput).toContain('into content: 5 posts, 2 authors, 1 event.');
    expect(importOutput).toContain('Problems: none, npm run check passes.');
    expect(fs.readFileSync(path.join(dir, 'content/site.yaml'), 'utf8')).toContain('title: Neighbourhood Commons');
  });

  it('serves the posts, authors and settings of the Hugo site', async () => {
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('<title>Neighbourhood Commons</title>');
    expect(home).toMatch(/<a [^>]*href="\/authors">People<\/a>/);
    const post = await fetch(`${base}/posts/spring-meetup-2022`);
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('Spring meetup: what the street told us');
    expect((await fetch(`${base}/authors/admin/avatar.png`)).status).toBe(200);
  });

  it('answers every old address with a permanent redirect to the post', async () => {
    expect(redirects.map((r) => r.from)).toEqual(expect.arrayContaining(['/post/spring-meetup-2022', '/2022/04/spring-meetup', '/workshops/fall-2021', '/news/hackathon.html', '/post/2020/first-steps']));
    for (const r of redirects) {
      const res = await fetch(`${base}${r.from}`, { redirect: 'manual' });
      expect(res.status, r.from).toBe(308);
      expect(new URL(res.headers.get('location')!, base).pathname, r.from).toBe(r.to);
    }
    // As Hugo linked them, with the trailing slash: one more hop, the same post.
    const followed = await fetch(`${base}/post/spring-meetup-2022/`);
    expect([followed.status, new URL(followed.url).pathname]).toEqual([200, '/posts/spring-meetup-2022']);
    expect(await followed.text()).toContain('Spring meetup: what the street told us');
  });
});
