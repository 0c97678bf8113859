/**
 * What search engines and social networks read in a page's `<head>`: the Metadata object each
 * route's generateMetadata returns (title, description, canonical URL, feed and language
 * alternates, Open Graph, Twitter card), and the metadataBase the root layout sets. Paths handed
 * to Next's Metadata are site paths without the base path: metadataBase carries the origin *and*
 * the base path, and Next joins the two.
 */
import type { Metadata } from 'next';
import type { Author, Post, SiteConfig } from '../content';
import { isoDateTime } from '../format';
import { absoluteUrl, authorPath, browserUrl, postPath } from '../routes/urls';
import { feedAlternates, type FeedScope } from './feed-paths';
import { hreflangAlternates, pageTranslations, type Translation } from './hreflang';
import { postSocialImage, siteSocialImage, type SocialImage } from './social-images';

/** The site origin with the base path and a trailing slash: Next's metadataBase. */
export function siteBase(site: Pick<SiteConfig, 'url'>): URL {
  return new URL(`${site.url.replace(/\/+$/, '')}${browserUrl('/')}`);
}

export interface PageMetadataInput {
  site: SiteConfig;
  /** The page's own title; the layout's template appends the site name. Omit on the home page. */
  title?: string;
  description: string;
  /** Site path of the page, e.g. /posts/hello; the canonical URL. */
  path: string;
  image?: SocialImage;
  article?: { publishedTime: string; modifiedTime?: string; authors: string[]; tags: string[] };
  /** A tag's, category's or author's page links to their own feeds as well. */
  feed?: FeedScope;
  /** A post's versions, this one included (lib/queries/translations); other pages get theirs from the path. */
  translations?: readonly Translation[];
}

/**
 * Complete metadata for one page. Next merges metadata shallowly (a page's `openGraph` replaces the
 * layout's), so every page gets all of it from here: canonical, feed links, Open Graph, Twitter.
 */
export function pageMetadata({ site, title, description, path, image, article, feed, translations }: PageMetadataInput): Metadata {
  const picture = image ?? siteSocialImage(site);
  const images = [{ url: picture.url, width: picture.width, height: picture.height, alt: picture.alt }];
  const socialTitle = title ?? site.title;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: { canonical: path, types: feedAlternates(site, feed), languages: hreflangAlternates(site, translations ?? pageTranslations(site, path)) },
    openGraph: {
      title: socialTitle,
      description,
      url: path,
      siteName: site.title,
      locale: site.language.replace('-', '_'),
      images,
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime,
            modifiedTime: article.modifiedTime,
            authors: article.authors,
            tags: article.tags,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: socialTitle, description, images },
  };
}

/**
 * A page with nothing of its own for search engines to list (search results, the share form):
 * its metadata, marked not to be indexed; `follow` says whether its links may still be followed.
 */
export function unindexedPageMetadata(input: PageMetadataInput, { follow }: { follow: boolean }): Metadata {
  return { ...pageMetadata(input), robots: { index: false, follow } };
}

/** A post's page as an article; its dates as ISO instants, a bare day left a day (valid in Open Graph). */
export function postMetadata(site: SiteConfig, post: Post, authors: readonly Author[], translations: readonly Translation[] = []): Metadata {
  return pageMetadata({
    site,
    title: post.title,
    description: post.summary,
    path: postPath(post.slug),
    image: postSocialImage(site, post),
    translations,
    article: {
      publishedTime: isoDateTime(post.date),
      modifiedTime: post.lastmod ? isoDateTime(post.lastmod) : undefined,
      // A profile page where there is one; otherwise the name (a link would be a 404).
      authors: authors.map((a) => (a.hasProfile ? absoluteUrl(site.url, authorPath(a.id)) : a.name)),
      tags: post.tags,
    },
  });
}
