import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { NextEventBlock } from '@/components/NextEventBlock';
import { PostCard } from '@/components/PostCard';
import { getAuthor, getContent, getSite } from '@/lib/content';
import { blogJsonLd, pageMetadata } from '@/lib/seo';

export function generateMetadata(): Metadata {
  const site = getSite();
  return pageMetadata({ site, description: site.description, path: '/' });
}

export default function HomePage() {
  const { site, posts } = getContent();
  return (
    <>
      <JsonLd data={blogJsonLd(site, posts)} />
      <div className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{site.title}</h1>
        <p className="mt-2 text-lg text-muted">{site.description}</p>
      </div>
      <NextEventBlock posts={posts} locale={site.language} />
      {posts.length === 0 ? (
        <p>No posts yet. Add a file to content/posts/ to publish the first one.</p>
      ) : (
        <ol className="grid gap-6" aria-label="Posts, newest first">
          {posts.map((post, i) => (
            <li key={post.slug}>
              <PostCard
                post={post}
                authors={post.authors.map((id) => getAuthor(id)!)}
                locale={site.language}
                timeZone={site.timezone}
                eager={i < 2}
              />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
