import type { Metadata } from 'next';
import Link from '@/components/Link';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { seriesIndexPath, seriesPath } from '@/lib/terms/series';
import { getSeries } from '@/lib/queries/terms';
import { alphabetical } from '@/lib/terms/tags';
import { siteTranslator } from '@/app/_routes/i18n';

export function generateMetadata(): Metadata {
  const tr = siteTranslator();
  return pageMetadata({ site: getSite(), title: tr.t('series.title'), description: tr.t('series.description'), path: seriesIndexPath() });
}

export default function Page() {
  const site = getSite();
  const tr = siteTranslator();
  const series = alphabetical(getSeries().terms, site.language);
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-bold">{tr.t('series.title')}</h1>
        <p className="mt-2 text-muted">{tr.t('series.intro')}</p>
      </header>
      {series.length ? (
        <ul className="grid gap-3">
          {series.map((s) => (
            <li key={s.slug}>
              <Link href={seriesPath(s.slug)} className="font-semibold">
                {s.name}
              </Link>{' '}
              <span className="text-muted">{tr.t('series.partCount', { n: s.count })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr.t('series.none')}</p>
      )}
    </>
  );
}
