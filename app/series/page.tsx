import type { Metadata } from 'next';
import Link from 'next/link';
import { getSite } from '@/lib/content';
import { pluralise } from '@/lib/format';
import { pageMetadata } from '@/lib/seo';
import { seriesIndexPath, seriesPath } from '@/lib/series';
import { getSeries } from '@/lib/queries/terms';
import { alphabetical } from '@/lib/tags';

export const generateMetadata = (): Metadata =>
  pageMetadata({ site: getSite(), title: 'Series', description: 'Every series of posts on the blog, from A to Z.', path: seriesIndexPath });

export default function Page() {
  const site = getSite();
  const series = alphabetical(getSeries().terms, site.language);
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-bold">Series</h1>
        <p className="mt-2 text-muted">Posts written to be read in order.</p>
      </header>
      {series.length ? (
        <ul className="grid gap-3">
          {series.map((s) => (
            <li key={s.slug}>
              <Link href={seriesPath(s.slug)} className="font-semibold">
                {s.name}
              </Link>{' '}
              <span className="text-muted">({pluralise(s.count, 'part')})</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>No series yet.</p>
      )}
    </>
  );
}
