import type { Metadata } from 'next';
import Link from '@/components/Link';
import { notFound } from 'next/navigation';
import { getSite, type Post } from '@/lib/content';
import type { FeedScope } from '@/lib/publish/feed-paths';
import { laterPages, pagedPath, paginate, parsePageParam, type PageSlice } from '@/lib/routes/pagination';
import { pageMetadata } from '@/lib/publish/metadata';
import { alphabetical, decodeSlug, taxonomies, type TaxonomyKind, type Term } from '@/lib/terms/tags';
import { getTermIndex, termSlugs } from '@/lib/queries/terms';
import { neverEmpty, PLACEHOLDER } from '@/lib/routes/static-params';
import { FollowLinks } from '@/components/FollowLinks';
import { PostList } from '@/components/PostList';
import { TERM_MESSAGES, TermIndex } from '@/components/TermIndex';
import { cardSlice } from '@/lib/queries/cards';
import { siteTranslator } from './i18n';

/** /tags and /categories: their metadata and page. */
export function termIndexRoute(kind: TaxonomyKind) {
  return {
    generateMetadata(): Metadata {
      const tr = siteTranslator();
      return pageMetadata({
        site: getSite(),
        title: tr.t(TERM_MESSAGES[kind].title),
        description: tr.t(TERM_MESSAGES[kind].indexDescription),
        path: taxonomies[kind].indexPath,
      });
    },
    Page() {
      const { language } = getSite();
      const { terms } = getTermIndex(kind);
      return <TermIndex kind={kind} terms={terms} alphabetical={alphabetical(terms, language)} locale={language} tr={siteTranslator()} />;
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
  const words = TERM_MESSAGES[kind];
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
      return neverEmpty(params, { [segment]: termSlugs(kind)[0] ?? PLACEHOLDER, page: '1' });
    },

    async generateMetadata({ params }: RouteProps): Promise<Metadata> {
      const found = resolve(await params);
      if (!found) return {};
      const { term, slice } = found;
      const tr = siteTranslator();
      const heading = taxonomy.heading(term.name);
      const description = tr.t(words.describe, { n: term.count, name: term.name });
      const at = { page: slice.page, pages: slice.pages };
      const later = slice.page > 1;
      return pageMetadata({
        site: getSite(),
        title: later ? tr.t('terms.laterTitle', { ...at, heading }) : heading,
        description: later ? tr.t('terms.laterDescription', { ...at, description }) : description,
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
      const tr = siteTranslator();
      const heading = taxonomy.heading(term.name);
      return (
        <>
          <header className="mb-8">
            <p className="text-sm font-semibold uppercase tracking-wider text-muted">
              <Link href={taxonomy.indexPath} className="text-muted no-underline hover:underline">
                {tr.t(words.title)}
              </Link>
            </p>
            <h1 className="mt-1 text-3xl font-bold">{heading}</h1>
            <p className="mt-2 text-muted">
              {slice.pages > 1 ? tr.t('terms.postsOnPage', { n: term.count, page: slice.page, pages: slice.pages }) : tr.t('posts.count', { n: term.count })}
            </p>
            <div className="mt-3 text-sm">
              <FollowLinks site={site} scope={feedScope(term)} label={tr.t('follow.named', { name: heading })} tr={tr} />
            </div>
          </header>
          <PostList
            slice={cardSlice(slice, site)}
            base={taxonomy.path(term.slug)}
            siteUrl={site.url}
            label={tr.t('terms.postsLabel', { name: heading })}
            tr={tr}
          />
        </>
      );
    },
  };
}
