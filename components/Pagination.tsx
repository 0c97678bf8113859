import Link from '@/components/Link';
import { translator, type Translator } from '@/lib/i18n';
import { pagedPath, pageWindow } from '@/lib/routes/pagination';
import { absoluteUrl } from '@/lib/routes/urls';
import { arrows } from './arrows';

export interface PaginationProps {
  page: number;
  pages: number;
  /** The list's first page: "/" or "/tags/x". */
  base: string;
  siteUrl: string;
  /** The interface language (English when not given). */
  tr?: Translator;
}

const pill = 'inline-flex min-w-10 items-center justify-center rounded-full border px-3 py-1.5 no-underline';

const neighbours = (page: number, pages: number, base: string) => ({
  prev: page > 1 ? pagedPath(base, page - 1) : undefined,
  next: page < pages ? pagedPath(base, page + 1) : undefined,
});

/**
 * <link rel="prev|next"> for crawlers; React moves them into the head. Not inside a Suspense
 * fallback (React drops head elements there): the home page renders them outside its filter.
 */
export function PageRelLinks({ page, pages, base, siteUrl }: PaginationProps) {
  const { prev, next } = neighbours(page, pages, base);
  return (
    <>
      {prev ? <link rel="prev" href={absoluteUrl(siteUrl, prev)} /> : null}
      {next ? <link rel="next" href={absoluteUrl(siteUrl, next)} /> : null}
    </>
  );
}

/** Newer / numbered / older links. Renders nothing for a single page. */
export function Pagination({ page, pages, base, tr = translator('en') }: Omit<PaginationProps, 'siteUrl'>) {
  if (pages <= 1) return null;
  const { prev, next } = neighbours(page, pages, base);
  const { back, forward } = arrows(tr.dir);
  const prefix = tr.t('pagination.pagePrefix');
  return (
    <nav aria-label={tr.t('pagination.label')} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      <p className="w-full text-sm text-muted sm:w-auto">{tr.t('pagination.pageOf', { page, pages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {prev ? (
          <li>
            <Link href={prev} rel="prev" className={`${pill} border-border text-fg hover:border-accent`}>
              <span aria-hidden="true">{back}&nbsp;</span>
              {tr.t('pagination.newer')}
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={`${pill} border-accent bg-accent font-semibold text-accent-fg`}>
                  <span className="sr-only">{prefix}</span>
                  {p}
                </span>
              ) : (
                <Link href={pagedPath(base, p)} className={`${pill} border-border text-fg hover:border-accent`}>
                  <span className="sr-only">{prefix}</span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {next ? (
          <li>
            <Link href={next} rel="next" className={`${pill} border-border text-fg hover:border-accent`}>
              {tr.t('pagination.older')}
              <span aria-hidden="true">&nbsp;{forward}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
