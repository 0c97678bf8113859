import type { MetadataRoute } from 'next';
import { getAuthors, getPublishedPosts, getSite } from '@/lib/content';
import { withLanguage } from '@/lib/routes/page-language';
import { postTranslations } from '@/lib/queries/translations';
import { buildSeriesIndex, seriesIndexPath, seriesPath } from '@/lib/terms/series';
import { hreflangAlternates, pageTranslations } from '@/lib/publish/hreflang';
import { sitemapEntries } from '@/lib/publish/sitemap';
import { absoluteBrowserUrl, browserUrl, pagePath } from '@/lib/routes/urls';
import { SITEMAP_INDEXES } from '@/lib/routes/table';

export const dynamic = 'force-static';

/** One sitemap for every language; each page names its versions in the others (xhtml:link). */
export default function sitemap(): MetadataRoute.Sitemap {
  return getSite().languages.flatMap((language) =>
    withLanguage(language.code, () => {
      const site = getSite();
      const published = getPublishedPosts();
      const series = buildSeriesIndex(published).terms;
      const absolute = (path: string) => absoluteBrowserUrl(site.url, browserUrl(path));
      const alternates = (path: string, post?: (typeof published)[number]) => {
        const languages = hreflangAlternates(site, post ? postTranslations(post) : pageTranslations(site, path));
        return languages ? { languages: Object.fromEntries(Object.entries(languages).map(([code, p]) => [code, absolute(p)])) } : undefined;
      };
      return sitemapEntries(
        site,
        published,
        getAuthors(),
        [...SITEMAP_INDEXES.map((segment) => pagePath(`/${segment}`)), ...(series.length ? [seriesIndexPath()] : [])],
        series.map((s) => ({ path: seriesPath(s.slug), posts: s.posts })),
        alternates,
      );
    }),
  );
}
