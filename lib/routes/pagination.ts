/**
 * Pagination of post lists. Page 1 of a list lives at its base URL (/, /tags/x); later pages at
 * <base>/page/<n>. There is no /page/1: one URL per page.
 */

export interface PageSlice<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
}

/** At least one page, so an empty list still has its (empty) first page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on one page, or undefined when the page does not exist. */
export function paginate<T>(items: readonly T[], page: number, size: number): PageSlice<T> | undefined {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pages, total: items.length };
}

/** A page number as written in a URL segment: digits only, no leading zero ("02" is not page 2). */
export function parsePageParam(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : undefined;
}

/** The URL of a page of the list at `base` ("/" or "/tags/x"). */
export function pagedPath(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base.replace(/\/+$/, '')}/page/${page}`;
}

/** The numbers that get their own /page/<n> URL: 2 to the last page. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * Which page numbers a pager shows: the first, the last, and `span` either side of the current
 * one; `null` stands for a gap of two or more pages (a gap of one shows the page instead).
 */
export function pageWindow(page: number, pages: number, span = 1): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let p = page - span; p <= page + span; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && p - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && p - last > 2) out.push(null);
    out.push(p);
  }
  return out;
}
