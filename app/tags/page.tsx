import type { Metadata } from 'next';
import Link from 'next/link';
import { getAllPosts, getSite } from '@/lib/content';
import { pluralise } from '@/lib/format';
import { pageMetadata } from '@/lib/seo';
import { collectTags } from '@/lib/tags';
import { tagPath } from '@/lib/urls';

export function generateMetadata(): Metadata {
  return pageMetadata({ site: getSite(), title: 'Tags', description: 'Every topic on the blog, with its number of posts.', path: '/tags' });
}

export default function TagsPage() {
  const tags = collectTags(getAllPosts());
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Tags</h1>
      {tags.length === 0 ? (
        <p>No tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={tagPath(tag.slug)} className="inline-block rounded-full border border-border bg-surface px-4 py-2 text-fg no-underline hover:border-accent">
                #{tag.name} <span className="text-muted">({pluralise(tag.count, 'post')})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
