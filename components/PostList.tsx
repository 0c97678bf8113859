import type { CardData } from '@/lib/publish/cards';
import type { Translator } from '@/lib/i18n';
import type { PageSlice } from '@/lib/routes/pagination';
import { PageRelLinks, Pagination } from './Pagination';
import { PostCardView } from './PostCardView';

export interface PostListProps {
  slice: PageSlice<CardData>;
  /** The list's first page ("/", "/tags/x"); later pages add /page/<n>. */
  base: string;
  siteUrl: string;
  label: string;
  headingLevel?: 'h2' | 'h3';
  /** False where the page renders <PageRelLinks> itself (outside a Suspense boundary). */
  relLinks?: boolean;
  tr?: Translator;
}

/** One page of a post list, newest first, with links to the other pages. */
export function PostList({ slice, base, siteUrl, label, headingLevel, relLinks = true, tr }: PostListProps) {
  return (
    <>
      {relLinks ? <PageRelLinks page={slice.page} pages={slice.pages} base={base} siteUrl={siteUrl} /> : null}
      <ol className="grid gap-6" aria-label={label}>
        {slice.items.map((card, i) => (
          <li key={card.href}>
            <PostCardView card={card} eager={slice.page === 1 && i < 2} headingLevel={headingLevel} tr={tr} />
          </li>
        ))}
      </ol>
      <Pagination page={slice.page} pages={slice.pages} base={base} tr={tr} />
    </>
  );
}
