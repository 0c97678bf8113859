import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILES_EXPECTED, classifyBundleFile, sanitiseSvg } from '@/lib/security/bundle-files';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { assetResponse } from '@/lib/content/serve';
import { makeContent, PNG_1x1, post } from '../helpers/content';

const EVIL_SVG = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with a drawing program -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40" viewBox="0 0 40 40" onload="window.__pwned = 'svg onload'">
  <title>A square</title>
  <style>rect { fill: #c33; }</style>
  <script type="text/javascript"><![CDATA[ window.__pwned = 'svg script'; alert(1); ]]></script>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <rect id="r" width="40" height="40" fill="url(#g)" onmouseover='alert("over")' data-note='a " quote'/>
  <use xlink:href="#r"/>
  <use href="https://evil.example/sprite.svg#x"/>
  <a xlink:href="jav&#x61;script:alert(1)"><text x="2" y="20">Tom &amp; Jerry</text></a>
  <a href=" JAVASCRIPT:alert(2)"><text>two</text></a>
  <set attributeName="href" to="javascript:alert(3)"/>
  <svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(4)</svg:script>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(5)"/></div></foreignObject>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
  <image href="data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;"/>
</svg>
`;

describe('which bundle files the site serves', () => {
  it('serves images and media in place and documents as downloads', () => {
    for (const name of ['header.png', 'Photo.JPG', 'x.jpeg', 'a.gif', 'b.webp', 'c.avif', 'diagram.svg', 'talk.mp4', 'clip.webm', 'episode.mp3']) {
      expect(classifyBundleFile(name), name).toMatchObject({ serve: true, kind: expect.stringMatching(/^(image|media)$/) });
    }
    for (const name of ['slides.pdf', 'Minutes 2024.docx', 'budget.xlsx', 'data.csv', 'notes.txt', 'code.zip']) {
      expect(classifyBundleFile(name), name).toEqual({ serve: true, kind: 'download' });
    }
  });

  it('leaves out what a browser would run or open as a page, and unknown types, saying why', () => {
    expect(classifyBundleFile('evil.html')).toEqual({ serve: false, reason: 'a page a browser would open on the site (.html)' });
    expect(classifyBundleFile('old.HTM')).toEqual({ serve: false, reason: 'a page a browser would open on the site (.htm)' });
    expect(classifyBundleFile('x.xhtml')).toEqual({ serve: false, reason: 'a page a browser would open on the site (.xhtml)' });
    expect(classifyBundleFile('feed.xml')).toEqual({ serve: false, reason: 'a page a browser would open on the site (.xml)' });
    expect(classifyBundleFile('app.js')).toEqual({ serve: false, reason: 'code a browser would run (.js)' });
    expect(classifyBundleFile('app.mjs')).toEqual({ serve: false, reason: 'code a browser would run (.mjs)' });
    expect(classifyBundleFile('theme.css')).toEqual({ serve: false, reason: 'code a browser would run (.css)' });
    expect(classifyBundleFile('mod.wasm')).toEqual({ serve: false, reason: 'code a browser would run (.wasm)' });
    expect(classifyBundleFile('data.bin')).toEqual({ serve: false, reason: 'a file of a type the site does not serve (.bin)' });
    expect(classifyBundleFile('Makefile')).toEqual({ serve: false, reason: 'a file of a type the site does not serve (no extension)' });
  });

  it('ignores the files Hugo sites keep in their folders, without a word', () => {
    for (const name of ['README.md', 'readme', 'README.txt', '_index.md', 'index.html', '.DS_Store', '.gitkeep', 'Thumbs.db', 'draft.md~', 'notes.md']) {
      expect(classifyBundleFile(name), name).toEqual({ serve: false });
    }
  });
});

describe('an SVG from content', () => {
  const clean = sanitiseSvg(EVIL_SVG);

  it('comes back without scripts, handlers, links out of it or foreignObject', () => {
    expect(clean.svg).toBeDefined();
    const svg = clean.svg!;
    expect(svg).not.toMatch(/<(?:\w+:)?script|foreignObject|\son\w+=|javascript|evil\.example|<set|data:text/i);
    expect(clean.removed).toEqual([
      'onload attribute',
      '<script>',
      'onmouseover attribute',
      'href="https://evil.example/sprite.svg#x"',
      'xlink:href="jav&#x61;script:alert(1)"',
      'href=" JAVASCRIPT:alert(2)"',
      '<set attributeName="href">',
      '<svg:script>',
      '<foreignObject>',
      'href="data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;"',
    ]);
  });

  it('keeps the drawing: shapes, styles, gradients, internal links, text and embedded raster images', () => {
    const svg = clean.svg!;
    expect(svg).toContain('<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40" viewBox="0 0 40 40">');
    expect(svg).toContain('<rect id="r" width="40" height="40" fill="url(#g)" data-note="a &quot; quote"/>');
    expect(svg).toContain('<use xlink:href="#r"/>');
    expect(svg).toContain('<style>rect { fill: #c33; }</style>');
    expect(svg).toContain('<text x="2" y="20">Tom &amp; Jerry</text>');
    expect(svg).toContain('<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>');
    expect(svg).toContain('<title>A square</title>');
  });

  it('is unchanged by a second pass, which finds nothing to remove', () => {
    expect(sanitiseSvg(clean.svg!)).toEqual({ svg: clean.svg, removed: [] });
    // The warning points at the first thing taken out: the onload of the <svg> element.
    expect(clean.line).toBe(3);
  });

  it('is refused when it is not well-formed XML or not an SVG', () => {
    expect(sanitiseSvg('<svg>\n<rect></svg>')).toEqual({ removed: [], line: 2, invalid: "XML that does not parse (Expected closing tag 'rect' (opened in line 2, col 1) instead of closing tag 'svg'.)" });
    expect(sanitiseSvg('<html><body/></html>')).toEqual({ removed: [], invalid: 'XML whose root element is <html>, not <svg>' });
    expect(sanitiseSvg('<svg>' + '<g>'.repeat(300) + '</g>'.repeat(300) + '</svg>')).toEqual({ removed: [], invalid: 'elements nested more than 256 deep' });
  });
});

describe('a bundle with stray and hostile files', () => {
  const root = makeContent({
    'posts/x/index.md': post('title: X\ndate: 2024-05-01'),
    'posts/x/header.png': PNG_1x1,
    'posts/x/evil.svg': EVIL_SVG,
    'posts/x/broken.svg': '<svg><g></svg>',
    'posts/x/evil.html': '<script>alert(1)</script>',
    'posts/x/app.js': 'alert(1)',
    'posts/x/slides.pdf': '%PDF-1.4\n',
    'posts/x/README.md': '# notes for reviewers',
    'posts/x/.DS_Store': Buffer.from([0, 0, 0, 1]),
    'authors/ada/_index.md': '---\ntitle: Ada\n---\n',
    'authors/ada/avatar.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>',
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const result = loadContent({ root, includeDrafts: true });
  const shown = (rel: string) => displayPath(path.join(root, rel));

  it('serves the image, the cleaned SVG and the PDF; leaves the rest out with a warning each', () => {
    const post = result.posts[0]!;
    expect(Object.keys(post.assets).sort()).toEqual(['evil.svg', 'header.png', 'slides.pdf']);
    expect(post.assets['slides.pdf']!.kind).toBe('download');
    expect(result.problems.map(formatProblem)).toEqual([
      `${shown('authors/ada/avatar.svg')}:1 warning: svg: expected an image without script or links out of it (these were taken out of the served file), found onload attribute`,
      `${shown('posts/x/app.js')} warning: file: expected ${BUNDLE_FILES_EXPECTED}, found code a browser would run (.js)`,
      `${shown('posts/x/broken.svg')}:1 warning: svg: expected a well-formed SVG image (the file was left out of the site), found XML that does not parse (Expected closing tag 'g' (opened in line 1, col 6) instead of closing tag 'svg'.)`,
      `${shown('posts/x/evil.html')} warning: file: expected ${BUNDLE_FILES_EXPECTED}, found a page a browser would open on the site (.html)`,
      `${shown('posts/x/evil.svg')}:3 warning: svg: expected an image without script or links out of it (these were taken out of the served file), found onload attribute, <script>, onmouseover attribute, href="https://evil.example/sprite.svg#x", xlink:href="jav&#x61;script:alert(1)", href=" JAVASCRIPT:alert(2)", <set attributeName="href">, <svg:script>, <foreignObject>, href="data:text/html,&lt;script&gt;alert(6)&lt;/script&gt;"`,
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('answers an SVG with the cleaned file under a sandbox policy, and a PDF as a download', async () => {
    const post = result.posts[0]!;
    const svg = await assetResponse(post.assets['evil.svg']);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(svg.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await svg.text()).toBe(sanitiseSvg(EVIL_SVG).svg);
    const pdf = await assetResponse(post.assets['slides.pdf']);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="slides.pdf"; filename*=UTF-8''slides.pdf`);
    const png = await assetResponse(post.assets['header.png']);
    expect(png.headers.get('content-disposition')).toBeNull();
    expect((await assetResponse(post.assets['evil.html'])).status).toBe(404);
    const avatar = result.authors.get('ada')!.avatar!;
    expect(await (await assetResponse(avatar)).text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>');
  });
});

describe('a post that shows a file the site does not serve', () => {
  const root = makeContent({
    'posts/y/index.md': post('title: Y\ndate: 2024-05-01', '\n![The page](evil.html)\n\n<img src="broken.svg" alt="">\n'),
    'posts/y/evil.html': '<p>page</p>',
    'posts/y/broken.svg': '<svg><g></svg>',
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is an error on the line that shows it, saying why the file is not there', async () => {
    const { compilePost } = await import('@/lib/mdx/compile');
    const { ContentError } = await import('@/lib/content/errors');
    const loaded = loadContent({ root, includeDrafts: true });
    const error = await compilePost(loaded.posts[0]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const file = displayPath(path.join(root, 'posts/y/index.md'));
    expect((error as InstanceType<typeof ContentError>).problems.map(formatProblem)).toEqual([
      `${file}:6 image: expected a file named "evil.html" beside the post, found "evil.html", a file the site does not serve (a page a browser would open on the site (.html))`,
      `${file}:8 image: expected a file named "broken.svg" beside the post, found "broken.svg", a file the site does not serve (an SVG that is not well-formed)`,
    ]);
  });
});
