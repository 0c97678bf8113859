import type { MetadataRoute } from 'next';
import { getAllPosts, getAuthors, getSite } from '@/lib/content';
import { sitemapEntries } from '@/lib/seo';
import { eventsPath } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSite(), getAllPosts(), getAuthors(), ['/tags', '/categories', '/authors', eventsPath]);
}
