import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedDownloads, isNotFoundPayload, outputDirs, postbuild, removeNotFoundPages } from '@/scripts/postbuild';

const NOT_FOUND_RSC = '1:"$Sreact.fragment"\n7:C\na:E{"digest":"NEXT_HTTP_ERROR_FALLBACK;404"}\n10:[["$","meta","0",{"charSet":"utf-8"}]]\n';
const PAGE_RSC = '1:"$Sreact.fragment"\n5:["$","p",null,{"children":"A post about a:E{\\"digest\\":\\"NEXT_HTTP_ERROR_FALLBACK;404\\"} in Next"}]\n';
const HTML = (body: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/static/a.js"></script></head><body>${body}<script>self.__next_f.push([1,"x"])</script></body></html>`;

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postbuild-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('after the build', () => {
  it('lists the documents of bundles and author folders as downloads, not pages, images or RSC payloads', () => {
    const root = tree({
      'posts/x/index.html': HTML('x'),
      'posts/x/index.txt': PAGE_RSC,
      'posts/x/__next._full.txt': PAGE_RSC,
      'posts/x/__next.posts.$d$slug.__PAGE__.txt': PAGE_RSC,
      'posts/x/slides.pdf': '%PDF-1.4',
      'posts/x/notes.txt': 'notes',
      'posts/x/header.png': 'png',
      'authors/ada/cv.docx': 'docx',
      'tags/x/posts.json': '[]',
    });
    expect(exportedDownloads(root)).toEqual(['/authors/ada/cv.docx', '/posts/x/notes.txt', '/posts/x/slides.pdf']);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('tells a page that rendered notFound() from one whose text merely mentions it', () => {
    expect(isNotFoundPayload(NOT_FOUND_RSC)).toBe(true);
    expect(isNotFoundPayload(PAGE_RSC)).toBe(false);
  });

  it('removes exported "not found" pages so the host answers 404, keeping the files beside them', () => {
    const root = tree({
      'index.html': HTML('home'),
      'index.txt': PAGE_RSC,
      '404.html': HTML('not found'),
      'page/1/index.html': HTML('not found'),
      'page/1/index.txt': NOT_FOUND_RSC,
      'page/1/__next._tree.txt': NOT_FOUND_RSC,
      'page/1/cards.json': '{"page":1}',
      'posts/_/index.html': HTML('not found'),
      'posts/_/index.txt': NOT_FOUND_RSC,
      'posts/real/index.html': HTML('real'),
      'posts/real/index.txt': PAGE_RSC,
    });
    expect(removeNotFoundPages(root).sort()).toEqual(['/page/1/', '/posts/_/']);
    expect(fs.readdirSync(path.join(root, 'page/1'))).toEqual(['cards.json']);
    expect(fs.existsSync(path.join(root, 'posts/_'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'posts/real/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'index.html'))).toBe(true);
  });

  it('for an export: adds the policy meta to every page and writes _headers', () => {
    const cwd = tree({ 'out/index.html': HTML('home'), 'out/index.txt': PAGE_RSC, 'out/tags/x/index.html': HTML('tag'), 'out/tags/x/index.txt': PAGE_RSC });
    expect(outputDirs({ STATIC_EXPORT: '1' }, cwd)).toEqual({ pages: path.join(cwd, 'out'), chunks: path.join(cwd, 'out/_next/static/chunks'), exportRoot: path.join(cwd, 'out') });
    const result = postbuild({ STATIC_EXPORT: '1' }, cwd);
    expect(result).toEqual({ pages: 2, hashes: 2, notFound: [], hinted: 0, mathChars: new Set() });
    expect(fs.readFileSync(path.join(cwd, 'out/tags/x/index.html'), 'utf8')).toContain('<head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy"');
    expect(fs.readFileSync(path.join(cwd, 'out/_headers'), 'utf8')).toMatch(/^\/\*\n {2}Content-Security-Policy: /m);
  });

  it('for next start: rewrites the prerendered pages in the server folder, and says when there is no build', () => {
    const cwd = tree({ '.next/server/app/index.html': HTML('home') });
    expect(postbuild({}, cwd)).toEqual({ pages: 1, hashes: 1, notFound: [], hinted: 0, mathChars: new Set() });
    expect(fs.existsSync(path.join(cwd, '.next/server/app/_headers'))).toBe(false);
    expect(() => postbuild({ NEXT_DIST_DIR: 'elsewhere' }, cwd)).toThrow(/elsewhere.server.app does not exist/);
  });

  it('marks the chunks pages load at once for eager compilation, in the export and in the server build, once', () => {
    const page = (chunks: string[]) =>
      `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${chunks.map((c) => `<script src="/blog/_next/static/chunks/${c}" async=""></script>`).join('')}` +
      `<script src="/blog/_next/static/chunks/polyfill.js" noModule=""></script><script src="/theme.js"></script></head><body></body></html>`;
    const chunk = (n: string) => `(globalThis.TURBOPACK||[]).push(["${n}"]);`;
    for (const [env, out, chunksDir] of [
      [{ STATIC_EXPORT: '1' }, 'out', 'out/_next/static/chunks'],
      [{}, '.next/server/app', '.next/static/chunks'],
    ] as const) {
      const cwd = tree({
        [`${out}/index.html`]: page(['react.js', 'router.js']),
        [`${out}/posts/x/index.html`]: page(['react.js', 'post-island.js']),
        [`${chunksDir}/react.js`]: chunk('react'),
        [`${chunksDir}/router.js`]: chunk('router'),
        [`${chunksDir}/post-island.js`]: chunk('post-island'),
        [`${chunksDir}/diagrams.js`]: chunk('diagrams'),
        [`${chunksDir}/polyfill.js`]: chunk('polyfill'),
      });
      expect(postbuild(env, cwd).hinted).toBe(3);
      const read = (name: string) => fs.readFileSync(path.join(cwd, chunksDir, name), 'utf8');
      for (const name of ['react', 'router', 'post-island']) expect(read(`${name}.js`)).toBe(`//# allFunctionsCalledOnLoad\n${chunk(name)}`);
      // Loaded later (a lazy island) or never by current browsers: left to lazy compilation.
      expect(read('diagrams.js')).toBe(chunk('diagrams'));
      expect(read('polyfill.js')).toBe(chunk('polyfill'));
      // A second postbuild over the same build changes no chunk.
      expect(postbuild(env, cwd).hinted).toBe(0);
      expect(read('react.js')).toBe(`//# allFunctionsCalledOnLoad\n${chunk('react')}`);
    }
  });
});
