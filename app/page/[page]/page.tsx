import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { getSite } from '@/lib/content';
import { laterHomePage, laterHomePageParams } from '@/lib/queries/home';
import { pagedPath } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo';
import { cardSlice } from '@/lib/queries/cards';

export const dynamicParams = false;
export const generateStaticParams = laterHomePageParams;

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slice = laterHomePage((await params).page);
  if (!slice) return {};
  const site = getSite();
  return pageMetadata({
    site,
    title: `All posts (page ${slice.page} of ${slice.pages})`,
    description: `${site.description} Page ${slice.page} of ${slice.pages}, newest first.`,
    path: pagedPath('/', slice.page),
  });
}

export default async function HomeLaterPage({ params }: Props) {
  const slice = laterHomePage((await params).page);
  if (!slice) notFound();
  const site = getSite();
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight">All posts</h1>
        <p className="mt-2 text-muted">
          Page {slice.page} of {slice.pages}, newest first
        </p>
      </header>
      <PostList slice={cardSlice(slice, site)} base="/" siteUrl={site.url} label={`Posts, page ${slice.page}`} />
    </>
  );
}
