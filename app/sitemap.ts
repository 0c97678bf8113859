import type { MetadataRoute } from 'next';
import { getAllPosts, getAuthors, getSite } from '@/lib/content';
import { getSeries, seriesIndexPath, seriesPath } from '@/lib/series';
import { sitemapEntries } from '@/lib/seo';
import { eventsPath } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const series = getSeries().terms;
  return sitemapEntries(
    getSite(),
    getAllPosts(),
    getAuthors(),
    ['/tags', '/categories', '/authors', eventsPath, ...(series.length ? [seriesIndexPath] : [])],
    series.map((s) => ({ path: seriesPath(s.slug), posts: s.posts })),
  );
}
