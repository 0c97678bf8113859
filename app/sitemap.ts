import type { MetadataRoute } from 'next';
import { getAuthors, getPublishedPosts, getSite } from '@/lib/content';
import { buildSeriesIndex, seriesIndexPath, seriesPath } from '@/lib/series';
import { sitemapEntries } from '@/lib/seo';
import { eventsPath } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const published = getPublishedPosts();
  const series = buildSeriesIndex(published).terms;
  return sitemapEntries(
    getSite(),
    published,
    getAuthors(),
    ['/tags', '/categories', '/authors', eventsPath, ...(series.length ? [seriesIndexPath] : [])],
    series.map((s) => ({ path: seriesPath(s.slug), posts: s.posts })),
  );
}
