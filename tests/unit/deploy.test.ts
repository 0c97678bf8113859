import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuildDistDir, hasCustomExportOutput } from 'next/dist/export/utils';
import { buildDir, buildTuning, exportDir, siteOutputDir, codeBuildId, deployMode, normaliseBasePath } from '@/lib/deploy';
import { imageCacheDir } from '@/lib/images/pipeline';
import { addTrailingSlash } from '@/lib/urls';

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

  it('lets BUILD_CPUS choose the number of static generation workers', () => {
    expect(buildTuning({ BUILD_CPUS: '3' }).cpus).toBe(3);
    expect(buildTuning({}).cpus).toBeGreaterThanOrEqual(1);
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
