import type { Metadata } from 'next';
import { MastodonShare } from '@/components/MastodonShare';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { MASTODON_SHARE_ROUTE } from '@/lib/share';

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata({ site: getSite(), title: 'Share on Mastodon', description: 'Share a post on your Mastodon server.', path: MASTODON_SHARE_ROUTE }),
    robots: { index: false, follow: false },
  };
}

/** Where a post's "Mastodon" share link leads: one static page for every post (the post is in the query). */
export default function SharePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">Share on Mastodon</h1>
      <MastodonShare origin={new URL(getSite().url).origin} />
      <p className="no-js-only">
        Mastodon has many servers, and choosing yours here needs JavaScript. Without it, copy the post&apos;s address from
        the page you came from and paste it into a new post on your server.
      </p>
    </div>
  );
}
