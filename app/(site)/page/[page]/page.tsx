import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/PostList';
import { getSite } from '@/lib/content';
import { laterHomePage, laterHomePageParams } from '@/lib/queries/home';
import { pagedPath } from '@/lib/routes/pagination';
import { pageMetadata } from '@/lib/publish/metadata';
import { cardSlice } from '@/lib/queries/cards';
import { siteTranslator } from '@/app/_routes/i18n';

export const dynamicParams = false;
export const generateStaticParams = laterHomePageParams;

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slice = laterHomePage((await params).page);
  if (!slice) return {};
  const site = getSite();
  const tr = siteTranslator();
  const at = { page: slice.page, pages: slice.pages };
  return pageMetadata({
    site,
    title: tr.t('home.laterTitle', at),
    description: tr.t('home.laterDescription', { ...at, description: site.description }),
    path: pagedPath('/', slice.page),
  });
}

export default async function HomeLaterPage({ params }: Props) {
  const slice = laterHomePage((await params).page);
  if (!slice) notFound();
  const site = getSite();
  const tr = siteTranslator();
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight">{tr.t('home.allPosts')}</h1>
        <p className="mt-2 text-muted">{tr.t('home.laterIntro', { page: slice.page, pages: slice.pages })}</p>
      </header>
      <PostList slice={cardSlice(slice, site)} base="/" siteUrl={site.url} label={tr.t('home.laterLabel', { page: slice.page })} tr={tr} />
    </>
  );
}
