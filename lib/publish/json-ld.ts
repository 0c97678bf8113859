/**
 * The schema.org descriptions search engines read from a page's `<script type="application/ld+json">`:
 * a BlogPosting for a post page, a Blog of the newest posts for the home page, and the escaping
 * that keeps any such script closed (components/JsonLd.tsx writes them). Dates are ISO instants,
 * a bare day left a day, which schema.org accepts.
 */
import type { Author, Post, SiteConfig } from '../content';
import { isoDateTime } from '../format';
import { absoluteUrl, authorPath, postPath } from '../routes/urls';
import { postSocialImage } from './social-images';

function personLd(site: SiteConfig, author: Author) {
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.hasProfile ? { url: absoluteUrl(site.url, authorPath(author.id)) } : {}),
  };
}

/** schema.org BlogPosting for a post page. */
export function blogPostingJsonLd(site: SiteConfig, post: Post, authors: readonly Author[]) {
  const url = absoluteUrl(site.url, postPath(post.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: isoDateTime(post.date),
    dateModified: isoDateTime(post.lastmod ?? post.date),
    author: authors.map((a) => personLd(site, a)),
    image: [postSocialImage(site, post).url],
    keywords: post.tags,
    inLanguage: site.language,
    isPartOf: { '@type': 'Blog', name: site.title, url: absoluteUrl(site.url, '/') },
  };
}

/** schema.org Blog for the home page, listing its newest posts. */
export function blogJsonLd(site: SiteConfig, posts: readonly Post[], limit = 10) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    name: site.title,
    description: site.description,
    url: absoluteUrl(site.url, '/'),
    inLanguage: site.language,
    blogPost: posts.slice(0, limit).map((post) => ({
      '@type': 'BlogPosting',
      headline: post.title,
      url: absoluteUrl(site.url, postPath(post.slug)),
      datePublished: isoDateTime(post.date),
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so that no text in a title can
 * close the script element (`</script>`) or open a comment; U+2028/2029 so old parsers cope.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
