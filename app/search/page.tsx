import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchBox } from '@/components/SearchBox';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

export function generateMetadata(): Metadata {
  return {
    ...pageMetadata({ site: getSite(), title: 'Search', description: 'Search every post on the blog.', path: '/search' }),
    // A results page has nothing of its own for search engines.
    robots: { index: false, follow: true },
  };
}

/** Where the header's search form leads without JavaScript, and a full-width search with it. */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold">Search</h1>
      <SearchBox variant="page" />
      <p className="no-js-only mt-6">
        Search runs in your browser and needs JavaScript. You can still find every post through the{' '}
        <Link href="/">list of posts</Link> and the <Link href="/tags">tags</Link>.
      </p>
    </div>
  );
}
