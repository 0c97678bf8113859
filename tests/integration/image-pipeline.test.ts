/**
 * The image pipeline on real files: a generated PNG becomes AVIF, WebP and PNG at each planned
 * width with the right dimensions, a second run encodes nothing, a changed file never gets the
 * old variants, and a cut-short upload is a located error at check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { prepareImage, publishVariants } from '@/lib/images/pipeline';
import { planVariants, type SizedImage } from '@/lib/images/plan';
import { renderToStaticMarkup } from 'react-dom/server';
import { loadContent } from '@/lib/content/load';
import { compilePost } from '@/lib/mdx/compile';
import { checkContent } from '@/scripts/check-content';
import { largePng } from '@/scripts/bench/large-images';
import { makeContent, post } from '../helpers/content';
import crypto from 'node:crypto';
import { editorComponents } from '@/components/mdx';

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

async function imageFile(dir: string, seed: number, width = 700, height = 500): Promise<{ file: string; image: SizedImage; bytes: Buffer }> {
  const bytes = await largePng(width, height, seed);
  const file = path.join(dir, 'header.png');
  fs.writeFileSync(file, bytes);
  return { file, bytes, image: { name: 'header.png', width, height, hash: sha(bytes) } };
}

describe('the image pipeline', () => {
  it('makes every planned format and width, with the planned dimensions, and the social crop', async () => {
    const { file, image } = await imageFile(tmp('img-src-'), 1, 1300, 700);
    const cache = tmp('img-cache-');
    const prepared = await prepareImage({ file, image, social: true }, cache);
    const plan = planVariants(image, { social: true });
    expect([...prepared.files.keys()]).toEqual(plan.map((v) => v.file));
    expect(prepared.encoded).toBe(plan.length);
    for (const variant of plan) {
      const meta = await sharp(prepared.files.get(variant.file)!).metadata();
      expect(`${variant.file}: ${meta.format} ${meta.width}x${meta.height}`).toBe(
        `${variant.file}: ${{ avif: 'heif', webp: 'webp', png: 'png', jpeg: 'jpeg' }[variant.format]} ${variant.width}x${variant.height}`,
      );
    }
    expect(plan.filter((v) => v.format === 'avif').map((v) => v.width)).toEqual([320, 640, 960, 1280, 1300]);
    expect(plan.at(-1)).toMatchObject({ width: 1200, height: 630, crop: true });
  });

  it('encodes nothing on a second run, and a changed image never gets the old variants', async () => {
    const dir = tmp('img-src-');
    const cache = tmp('img-cache-');
    const first = await imageFile(dir, 1);
    const one = await prepareImage({ file: first.file, image: first.image }, cache);
    const again = await prepareImage({ file: first.file, image: first.image }, cache);
    expect(again.encoded).toBe(0);
    expect([...again.files.values()]).toEqual([...one.files.values()]);

    // The editor replaces header.png with another picture of the same size and name.
    const second = await imageFile(dir, 2);
    const changed = await prepareImage({ file: second.file, image: second.image }, cache);
    expect(changed.encoded).toBe(planVariants(second.image).length);
    const oldFiles = new Set(one.files.values());
    expect([...changed.files.values()].filter((f) => oldFiles.has(f))).toEqual([]);
    expect([...changed.files.keys()].filter((name) => one.files.has(name))).toEqual([]);
    // What is published is the new picture: its 320-wide AVIF differs from the old one's.
    const pub = tmp('img-public-');
    publishVariants([{ slug: 'p', image: changed }], pub);
    const published = fs.readdirSync(path.join(pub, 'posts', 'p', 'img')).sort();
    expect(published).toEqual(planVariants(second.image).map((v) => v.file).sort());
    const small = (files: Map<string, string>) => fs.readFileSync([...files.entries()].find(([n]) => n.endsWith('-320.avif'))![1]);
    expect(small(changed.files).equals(small(one.files))).toBe(false);
    // Even a stale hash handed in (an index built before the edit) cannot bring back old bytes:
    // the cache key is over the file's bytes as read now.
    const stale = await prepareImage({ file: second.file, image: first.image }, cache);
    expect([...stale.files.values()].filter((f) => oldFiles.has(f))).toEqual([]);
  });
});

describe('a post after the build made its images', () => {
  it('shows body images and <Figure> as <picture> of the sized copies; without them, the original', async () => {
    const photo = await largePng(1000, 750, 4);
    const root = makeContent({
      'posts/day/index.mdx': post('title: Day\ndate: 2024-05-01', '\n![The room](./room.png)\n\n<Figure src="./room.png" caption="Again" />\n'),
      'posts/day/room.png': photo,
    });
    const site = tmp('img-site-');
    // The pipeline's own sources beside it, so that the compiled-body cache is on (lib/build/cache.ts)
    // and the body compiled before the images step must not be served after it.
    for (const f of ['lib/mdx', 'lib/images', 'lib/security/bundle-files.ts', 'lib/routes', 'lib/embeds.ts', 'package-lock.json']) fs.cpSync(f, path.join(site, f), { recursive: true });
    const cwd = process.cwd();
    process.chdir(site);
    try {
      const render = async () => {
        const [day] = loadContent({ root, includeDrafts: false }).posts;
        return renderToStaticMarkup((await compilePost(day!, { components: editorComponents })).content);
      };
      // Before the images step (npm run dev, a body compiled alone): the original, lazily.
      expect(await render()).toContain('<img src="/posts/day/room.png" alt="The room" width="1000" height="750" loading="lazy" decoding="async"/>');

      expect(fs.readdirSync(path.join(site, '.next/cache/blog/mdx'))).toHaveLength(1);
      const { images } = await checkContent(root, { imageCache: path.join(site, 'cache') });
      publishVariants(images.prepared, path.join(site, 'public'));
      const html = await render();
      const pictures = [...html.matchAll(/<picture>(.*?)<\/picture>/g)].map((m) => m[1]!);
      expect(pictures).toHaveLength(2);
      for (const picture of pictures) {
        expect([...picture.matchAll(/<source type="([^"]+)"/g)].map((m) => m[1])).toEqual(['image/avif', 'image/webp']);
        const img = /<img [^>]*>/.exec(picture)![0];
        const attr = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(img)?.[1];
        expect(attr('src')).toMatch(/^\/posts\/day\/img\/room-[0-9a-f]{10}-1000\.png$/);
        expect(attr('srcSet')).toMatch(/^\/posts\/day\/img\/room-[0-9a-f]{10}-320\.png 320w, .*-1000\.png 1000w$/);
        expect([attr('width'), attr('height'), attr('loading'), attr('decoding'), attr('sizes')]).toEqual(['1000', '750', 'lazy', 'async', '(min-width: 48rem) 48rem, calc(100vw - 2rem)']);
        expect(['The room', 'Again']).toContain(attr('alt'));
        // Every file the markup names was written.
        for (const m of picture.matchAll(/\/posts\/day\/img\/([^" ,]+)/g)) expect(fs.existsSync(path.join(site, 'public/posts/day/img', m[1]!)), m[1]).toBe(true);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('a broken image at check', () => {
  it('is an error naming the post, the line that uses it and the file, not a crash', async () => {
    const good = await largePng(400, 300, 3);
    const root = makeContent({
      'posts/trip/index.mdx': post('title: Trip\ndate: 2024-05-01', '\nIntro.\n\n![The room](./room.png)\n'),
      'posts/trip/room.png': good.subarray(0, Math.floor(good.length / 2)),
      'posts/trip/featured.jpg': Buffer.from('this is not a picture'),
    });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { problems } = await checkContent(root);
      expect(problems.map(formatProblem)).toEqual([
        'posts/trip/index.mdx featured image: expected a JPEG image that can be read to its end (save or export it again), found "featured.jpg", which cannot be read (its size cannot be read: not an image of this type)',
        'posts/trip/index.mdx:8 image: expected a PNG image that can be read to its end (save or export it again), found "room.png", which cannot be read (vipspng: libpng read error)',
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});
