/** A shipped catalogue that lacks keys (as a new key does until it is translated): English shows, and the key is reported. */
import { describe, expect, it, vi } from 'vitest';
import { missingKeys, translator } from '@/lib/i18n';

vi.mock('@/lib/i18n/de.json', async (original) => {
  const { default: de } = await original<{ default: typeof import('@/lib/i18n/de.json') }>();
  const { 'pagination.newer': _newer, 'posts.count': _count, ...rest } = de;
  return { default: { ...rest, 'pagination.older': '' } };
});

describe('a key missing from a shipped catalogue', () => {
  it('shows in English, never blank, and is listed by missingKeys', () => {
    const de = translator('de');
    expect(de.t('pagination.newer')).toBe('Newer');
    expect(de.t('pagination.older')).toBe('Older');
    expect(de.t('posts.count', { n: 2 })).toBe('2 posts');
    expect(de.t('pagination.pageOf', { page: 1, pages: 2 })).toBe('Seite 1 von 2');
    expect(missingKeys('de-AT')).toEqual(['posts.count', 'pagination.newer', 'pagination.older']);
    expect(missingKeys('nl')).toEqual([]);
  });
});
