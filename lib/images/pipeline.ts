/**
 * Makes the files lib/images/plan.ts plans, with sharp, at build time (`npm run check`, the
 * prebuild step), and copies them to public/posts/<slug>/img/, which `next start`, Vercel and the
 * static export all serve as they are (under the base path too).
 *
 * Every encoded file is kept in a cache folder (.next/cache/images, which Vercel and most CI keep
 * between builds) under a key over the source's bytes, the size, the format, the encoder settings
 * and the sharp/libvips versions: a second build copies instead of encoding, and a changed image,
 * setting or encoder can only miss. A source is decoded once, to a raw image at the largest
 * width needed, and every variant is encoded from that.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { planVariants, SOCIAL_SIZE, VARIANT_FOLDER, type PlannedVariant, type SizedImage, type VariantFormat } from './plan';
import { buildDir } from '../build/deploy';

/**
 * Encoder settings. AVIF effort 2 (of 0–9): most of the size saving of higher efforts at a
 * fraction of their time, so a camera-sized header's whole set of variants takes seconds, not
 * minutes (docs/benchmarks.md, "Figures behind the code").
 */
export const ENCODER_SETTINGS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  png: { compressionLevel: 8, adaptiveFiltering: true },
  /** A PNG drawn with a palette (most illustrations) keeps one in its PNG fallback: far smaller. */
  pngFromPalette: { compressionLevel: 8, palette: true, quality: 95 },
} as const;

const ENCODER_ID = JSON.stringify({ settings: ENCODER_SETTINGS, sharp: sharp.versions.sharp, vips: sharp.versions.vips, pipeline: 1 });

/** The cache key of one variant of a source whose full SHA-256 is `sourceHash`. */
export function variantKey(sourceHash: string, variant: PlannedVariant): string {
  const { width, height, format, crop } = variant;
  return crypto.createHash('sha256').update(JSON.stringify({ sourceHash, width, height, format, crop: !!crop, encoder: ENCODER_ID })).digest('hex');
}

export interface ImageJob {
  /** The original on disk. */
  file: string;
  image: SizedImage;
  /** Also make the social card crop (the post's featured image). */
  social?: boolean;
}

export interface PreparedImage {
  job: ImageJob;
  /** Variant file name → the cached file holding it. */
  files: Map<string, string>;
  /** How many variants had to be encoded (0: all came from the cache). */
  encoded: number;
}

/** Why a file cannot be decoded, in sharp's words; undefined when it decodes to the end. */
export async function decodeError(file: string): Promise<string | undefined> {
  try {
    await sharp(file, { failOn: 'truncated' }).raw().toBuffer();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function encoder(pipeline: Sharp, format: VariantFormat, palette: boolean): Sharp {
  switch (format) {
    case 'avif':
      return pipeline.avif(ENCODER_SETTINGS.avif);
    case 'webp':
      return pipeline.webp(ENCODER_SETTINGS.webp);
    case 'png':
      return pipeline.png(palette ? ENCODER_SETTINGS.pngFromPalette : ENCODER_SETTINGS.png);
    case 'jpeg':
      return pipeline.jpeg(ENCODER_SETTINGS.jpeg);
  }
}

function writeAtomically(target: string, data: Buffer) {
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, target);
}

/** Encodes what the cache lacks of one image. Throws sharp's error on a file that cannot be decoded. */
export async function prepareImage(job: ImageJob, cacheDir: string): Promise<PreparedImage> {
  const variants = planVariants(job.image, { social: job.social });
  const source = fs.readFileSync(job.file);
  const sourceHash = crypto.createHash('sha256').update(source).digest('hex');
  const files = new Map<string, string>();
  const missing: { variant: PlannedVariant; cached: string }[] = [];
  for (const variant of variants) {
    const cached = path.join(cacheDir, `${variantKey(sourceHash, variant)}.${path.extname(variant.file).slice(1)}`);
    files.set(variant.file, cached);
    if (!fs.existsSync(cached)) missing.push({ variant, cached });
  }
  if (!missing.length) return { job, files, encoded: 0 };
  fs.mkdirSync(cacheDir, { recursive: true });
  // One decode of the whole file (a truncated one fails here), to the widest size any variant needs.
  const widest = Math.max(...missing.map(({ variant }) => (variant.crop ? Math.max(variant.width, Math.ceil((variant.height * job.image.width) / job.image.height)) : variant.width)));
  const palette = (await sharp(source).metadata()).isPalette;
  const { data, info } = await sharp(source, { failOn: 'truncated' })
    .rotate()
    .resize({ width: Math.min(widest, job.image.width) })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  for (const { variant, cached } of missing) {
    let pipeline = sharp(data, raw);
    pipeline = variant.crop
      ? pipeline.resize({ width: SOCIAL_SIZE.width, height: SOCIAL_SIZE.height, fit: 'cover', position: 'attention' }).flatten({ background: '#ffffff' })
      : pipeline.resize({ width: variant.width, height: variant.height, fit: 'fill' });
    writeAtomically(cached, await encoder(pipeline, variant.format, palette).toBuffer());
  }
  return { job, files, encoded: missing.length };
}

/** Runs `work` over `items`, `limit` at a time, in order of completion. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}

export interface PrepareResult {
  prepared: PreparedImage[];
  failed: { job: ImageJob; reason: string }[];
}

/**
 * Prepares every job: one image per core at a time, each encode on one libvips thread, so the
 * build's other work and other processes on a small machine keep a core.
 */
export async function prepareImages(jobs: readonly ImageJob[], cacheDir: string): Promise<PrepareResult> {
  sharp.concurrency(1);
  const prepared: PreparedImage[] = [];
  const failed: PrepareResult['failed'] = [];
  await pool(jobs, Math.max(1, Math.min(4, os.availableParallelism())), async (job) => {
    try {
      prepared.push(await prepareImage(job, cacheDir));
    } catch (err) {
      failed.push({ job, reason: err instanceof Error ? err.message : String(err) });
    }
  });
  return { prepared, failed };
}

/** The folder a post's variants are written to under `publicDir`. */
export const variantDir = (publicDir: string, slug: string) => path.join(publicDir, 'posts', slug, VARIANT_FOLDER);

/**
 * Writes the prepared variants to public/posts/<slug>/img/, after removing what an earlier build
 * left there (public/posts holds nothing else: it is made here and ignored by git).
 */
export function publishVariants(prepared: readonly { slug: string; image: PreparedImage }[], publicDir: string): number {
  fs.rmSync(path.join(publicDir, 'posts'), { recursive: true, force: true });
  let written = 0;
  for (const { slug, image } of prepared) {
    const dir = variantDir(publicDir, slug);
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, cached] of image.files) {
      fs.copyFileSync(cached, path.join(dir, file), fs.constants.COPYFILE_FICLONE);
      written++;
    }
  }
  return written;
}

/** The cache folder: IMAGE_CACHE_DIR, else <build folder>/cache/images beside Next's own caches (not in an export's destination). */
export function imageCacheDir(env: Record<string, string | undefined> = process.env, root = process.cwd()): string {
  return path.resolve(root, env.IMAGE_CACHE_DIR || path.join(buildDir(env), 'cache', 'images'));
}
