/**
 * The responsive form of a post's image, for pages: the planned variants (lib/images/plan.ts),
 * when the build has written them (public/posts/<slug>/img/, scripts/check-content.ts). Before
 * that (`npm run dev` without a check, a test compiling one body) the original is shown as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Asset } from '../content/discover';
import { browserUrl } from '../routes/urls';
import { isResponsive, responsiveImage, socialVariant, VARIANT_FOLDER, type ResponsiveImage, type SizedImage } from './plan';

function sized(asset: Asset): SizedImage | undefined {
  if (!asset.hash || !asset.width || !asset.height || !isResponsive(asset.name)) return undefined;
  return { name: asset.name, width: asset.width, height: asset.height, hash: asset.hash };
}

const published = (slug: string, file: string) =>
  fs.existsSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'public', 'posts', slug, VARIANT_FOLDER, file));

const folderUrl = (slug: string) => browserUrl(`/posts/${slug}/${VARIANT_FOLDER}`);

export function preparedImage(slug: string, asset: Asset | undefined): ResponsiveImage | undefined {
  const image = asset && sized(asset);
  if (!image) return undefined;
  const responsive = responsiveImage(image, folderUrl(slug));
  return published(slug, path.posix.basename(responsive.src)) ? responsive : undefined;
}

/** The 1200×630 crop of a featured image for social cards (base path included), once written. */
export function preparedSocialImage(slug: string, asset: Asset | undefined): { url: string; width: number; height: number } | undefined {
  const image = asset && sized(asset);
  if (!image) return undefined;
  const variant = socialVariant(image);
  return variant && published(slug, variant.file) ? { url: `${folderUrl(slug)}/${variant.file}`, width: variant.width, height: variant.height } : undefined;
}
