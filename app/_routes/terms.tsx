import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getSite, type Post } from '@/lib/content';
import type { FeedScope } from '@/lib/feed';
import { pluralise } from '@/lib/format';
import { laterPages, pagedPath, paginate, parsePageParam, type PageSlice } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo';
import { alphabetical, decodeSlug, taxonomies, type TaxonomyKind, type Term } from '@/lib/tags';
import { getTermIndex, termSlugs } from '@/lib/queries/terms';
import { FollowLinks } from '@/components/FollowLinks';
import { PostList } from '@/components/PostList';
import { TermIndex } from '@/components/TermIndex';
import { cardSlice } from '@/lib/queries/cards';

/** /tags and /categories: their metadata and page. */
export function termIndexRoute(kind: TaxonomyKind) {
  return {
    generateMetadata(): Metadata {
      return pageMetadata({
        site: getSite(),
        title: taxonomies[kind].title,
        description: `Every ${kind === 'tags' ? 'tag' : 'category'} on the blog with its number of posts, most used first and from A to Z.`,
        path: taxonomies[kind].indexPath,
      });
    },
    Page() {
      const { language } = getSite();
      const { terms } = getTermIndex(kind);
      return <TermIndex kind={kind} terms={terms} alphabetical={alphabetical(terms, language)} locale={language} />;
    },
  };
}

/** The route segment that holds the term's slug: app/tags/[tag], app/categories/[category]. */
type Segment = 'tag' | 'category';
type Params = Partial<Record<Segment | 'page', string>>;
interface RouteProps {
  params: Promise<Params>;
}

/**
 * Everything the four term routes (/tags/x, /tags/x/page/n and the same for categories) share:
 * their static params, metadata and page. Page 1 has no /page/1 URL; anything else unknown is a 404.
 */
export function termRoutes(kind: TaxonomyKind, segment: Segment) {
  const taxonomy = taxonomies[kind];
  const feedScope = (term: Term): FeedScope => ({ kind: kind === 'tags' ? 'tag' : 'category', slug: term.slug, name: term.name });

  function resolve(params: Params): { term: Term; slice: PageSlice<Post> } | undefined {
    const term = getTermIndex(kind).bySlug(decodeSlug(params[segment]));
    const page = params.page === undefined ? 1 : parsePageParam(params.page);
    if (!term || page === undefined || (params.page !== undefined && page < 2)) return undefined;
    const slice = paginate(term.posts, page, getSite().pageSize);
    return slice && { term, slice };
  }

  return {
    firstPageParams(): Params[] {
      return termSlugs(kind).map((slug) => ({ [segment]: slug }));
    },

    laterPageParams(): Params[] {
      const { terms } = getTermIndex(kind);
      const size = getSite().pageSize;
      const params = terms.flatMap((t) => laterPages(t.count, size).map((page) => ({ [segment]: t.slug, page: String(page) })));
      return params.length ? params : [{ [segment]: termSlugs(kind)[0]!, page: '1' }];
    },

    async generateMetadata({ params }: RouteProps): Promise<Metadata> {
      const found = resolve(await params);
      if (!found) return {};
      const { term, slice } = found;
      const heading = taxonomy.heading(term.name);
      const later = slice.page > 1 ? ` (page ${slice.page} of ${slice.pages})` : '';
      return pageMetadata({
        site: getSite(),
        title: `${heading}${later}`,
        description: `${taxonomy.describe(term)}${later ? ` Page ${slice.page} of ${slice.pages}.` : ''}`,
        path: pagedPath(taxonomy.path(term.slug), slice.page),
        // A term's page links to the term's own feeds as well.
        feed: feedScope(term),
      });
    },

    async Page({ params }: RouteProps) {
      const found = resolve(await params);
      if (!found) notFound();
      const { term, slice } = found;
      const site = getSite();
      return (
        <>
          <header className="mb-8">
            <p className="text-sm font-semibold uppercase tracking-wider text-muted">
              <Link href={taxonomy.indexPath} className="text-muted no-underline hover:underline">
                {taxonomy.title}
              </Link>
            </p>
            <h1 className="mt-1 text-3xl font-bold">{taxonomy.heading(term.name)}</h1>
            <p className="mt-2 text-muted">
              {pluralise(term.count, 'post')}
              {slice.pages > 1 ? `, page ${slice.page} of ${slice.pages}` : null}
            </p>
            <div className="mt-3 text-sm">
              <FollowLinks
                site={site}
                scope={feedScope(term)}
                label={`Follow ${taxonomy.heading(term.name)}`}
              />
            </div>
          </header>
          <PostList slice={cardSlice(slice, site)} base={taxonomy.path(term.slug)} siteUrl={site.url} label={`Posts: ${taxonomy.heading(term.name)}`} />
        </>
      );
    },
  };
}
