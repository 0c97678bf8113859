import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostCard } from '@/components/PostCard';
import { getAllPosts, getAuthor, getSite } from '@/lib/content';
import { pluralise } from '@/lib/format';
import { pageMetadata } from '@/lib/seo';
import { collectTags, postsWithTag } from '@/lib/tags';
import { tagPath } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  const tags = collectTags(getAllPosts());
  return tags.length ? tags.map((t) => ({ tag: t.slug })) : [{ tag: '_' }];
}

type Props = { params: Promise<{ tag: string }> };

function findTag(slug: string) {
  return collectTags(getAllPosts()).find((t) => t.slug === decodeURIComponent(slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = findTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    site: getSite(),
    title: `#${tag.name}`,
    description: `${pluralise(tag.count, 'post')} tagged ${tag.name}.`,
    path: tagPath(tag.slug),
    tag,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = findTag((await params).tag);
  if (!tag) notFound();
  const site = getSite();
  const posts = postsWithTag(getAllPosts(), tag.slug);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">#{tag.name}</h1>
      <p className="mb-8 text-muted">{pluralise(posts.length, 'post')}</p>
      <ol className="grid gap-6">
        {posts.map((post) => (
          <li key={post.slug}>
            <PostCard post={post} authors={post.authors.map((id) => getAuthor(id)!)} locale={site.language} timeZone={site.timezone} />
          </li>
        ))}
      </ol>
    </>
  );
}
