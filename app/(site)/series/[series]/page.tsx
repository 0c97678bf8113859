import type { Metadata } from 'next';
import Link from '@/components/Link';
import { notFound } from 'next/navigation';
import { FormattedDate } from '@/components/FormattedDate';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { seriesIndexPath, seriesPath } from '@/lib/terms/series';
import { getSeries } from '@/lib/queries/terms';
import { PLACEHOLDER, neverEmpty } from '@/lib/routes/static-params';
import { decodeSlug } from '@/lib/terms/tags';
import { postPath } from '@/lib/routes/urls';
import { siteTranslator } from '@/app/_routes/i18n';

export const dynamicParams = false;

export function generateStaticParams() {
  return neverEmpty(getSeries().terms.map((t) => ({ series: t.slug })), { series: PLACEHOLDER });
}

type Props = { params: Promise<{ series: string }> };

const find = async ({ params }: Props) => getSeries().bySlug(decodeSlug((await params).series));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const series = await find(props);
  if (!series) return {};
  const tr = siteTranslator();
  return pageMetadata({
    site: getSite(),
    title: tr.t('series.named', { name: series.name }),
    description: tr.t('series.pageDescription', { n: series.count, name: series.name }),
    path: seriesPath(series.slug),
  });
}

export default async function Page(props: Props) {
  const series = await find(props);
  if (!series) notFound();
  const site = getSite();
  const tr = siteTranslator();
  return (
    <>
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wider text-muted">
          <Link href={seriesIndexPath()} className="text-muted no-underline hover:underline">
            {tr.t('series.title')}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold">{series.name}</h1>
        <p className="mt-2 text-muted">{tr.t('series.partsInOrder', { n: series.count })}</p>
      </header>
      <ol className="grid gap-4">
        {series.posts.map((post, i) => (
          <li key={post.slug} className="rounded-xl border border-border p-4">
            <span className="block text-sm text-muted">
              {tr.t('series.part', { n: i + 1 })} · <FormattedDate iso={post.date} locale={site.language} timeZone={site.timezone} />
            </span>
            <Link href={postPath(post.slug)} className="text-lg font-semibold">
              {post.title}
            </Link>
            <p className="mt-1 text-muted">{post.summary}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
