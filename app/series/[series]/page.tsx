import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormattedDate } from '@/components/FormattedDate';
import { getSite } from '@/lib/content';
import { pluralise } from '@/lib/format';
import { pageMetadata } from '@/lib/seo';
import { seriesIndexPath, seriesPath } from '@/lib/series';
import { getSeries } from '@/lib/queries/terms';
import { PLACEHOLDER, neverEmpty } from '@/lib/static-params';
import { decodeSlug } from '@/lib/tags';
import { postPath } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return neverEmpty(getSeries().terms.map((t) => ({ series: t.slug })), { series: PLACEHOLDER });
}

type Props = { params: Promise<{ series: string }> };

const find = async ({ params }: Props) => getSeries().bySlug(decodeSlug((await params).series));

export async function generateMetadata(props: Props): Promise<Metadata> {
  const series = await find(props);
  if (!series) return {};
  return pageMetadata({
    site: getSite(),
    title: `Series: ${series.name}`,
    description: `${pluralise(series.count, 'part')} of the series ${series.name}, in reading order.`,
    path: seriesPath(series.slug),
  });
}

export default async function Page(props: Props) {
  const series = await find(props);
  if (!series) notFound();
  const site = getSite();
  return (
    <>
      <header className="mb-8">
        <p className="text-sm font-semibold uppercase tracking-wider text-muted">
          <Link href={seriesIndexPath} className="text-muted no-underline hover:underline">
            Series
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold">{series.name}</h1>
        <p className="mt-2 text-muted">{pluralise(series.count, 'part')}, in reading order</p>
      </header>
      <ol className="grid gap-4">
        {series.posts.map((post, i) => (
          <li key={post.slug} className="rounded-xl border border-border p-4">
            <span className="block text-sm text-muted">
              Part {i + 1} · <FormattedDate iso={post.date} locale={site.language} timeZone={site.timezone} />
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
