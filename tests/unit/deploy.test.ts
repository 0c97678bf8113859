import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuildDistDir, hasCustomExportOutput } from 'next/dist/export/utils';
import { countPages } from '@/lib/content/index';
import { ONE_WORKER_FROM, buildDir, buildTuning, exportDir, siteOutputDir, codeBuildId, deployMode, normaliseBasePath } from '@/lib/build/deploy';
import { imageCacheDir } from '@/lib/images/pipeline';
import { addTrailingSlash } from '@/lib/routes/urls';

describe('deployment settings from the environment', () => {
  it('accepts a base path written any usual way and rejects what is not a path', () => {
    expect(normaliseBasePath(undefined)).toBe('');
    expect(normaliseBasePath('/')).toBe('');
    expect(normaliseBasePath('/blog/')).toBe('/blog');
    expect(normaliseBasePath('blog')).toBe('/blog');
    expect(normaliseBasePath('/org/blog')).toBe('/org/blog');
    expect(() => normaliseBasePath('/my blog')).toThrow('BASE_PATH: expected a path such as /blog, found "/my blog"');
    expect(() => normaliseBasePath('https://x.org/blog')).toThrow(/BASE_PATH/);
  });

  it('reads STATIC_EXPORT and the build directory', () => {
    expect(deployMode({})).toEqual({ basePath: '', staticExport: false, distDir: undefined });
    expect(deployMode({ STATIC_EXPORT: '1', BASE_PATH: '/blog', NEXT_DIST_DIR: 'build-x' })).toEqual({ basePath: '/blog', staticExport: true, distDir: 'build-x' });
    expect(deployMode({ STATIC_EXPORT: '0' }).staticExport).toBe(false);
  });

  it("keeps the build's caches where Next builds: in NEXT_DIST_DIR, but in .next for a static export, whose NEXT_DIST_DIR is the export's destination", () => {
    const cases = [{}, { NEXT_DIST_DIR: 'build-x' }, { STATIC_EXPORT: '1' }, { STATIC_EXPORT: '1', NEXT_DIST_DIR: 'site-out' }, { STATIC_EXPORT: '1', NEXT_DIST_DIR: '.next' }];
    for (const env of cases) {
      const { staticExport, distDir } = deployMode(env);
      // Next's own rule, so a change in Next shows here.
      expect(buildDir(env), JSON.stringify(env)).toBe(getBuildDistDir({ output: staticExport ? 'export' : undefined, distDir: distDir ?? '.next' } as never));
    }
    // And where the export goes, by Next's rule too (a custom distDir, unless it is .next).
    for (const env of cases.filter((e) => 'STATIC_EXPORT' in e)) {
      const { distDir } = deployMode(env);
      expect(exportDir(env), JSON.stringify(env)).toBe(hasCustomExportOutput({ output: 'export', distDir: distDir ?? '.next' } as never) ? distDir : 'out');
    }
    expect(buildDir({ STATIC_EXPORT: '1', NEXT_DIST_DIR: 'site-out' })).toBe('.next');
    expect(siteOutputDir({ STATIC_EXPORT: '1', NEXT_DIST_DIR: 'site-out' })).toBe('site-out');
    expect(siteOutputDir({ STATIC_EXPORT: '1', NEXT_DIST_DIR: '.next' })).toBe('out');
    expect(siteOutputDir({ NEXT_DIST_DIR: 'build-x' })).toBe('build-x');
    expect(imageCacheDir({ STATIC_EXPORT: '1', NEXT_DIST_DIR: 'site-out' }, '/p')).toBe('/p/.next/cache/images');
    expect(imageCacheDir({ NEXT_DIST_DIR: 'build-x' }, '/p')).toBe('/p/build-x/cache/images');
  });

  it('uses a static-generation worker per core (at most 4) on a small site, one on a large one, BUILD_CPUS when set', () => {
    expect(buildTuning({}, 1000, 2).cpus).toBe(2);
    expect(buildTuning({}, 0, 8).cpus).toBe(4);
    expect(buildTuning({}, 10, 1).cpus).toBe(1);
    expect(buildTuning({}, ONE_WORKER_FROM - 1, 2).cpus).toBe(2);
    expect(buildTuning({}, ONE_WORKER_FROM, 2).cpus).toBe(1);
    expect(buildTuning({}, 10_000, 8).cpus).toBe(1);
    expect(buildTuning({ BUILD_CPUS: '3' }, 10_000, 2).cpus).toBe(3);
    expect(buildTuning({ BUILD_CPUS: '1' }, 10, 2).cpus).toBe(1);
    // Not a whole number of workers: the default, not NaN or a fraction handed to Next.
    expect(buildTuning({ BUILD_CPUS: 'two' }, 10, 2).cpus).toBe(2);
    expect(buildTuning({ BUILD_CPUS: '1.5' }, 10, 2).cpus).toBe(2);
  });

  it("skips Next's prefetch-inlining pass for a server build and keeps it for a static export, whose hosts count files", () => {
    expect(buildTuning({}, 1000, 2).prefetchInlining).toBe(false);
    expect(buildTuning({ BUILD_CPUS: '1' }, 10, 2).prefetchInlining).toBe(false);
    expect(buildTuning({ BASE_PATH: '/blog' }, 10, 2).prefetchInlining).toBe(false);
    expect(buildTuning({ STATIC_EXPORT: '1' }, 1000, 2).prefetchInlining).toBe(true);
    expect(buildTuning({ STATIC_EXPORT: '1', BASE_PATH: '/blog' }, 10, 2).prefetchInlining).toBe(true);
  });

  it('sizes the build by the pages the build will render: posts, bundles, sections, translations and event pages, not stray files or links', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'count-pages-'));
    const write = (rel: string, text = '---\ntitle: x\n---\n') => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('posts/a.md');
    write('posts/2024/b.mdx');
    write('posts/c/index.md');
    write('posts/c/index.nl.md');
    write('posts/c/header.png', 'png');
    write('posts/d.MARKDOWN');
    write('posts/_index.md');
    write('posts/README.md');
    write('posts/.draft.md');
    write('posts/notes.txt');
    write('nl/posts/e.md');
    write('posts/f.html', '<p>a Hugo HTML page</p>');
    write('events/meetup/index.md');
    write('elsewhere/secret.md');
    fs.symlinkSync(path.join(root, 'elsewhere/secret.md'), path.join(root, 'posts/g.md'));
    write('site.yaml', 'title: x\nlanguages:\n  en:\n    languageName: English\n  nl:\n    languageName: Nederlands\n');
    fs.symlinkSync(path.join(root, 'posts'), path.join(root, 'linked'));
    try {
      // a, 2024/b, c, c in Dutch, d, the Dutch e, the event; not the rest
      expect(countPages(root)).toBe(7);
      expect(countPages(path.join(root, 'missing'))).toBe(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('links in a static export', () => {
  it('end pages with a slash and leave files, queries and fragments in place', () => {
    expect(addTrailingSlash('/posts/x')).toBe('/posts/x/');
    expect(addTrailingSlash('/')).toBe('/');
    expect(addTrailingSlash('/tags/x/')).toBe('/tags/x/');
    expect(addTrailingSlash('/feed.xml')).toBe('/feed.xml');
    expect(addTrailingSlash('/posts/x/header.png')).toBe('/posts/x/header.png');
    expect(addTrailingSlash('/?tag=a&tag=b')).toBe('/?tag=a&tag=b');
    expect(addTrailingSlash('/tags/x?page=2#top')).toBe('/tags/x/?page=2#top');
  });
});

describe('the build id', () => {
  const tree = () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-id-'));
    for (const [file, text] of Object.entries({ 'app/page.tsx': 'page', 'lib/urls.ts': 'urls', 'components/mdx/Callout.tsx': 'callout', 'package-lock.json': '{}', 'content/posts/a.md': 'post' })) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    return root;
  };

  it('is the same for the same code and settings, whatever the content, so unchanged pages stay byte-identical', () => {
    const root = tree();
    const id = codeBuildId(root, { NODE_ENV: 'production' });
    expect(id).toMatch(/^c[0-9a-f]{20}$/);
    expect(codeBuildId(tree(), { NODE_ENV: 'production' })).toBe(id);
    fs.writeFileSync(path.join(root, 'content/posts/a.md'), 'edited post');
    fs.writeFileSync(path.join(root, 'content/posts/b.md'), 'new post');
    expect(codeBuildId(root, { NODE_ENV: 'production' })).toBe(id);
  });

  it('changes with any file of the code, however deep, and with the base path or the export', () => {
    const root = tree();
    const id = codeBuildId(root, {});
    expect(codeBuildId(root, { BASE_PATH: '/blog' })).not.toBe(id);
    expect(codeBuildId(root, { STATIC_EXPORT: '1' })).not.toBe(id);
    fs.writeFileSync(path.join(root, 'components/mdx/Callout.tsx'), 'callout, changed');
    expect(codeBuildId(root, {})).not.toBe(id);
  });
});
