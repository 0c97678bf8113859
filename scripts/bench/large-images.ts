/**
 * A post whose pictures are what community editors really drop in: a 4000×3000 PNG header of
 * about 3 MB and a 3000×2000 screenshot-like PNG in the text, drawn with sharp when the bench,
 * `npm run lighthouse -- --large-images` or a test needs them (no multi-MB binaries in git).
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export const LARGE_IMAGES_SLUG = 'large-images';

/**
 * Flat shapes over a gradient (which PNG packs well) and a photo-like patch of smooth noise
 * (which it does not): a 4000×3000 image comes to about 3 MB, like a real header.
 */
export async function largePng(width: number, height: number, seed = 1): Promise<Buffer> {
  const shapes = Array.from({ length: 60 }, (_, i) => {
    const k = i + seed * 7;
    return `<rect x="${(k * 397) % width}" y="${(k * 211) % height}" width="${(width / 13 + ((k * 37) % (width / 7))) | 0}" height="${(height / 15 + ((k * 53) % (height / 8))) | 0}" rx="40" fill="hsl(${(k * 47) % 360},60%,${40 + ((k * 13) % 40)}%)"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1e3a8a"/><stop offset="1" stop-color="#f59e0b"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
  const patch = { width: Math.round(width * 0.26), height: Math.round(height * 0.26) };
  const noise = await sharp({ create: { width: Math.round(patch.width / 10), height: Math.round(patch.height / 10), channels: 3 as const, background: '#808080', noise: { type: 'gaussian' as const, mean: 128, sigma: 70 } } })
    .png()
    .toBuffer();
  const photo = await sharp(noise).resize(patch.width, patch.height, { kernel: 'cubic' }).png().toBuffer();
  return sharp(Buffer.from(svg))
    .composite([{ input: photo, left: Math.round(width * 0.35), top: Math.round(height * 0.33) }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Writes content/posts/large-images/ (index.mdx, featured.png, screenshot.png) under `postsDir`. */
export async function writeLargeImagePost(postsDir: string, date = '2026-11-30'): Promise<{ dir: string; bytes: number }> {
  const dir = path.join(postsDir, LARGE_IMAGES_SLUG);
  fs.mkdirSync(dir, { recursive: true });
  const featured = await largePng(4000, 3000, 1);
  const screenshot = await largePng(3000, 2000, 2);
  fs.writeFileSync(path.join(dir, 'featured.png'), featured);
  fs.writeFileSync(path.join(dir, 'screenshot.png'), screenshot);
  fs.writeFileSync(
    path.join(dir, 'index.mdx'),
    [
      '---',
      'title: A workshop in pictures',
      `date: ${date}`,
      'summary: Photos from the day, as large as a phone camera makes them.',
      'tags: [workshop]',
      'image:',
      '  caption: The whole group after the last session',
      '---',
      '',
      'We met in the library for a full day. The header above is a 4000×3000 PNG as the camera made it.',
      '',
      ...Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: what we did, who came, and what we learned from each breakout circle.`).flatMap((p) => [p, '']),
      '![The board at the end of the day](./screenshot.png)',
      '',
      'Thanks to everyone who came.',
      '',
    ].join('\n'),
  );
  return { dir, bytes: featured.length + screenshot.length };
}
