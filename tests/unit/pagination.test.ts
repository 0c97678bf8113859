import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pagedPath, paginate, pageWindow, parsePageParam } from '@/lib/routes/pagination';

describe('pagination', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);

  it('splits a list into pages of the configured size, the last one partial', () => {
    expect(pageCount(23, 10)).toBe(3);
    expect(pageCount(20, 10)).toBe(2);
    expect(pageCount(0, 10)).toBe(1);
    expect(paginate(items, 1, 10)).toEqual({ items: items.slice(0, 10), page: 1, pages: 3, total: 23 });
    expect(paginate(items, 3, 10)!.items).toEqual([20, 21, 22]);
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });

  it('has no page outside the range', () => {
    expect(paginate(items, 0, 10)).toBeUndefined();
    expect(paginate(items, 4, 10)).toBeUndefined();
    expect(paginate(items, 1.5, 10)).toBeUndefined();
    expect(paginate([], 2, 10)).toBeUndefined();
  });

  it('reads page numbers from URL segments strictly', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('15')).toBe(15);
    for (const bad of ['0', '02', '-1', '1.0', 'two', '', '2 ', '9999999']) expect(parsePageParam(bad), bad).toBeUndefined();
  });

  it('puts page 1 at the base URL and later pages under /page/n', () => {
    expect(pagedPath('/', 1)).toBe('/');
    expect(pagedPath('/', 2)).toBe('/page/2');
    expect(pagedPath('/tags/c-plus-plus', 1)).toBe('/tags/c-plus-plus');
    expect(pagedPath('/tags/c-plus-plus', 3)).toBe('/tags/c-plus-plus/page/3');
    expect(laterPages(23, 10)).toEqual([2, 3]);
    expect(laterPages(10, 10)).toEqual([]);
    expect(laterPages(0, 10)).toEqual([]);
  });

  it('shows first, last and neighbours of the current page, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 9)).toEqual([1, 2, null, 9]);
    expect(pageWindow(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    // A gap of a single page shows that page instead of an ellipsis.
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, null, 9]);
    expect(pageWindow(9, 9)).toEqual([1, null, 8, 9]);
  });
});
