/**
 * The picture a page shows when it is shared: a post's featured image (the 1200×630 crop the build
 * made of it), else the card generated for it at /og/posts/<slug>.png, and the site's own card for
 * every other page. Read by the page metadata (Open Graph, Twitter), the JSON-LD, the feeds and the
 * card routes (app/og/…), which also reduce the card's text here to what next/og's bundled font draws.
 */
import { preparedSocialImage } from '../images/responsive';
import type { Post, SiteConfig } from '../content';
import { absoluteBrowserUrl, absoluteUrl, assetUrl } from '../routes/urls';

export const SITE_SOCIAL_IMAGE = '/og/site.png';
export const postSocialImagePath = (slug: string) => `/og/posts/${slug}.png`;

export interface SocialImage {
  /** Absolute URL, base path included. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Posts with a featured image share it; the others get a card generated at build time. */
export function needsGeneratedImage(post: Pick<Post, 'featuredImage'>): boolean {
  return !post.featuredImage;
}

export function postSocialImage(site: SiteConfig, post: Post): SocialImage {
  const featured = post.featuredImage;
  if (featured) {
    // The 1200×630 crop the build made of it (lib/images), else the file as it is.
    const card = preparedSocialImage(post.slug, featured);
    return {
      url: absoluteBrowserUrl(site.url, card?.url ?? assetUrl(post, featured.name)),
      width: card?.width ?? featured.width ?? 1200,
      height: card?.height ?? featured.height ?? 630,
      alt: post.image.alt_text ?? post.image.caption ?? post.title,
    };
  }
  return { url: absoluteUrl(site.url, postSocialImagePath(post.slug)), width: 1200, height: 630, alt: post.title };
}

export function siteSocialImage(site: SiteConfig): SocialImage {
  return { url: absoluteUrl(site.url, SITE_SOCIAL_IMAGE), width: 1200, height: 630, alt: site.title };
}

/**
 * Text the social card can draw with next/og's bundled font. Any other character would make
 * next/og download a font or an emoji image at build time (an emoji fails the build offline), so
 * those are dropped. The ranges are the font's own coverage that matters for titles: Latin,
 * Latin Extended-A, Cyrillic, Vietnamese and common punctuation.
 */
const CARD_UNSUPPORTED =
  /[^\u0020-\u007e\u00a0-\u00ac\u00ae-\u0113\u0116-\u012b\u012e-\u0137\u0139-\u013e\u0141-\u0148\u014a-\u014d\u0150-\u017e\u0218-\u021b\u0400-\u045f\u1e9e\u1ea0-\u1ef9\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac]/gu;

export function socialCardText(text: string): string {
  return text.replace(CARD_UNSUPPORTED, '').replace(/\s+/g, ' ').trim();
}
