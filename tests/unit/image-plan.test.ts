import { describe, expect, it } from 'vitest';
import { BODY_SIZES, pickFromSrcSet, planVariants, responsiveImage, socialVariant, variantFormats, variantWidths } from '@/lib/images/plan';

const HASH = 'ab12cd34ef'.repeat(6) + 'abcd';
const header = { name: 'Team Photo (1).PNG', width: 4000, height: 3000, hash: HASH };

describe('the variant planner', () => {
  it('makes the standard widths up to the original, never wider', () => {
    expect(variantWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths(1000)).toEqual([320, 640, 960, 1000]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it('offers AVIF, then WebP, then the original format as the fallback', () => {
    expect(variantFormats('a.png')).toEqual(['avif', 'webp', 'png']);
    expect(variantFormats('a.JPG')).toEqual(['avif', 'webp', 'jpeg']);
    expect(variantFormats('a.jpeg')).toEqual(['avif', 'webp', 'jpeg']);
    expect(variantFormats('a.webp')).toEqual(['avif', 'webp']);
  });

  it('names every file by a URL-safe stem, the content hash, the width and the format', () => {
    const files = planVariants({ ...header, width: 700, height: 350 }).map((v) => `${v.file} ${v.width}x${v.height}`);
    expect(files).toEqual([
      'team-photo-1-ab12cd34ef-320.avif 320x160',
      'team-photo-1-ab12cd34ef-640.avif 640x320',
      'team-photo-1-ab12cd34ef-700.avif 700x350',
      'team-photo-1-ab12cd34ef-320.webp 320x160',
      'team-photo-1-ab12cd34ef-640.webp 640x320',
      'team-photo-1-ab12cd34ef-700.webp 700x350',
      'team-photo-1-ab12cd34ef-320.png 320x160',
      'team-photo-1-ab12cd34ef-640.png 640x320',
      'team-photo-1-ab12cd34ef-700.png 700x350',
    ]);
  });

  it('gives a changed image new file names', () => {
    const before = planVariants(header).map((v) => v.file);
    const after = planVariants({ ...header, hash: 'ff' + HASH.slice(2) }).map((v) => v.file);
    expect(after.filter((f) => before.includes(f))).toEqual([]);
  });

  it('crops a featured image to 1200×630 for social cards, but never blows up a smaller one', () => {
    expect(planVariants(header, { social: true }).at(-1)).toEqual({ file: 'team-photo-1-ab12cd34ef-1200x630.jpg', width: 1200, height: 630, format: 'jpeg', crop: true });
    expect(socialVariant({ ...header, width: 800, height: 600 })).toBeUndefined();
    expect(socialVariant({ ...header, width: 1200, height: 630 }), 'already the right size').toBeUndefined();
    expect(socialVariant({ ...header, width: 1201, height: 630 })?.file).toBe('team-photo-1-ab12cd34ef-1200x630.jpg');
    expect(planVariants({ ...header, width: 800, height: 600 }, { social: true }).some((v) => v.crop)).toBe(false);
  });

  it('writes <picture> data under the base path, the fallback in the original format at its largest width', () => {
    const r = responsiveImage({ ...header, width: 1000, height: 500 }, '/blog/posts/my-post/img');
    expect(r.sources).toEqual([
      { type: 'image/avif', srcSet: '/blog/posts/my-post/img/team-photo-1-ab12cd34ef-320.avif 320w, /blog/posts/my-post/img/team-photo-1-ab12cd34ef-640.avif 640w, /blog/posts/my-post/img/team-photo-1-ab12cd34ef-960.avif 960w, /blog/posts/my-post/img/team-photo-1-ab12cd34ef-1000.avif 1000w' },
      { type: 'image/webp', srcSet: '/blog/posts/my-post/img/team-photo-1-ab12cd34ef-320.webp 320w, /blog/posts/my-post/img/team-photo-1-ab12cd34ef-640.webp 640w, /blog/posts/my-post/img/team-photo-1-ab12cd34ef-960.webp 960w, /blog/posts/my-post/img/team-photo-1-ab12cd34ef-1000.webp 1000w' },
    ]);
    expect(r.src).toBe('/blog/posts/my-post/img/team-photo-1-ab12cd34ef-1000.png');
    expect(r.srcSet.split(', ').at(0)).toBe('/blog/posts/my-post/img/team-photo-1-ab12cd34ef-320.png 320w');
    expect([r.width, r.height]).toEqual([1000, 500]);
    // A WebP original has no third format: WebP is its fallback.
    const webp = responsiveImage({ ...header, name: 'x.webp' }, '/posts/p/img');
    expect(webp.sources.map((s) => s.type)).toEqual(['image/avif']);
    expect(webp.src).toBe('/posts/p/img/x-ab12cd34ef-1920.webp');
  });

  it('lets a 390-px-wide phone take a variant far narrower than a 4000-px original', () => {
    const r = responsiveImage(header, '/posts/p/img');
    const slot = 390 - 32; // the text column on a phone (BODY_SIZES)
    expect(BODY_SIZES).toContain('calc(100vw - 2rem)');
    const phone = pickFromSrcSet(r.sources[0]!.srcSet, slot, 3);
    expect(phone.url).toMatch(/\.avif$/);
    expect(phone.width).toBeLessThan(header.width);
    expect(phone.width).toBeGreaterThanOrEqual(slot * 3);
    expect(pickFromSrcSet(r.sources[0]!.srcSet, slot, 1).width).toBe(640);
  });
});
