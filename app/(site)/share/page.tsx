import type { Metadata } from 'next';
import { MastodonShare } from '@/components/MastodonShare';
import { getSite } from '@/lib/content';
import { unindexedPageMetadata } from '@/lib/publish/metadata';
import { MASTODON_SHARE_ROUTE } from '@/lib/publish/share';
import { siteTranslator } from '@/app/_routes/i18n';

export function generateMetadata(): Metadata {
  const tr = siteTranslator();
  return unindexedPageMetadata({ site: getSite(), title: tr.t('mastodon.title'), description: tr.t('mastodon.description'), path: MASTODON_SHARE_ROUTE }, { follow: false });
}

/** Where a post's "Mastodon" share link leads: one static page for every post (the post is in the query). */
export default function SharePage() {
  const tr = siteTranslator();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">{tr.t('mastodon.title')}</h1>
      <MastodonShare origin={new URL(getSite().url).origin} tr={tr} />
      <p className="no-js-only">{tr.t('mastodon.noJs')}</p>
    </div>
  );
}
