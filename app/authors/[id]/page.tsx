import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostCard } from '@/components/PostCard';
import { getAllPosts, getAuthor, getAuthors, getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';
import { authorPath } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  const ids = getAuthors().map((a) => ({ id: a.id }));
  return ids.length ? ids : [{ id: '_' }];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = getAuthor((await params).id);
  if (!author) return {};
  return pageMetadata({ site: getSite(), title: author.name, description: author.role ?? `Posts by ${author.name}`, path: authorPath(author.id) });
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).id);
  if (!author) notFound();
  const site = getSite();
  const posts = getAllPosts().filter((p) => p.authors.includes(author.id));
  return (
    <>
      <header className="mb-8">
        <h1 className="text-3xl font-bold">{author.name}</h1>
        {author.role ? <p className="mt-1 text-muted">{author.role}</p> : null}
        {author.bio ? <p className="mt-4 max-w-2xl">{author.bio}</p> : null}
      </header>
      <h2 className="mb-4 text-xl font-semibold">Posts</h2>
      <ol className="grid gap-6">
        {posts.map((post) => (
          <li key={post.slug}>
            <PostCard post={post} authors={post.authors.map((id) => getAuthor(id)!)} locale={site.language} timeZone={site.timezone} headingLevel="h3" />
          </li>
        ))}
      </ol>
    </>
  );
}
