import type { Metadata } from 'next';
import Link from '@/components/Link';
import { SearchBox } from '@/components/SearchBox';
import { getSite } from '@/lib/content';
import { unindexedPageMetadata } from '@/lib/publish/metadata';
import { searchBoxLabels } from '@/components/island-labels';
import { rich } from '@/components/rich';
import { browserUrl, homePath, pagePath } from '@/lib/routes/urls';
import { siteTranslator } from '@/app/_routes/i18n';

export function generateMetadata(): Metadata {
  const tr = siteTranslator();
  // A results page has nothing of its own for search engines; the posts it leads to do.
  return unindexedPageMetadata({ site: getSite(), title: tr.t('search.title'), description: tr.t('search.description'), path: '/search' }, { follow: true });
}

/** Where the header's search form leads without JavaScript, and a full-width search with it. */
export default function SearchPage() {
  const tr = siteTranslator();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">{tr.t('search.title')}</h1>
      <SearchBox variant="page" labels={searchBoxLabels(tr)} action={browserUrl(pagePath('/search'))} />
      <p className="no-js-only mt-6">
        {rich(tr.t('search.noJs'), {
          posts: <Link href={homePath()}>{tr.t('search.noJsPosts')}</Link>,
          tags: <Link href={pagePath('/tags')}>{tr.t('search.noJsTags')}</Link>,
        })}
      </p>
    </div>
  );
}
