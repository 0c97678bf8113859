import { postAuthors, type Post, type SiteConfig } from '@/lib/content';
import type { PageSlice } from '@/lib/pagination';
import { PageRelLinks, Pagination } from './Pagination';
import { PostCard } from './PostCard';

export interface PostListProps {
  slice: PageSlice<Post>;
  /** The list's first page ("/", "/tags/x"); later pages add /page/<n>. */
  base: string;
  site: SiteConfig;
  label: string;
  headingLevel?: 'h2' | 'h3';
  /** False where the page renders <PageRelLinks> itself (outside a Suspense boundary). */
  relLinks?: boolean;
}

/** One page of a post list, newest first, with links to the other pages. */
export function PostList({ slice, base, site, label, headingLevel, relLinks = true }: PostListProps) {
  return (
    <>
      {relLinks ? <PageRelLinks page={slice.page} pages={slice.pages} base={base} siteUrl={site.url} /> : null}
      <ol className="grid gap-6" aria-label={label}>
        {slice.items.map((post, i) => (
          <li key={post.slug}>
            <PostCard
              post={post}
              authors={postAuthors(post)}
              locale={site.language}
              timeZone={site.timezone}
              eager={slice.page === 1 && i < 2}
              headingLevel={headingLevel}
            />
          </li>
        ))}
      </ol>
      <Pagination page={slice.page} pages={slice.pages} base={base} />
    </>
  );
}
