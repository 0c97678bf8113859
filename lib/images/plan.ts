/**
 * Which sizes and formats of a bundle image the build makes, their file names and URLs, and the
 * <picture> markup data that points at them. Pure functions of the image's name, size and content
 * hash: pages call them without sharp, and lib/images/pipeline.ts makes exactly these files.
 *
 * PNG, JPEG and WebP become AVIF and WebP at each width of `VARIANT_WIDTHS` below the original
 * (and the original width itself when it is under the largest), plus the original format at the
 * same widths as the fallback for browsers that take neither. GIF (animations a re-encode would
 * flatten), SVG (sanitised, any size) and AVIF files are served as the editor dropped them.
 * The content hash is in every file name, so a changed image gets new URLs and no cache anywhere
 * can hand out the old one.
 */
import path from 'node:path';

export const VARIANT_WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** Originals these extensions get variants; every other image is served as it is. */
export const RESPONSIVE_EXTENSIONS: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.webp']);
/** Open Graph's recommended card size: a post's featured image is cropped to it for social cards. */
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;
/** The folder beside a post's files where its variants are served: /posts/<slug>/img/<file>. */
export const VARIANT_FOLDER = 'img';

export type VariantFormat = 'avif' | 'webp' | 'png' | 'jpeg';
const EXTENSION: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', png: 'png', jpeg: 'jpg' };
export const MIME: Record<VariantFormat, string> = { avif: 'image/avif', webp: 'image/webp', png: 'image/png', jpeg: 'image/jpeg' };

/** What the planner needs to know about an original. */
export interface SizedImage {
  /** File name in the bundle, e.g. "header.png". */
  name: string;
  width: number;
  height: number;
  /** Hex digest of the file's bytes (lib/content/discover.ts). */
  hash: string;
}

export interface PlannedVariant {
  /** File name inside the post's variant folder. */
  file: string;
  width: number;
  height: number;
  format: VariantFormat;
  /** Cropped to exactly width × height (the social card) instead of scaled. */
  crop?: boolean;
}

export const isResponsive = (name: string) => RESPONSIVE_EXTENSIONS.has(path.extname(name).toLowerCase());

/** The widths made of an image `width` pixels wide: never wider than the original. */
export function variantWidths(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (width <= VARIANT_WIDTHS.at(-1)!) widths.push(width);
  return widths;
}

/** The original's own format, for browsers without AVIF and WebP support. */
export function fallbackFormat(name: string): VariantFormat {
  const ext = path.extname(name).toLowerCase();
  return ext === '.png' ? 'png' : ext === '.webp' ? 'webp' : 'jpeg';
}

/** Formats in the order a browser should prefer them; the last is the fallback. */
export function variantFormats(name: string): VariantFormat[] {
  const fallback = fallbackFormat(name);
  return [...new Set<VariantFormat>(['avif', 'webp', fallback])];
}

/** "Team photo (1).PNG" → "team-photo-1": file names that need no escaping in any URL. */
function stem(name: string): string {
  return (
    path
      .basename(name, path.extname(name))
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'image'
  );
}

const shortHash = (img: SizedImage) => img.hash.slice(0, 10);
const heightAt = (img: SizedImage, width: number) => Math.max(1, Math.round((img.height * width) / img.width));

/** Every file the build makes of `img`, the social card's crop among them when `social`. */
export function planVariants(img: SizedImage, { social = false } = {}): PlannedVariant[] {
  const base = `${stem(img.name)}-${shortHash(img)}`;
  const variants: PlannedVariant[] = variantFormats(img.name).flatMap((format) =>
    variantWidths(img.width).map((width) => ({ file: `${base}-${width}.${EXTENSION[format]}`, width, height: heightAt(img, width), format })),
  );
  const card = social ? socialVariant(img) : undefined;
  if (card) variants.push(card);
  return variants;
}

/**
 * The 1200×630 JPEG social networks show for a post whose featured image this is; none for an
 * image of that size or smaller (it is shared as it is, rather than blown up or re-encoded).
 */
export function socialVariant(img: SizedImage): PlannedVariant | undefined {
  if (img.width < SOCIAL_SIZE.width || img.height < SOCIAL_SIZE.height) return undefined;
  if (img.width === SOCIAL_SIZE.width && img.height === SOCIAL_SIZE.height) return undefined;
  return { file: `${stem(img.name)}-${shortHash(img)}-${SOCIAL_SIZE.width}x${SOCIAL_SIZE.height}.jpg`, ...SOCIAL_SIZE, format: 'jpeg', crop: true };
}

/** What a <picture> needs: one <source> per modern format, then the fallback <img>. */
export interface ResponsiveImage {
  sources: { type: string; srcSet: string }[];
  src: string;
  srcSet: string;
  width: number;
  height: number;
}

/**
 * The markup data for `img`, whose variants are served from `folderUrl` (base path included,
 * e.g. "/blog/posts/my-post/img"). `width`/`height` are the original's: the browser reserves
 * its shape, and CSS scales it.
 */
export function responsiveImage(img: SizedImage, folderUrl: string): ResponsiveImage {
  const variants = planVariants(img);
  const srcSet = (format: VariantFormat) =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `${folderUrl}/${v.file} ${v.width}w`)
      .join(', ');
  const formats = variantFormats(img.name);
  const fallback = formats.at(-1)!;
  const largest = variants.filter((v) => v.format === fallback).at(-1)!;
  return {
    sources: formats.slice(0, -1).map((format) => ({ type: MIME[format], srcSet: srcSet(format) })),
    src: `${folderUrl}/${largest.file}`,
    srcSet: srcSet(fallback),
    width: img.width,
    height: img.height,
  };
}

/**
 * The candidate a browser takes from a `w` srcset for a slot `slotWidth` CSS pixels wide at
 * `dpr` device pixels per CSS pixel: the narrowest at least as wide as needed, else the widest
 * (what Chromium and WebKit do with a fresh cache).
 */
export function pickFromSrcSet(srcSet: string, slotWidth: number, dpr: number): { url: string; width: number } {
  const candidates = srcSet
    .split(/,\s+/)
    .map((c) => {
      const [url, descriptor] = c.trim().split(/\s+/);
      return { url: url!, width: Number(descriptor!.replace(/w$/, '')) };
    })
    .sort((a, b) => a.width - b.width);
  const needed = slotWidth * dpr;
  return candidates.find((c) => c.width >= needed) ?? candidates.at(-1)!;
}

/** `sizes` for an image in a post's text column (max-w-3xl, 1rem padding on a phone). */
export const BODY_SIZES = '(min-width: 48rem) 48rem, calc(100vw - 2rem)';
