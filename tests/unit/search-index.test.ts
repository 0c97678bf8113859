import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, postPages, searchTarget } from '@/scripts/search-index';
import { makeContent } from '../helpers/content';

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><header>Site nav</header><article data-pagefind-body><h1>${title}</h1><p>${body}</p></article></body></html>`;

describe('the search index step', () => {
  it('reads the build of `next start` by default and the static export when STATIC_EXPORT=1', () => {
    expect(searchTarget('/site', {})).toEqual({ htmlRoot: '/site/.next/server/app', outputPath: '/site/public/pagefind' });
    expect(searchTarget('/site', { STATIC_EXPORT: '1' })).toEqual({ htmlRoot: '/site/out', outputPath: '/site/out/pagefind' });
    // A build into another folder (the benchmark's, a test's) is indexed there, leaving public/ alone.
    expect(searchTarget('/site', { NEXT_DIST_DIR: '.next-bench' })).toEqual({ htmlRoot: '/site/.next-bench/server/app', outputPath: '/site/.next-bench/pagefind' });
    expect(searchTarget('/site', { STATIC_EXPORT: '1', NEXT_DIST_DIR: 'build' })).toEqual({ htmlRoot: '/site/build', outputPath: '/site/build/pagefind' });
  });

  it('finds post pages in both layouts and gives them their site paths', () => {
    const root = makeContent({
      'posts/hello.html': page('Hello', 'x'),
      'posts/hello/featured.png.body': 'binary',
      'posts/bundle/index.html': page('Bundle', 'y'),
      'tags/community.html': page('Tag', 'z'),
      'index.html': page('Home', 'w'),
    });
    expect(postPages(root).map((p) => [path.relative(root, p.file), p.url])).toEqual([
      ['posts/bundle/index.html', '/posts/bundle/'],
      ['posts/hello.html', '/posts/hello'],
    ]);
  });

  it('writes the Pagefind bundle for the post pages, an empty one for a blog with none yet, and refuses to run before a build', async () => {
    const root = makeContent({ 'posts/a.html': page('Alpha', 'zymurgy'), 'posts/b.html': page('Beta', 'other') });
    const outputPath = path.join(root, 'public', 'pagefind');
    const result = await buildSearchIndex({ htmlRoot: root, outputPath });
    expect(result.pages).toBe(2);
    expect(fs.existsSync(path.join(outputPath, 'pagefind.js'))).toBe(true);
    expect(fs.readdirSync(path.join(outputPath, 'fragment')).length).toBe(2);
    const empty = await buildSearchIndex({ htmlRoot: makeContent({ 'index.html': page('Home', 'w') }), outputPath });
    expect(empty.pages).toBe(0);
    expect(fs.existsSync(path.join(outputPath, 'pagefind.js'))).toBe(true);
    await expect(buildSearchIndex({ htmlRoot: path.join(root, 'no-build'), outputPath })).rejects.toThrow(/No build in .*no-build: run the build first/);
  });
});
