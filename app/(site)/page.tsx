import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { NextEventBlock } from '@/components/NextEventBlock';
import { PageRelLinks } from '@/components/Pagination';
import { PostList } from '@/components/PostList';
import { TagFilter } from '@/components/TagFilter';
import { getAllPosts, getSite } from '@/lib/content';
import { filterChips, homePage } from '@/lib/queries/home';
import { blogJsonLd } from '@/lib/publish/json-ld';
import { pageMetadata } from '@/lib/publish/metadata';
import { languagePrefix } from '@/lib/routes/urls';
import { cardSlice } from '@/lib/queries/cards';
import { tagFilterLabels } from '@/components/island-labels';
import { siteTranslator } from '@/app/_routes/i18n';

export function generateMetadata(): Metadata {
  const site = getSite();
  return pageMetadata({ site, description: site.description, path: '/' });
}

export default function HomePage() {
  const site = getSite();
  const slice = homePage(1)!;
  const tr = siteTranslator();
  const { chips, moreTags } = filterChips(tr);
  return (
    <>
      <JsonLd data={blogJsonLd(site, getAllPosts())} />
      <div className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.title}</h1>
        <p className="mt-2 text-lg text-muted">{site.description}</p>
      </div>
      <NextEventBlock posts={getAllPosts()} locale={site.language} tr={tr} />
      {slice.total === 0 ? (
        <p>{tr.t('home.empty')}</p>
      ) : chips.length ? (
        <>
          <PageRelLinks page={1} pages={slice.pages} base="/" siteUrl={site.url} />
          <TagFilter chips={chips} moreTags={moreTags} pageSize={site.pageSize} total={slice.total} labels={tagFilterLabels(tr)} prefix={languagePrefix()}>
            <PostList slice={cardSlice(slice, site)} base="/" siteUrl={site.url} label={tr.t('home.listLabel')} relLinks={false} tr={tr} />
          </TagFilter>
        </>
      ) : (
        <PostList slice={cardSlice(slice, site)} base="/" siteUrl={site.url} label={tr.t('home.listLabel')} tr={tr} />
      )}
    </>
  );
}
