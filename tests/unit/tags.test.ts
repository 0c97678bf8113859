import { describe, expect, it } from 'vitest';
import { alphabetical, assignSlugs, buildTermIndex, normaliseTag, slugForKey, termLinks } from '@/lib/terms/tags';

/** The URL slug a lone tag gets. */
const slug = (raw: string) => slugForKey(normaliseTag(raw));

describe('normaliseTag: one identity per tag', () => {
  it('folds case, spaces, underscores and hyphens', () => {
    for (const raw of ['Public Preview', 'public preview', 'public-preview', 'PUBLIC_PREVIEW', '  Public   Preview  ', 'public--preview', 'Public\tPreview']) {
      expect(normaliseTag(raw), raw).toBe('public-preview');
    }
  });

  it('drops punctuation but spells out symbols that carry meaning', () => {
    expect(normaliseTag('Node.js')).toBe('node-js');
    expect(normaliseTag('Q&A')).toBe('q-and-a');
    expect(normaliseTag("Women's Day")).toBe('womens-day');
    expect(normaliseTag('what?!')).toBe('what');
    expect(normaliseTag('#community')).toBe('community');
    expect(normaliseTag('.NET')).toBe('dot-net');
  });

  it('keeps C, C++ and C# apart', () => {
    expect(normaliseTag('C')).toBe('c');
    expect(normaliseTag('C++')).toBe('c-plus-plus');
    expect(normaliseTag('c++')).toBe('c-plus-plus');
    expect(normaliseTag('C#')).toBe('c-sharp');
    expect(normaliseTag('F#')).toBe('f-sharp');
    expect(new Set(['C', 'C++', 'C#'].map(slug)).size).toBe(3);
  });

  it('keeps letters of every script and their accents in the identity', () => {
    expect(normaliseTag('Café')).toBe('café');
    expect(normaliseTag('Україна')).toBe('україна');
    expect(normaliseTag('日本語 タグ')).toBe('日本語-タグ');
    // Composed and decomposed é, full-width letters and ligatures are the same tag.
    expect(normaliseTag('Cafe\u0301')).toBe(normaliseTag('Caf\u00e9'));
    expect(normaliseTag('ＣＯＭＭＵＮＩＴＹ')).toBe('community');
    expect(normaliseTag('ﬁnance')).toBe('finance');
  });

  it('is empty for a tag with no letters or digits', () => {
    expect(normaliseTag('  ')).toBe('');
    expect(normaliseTag('#')).toBe('');
    expect(normaliseTag('🎉')).toBe('');
  });
});

describe('slugs in URLs', () => {
  it('transliterates what has a Latin spelling and keeps the rest', () => {
    expect(slug('Café')).toBe('cafe');
    expect(slug('Straße')).toBe('strasse');
    expect(slug('Łódź')).toBe('lodz');
    expect(slug('Україна')).toBe('ukrayina');
    expect(slug('Ελληνικά')).toBe('ellinika');
    expect(slug('日本語')).toBe('日本語');
  });

  it('gives colliding identities distinct slugs, the ASCII spelling keeping the plain one', () => {
    const slugs = assignSlugs(['café', 'cafe', 'cafè']);
    expect(slugs.get('cafe')).toBe('cafe');
    expect(slugs.get('cafè')).toBe('cafe-2');
    expect(slugs.get('café')).toBe('cafe-3');
    // The same answer whatever order the tags were met in.
    expect(assignSlugs(['cafè', 'cafe', 'café'])).toEqual(slugs);
  });

  it('never hands out a suffixed slug that a real tag already has', () => {
    const slugs = assignSlugs(['café', 'cafe', 'cafe-2']);
    expect(slugs.get('cafe')).toBe('cafe');
    expect(slugs.get('cafe-2')).toBe('cafe-2');
    expect(slugs.get('café')).toBe('cafe-3');
  });
});

describe('buildTermIndex', () => {
  type P = { id: string; tags: string[] };
  const posts: P[] = [
    { id: 'newest', tags: ['public-preview', 'Café', 'C++'] },
    { id: 'b', tags: ['Public Preview', 'cafe', 'C'] },
    { id: 'c', tags: ['Public Preview', 'public preview', 'C#'] },
    { id: 'oldest', tags: ['public preview', 'C'] },
  ];
  const index = buildTermIndex(posts, (p) => p.tags);

  it('counts each post once per tag, most used first', () => {
    expect(index.terms.map((t) => [t.slug, t.count])).toEqual([
      ['public-preview', 4],
      ['c', 2],
      ['c-sharp', 1],
      ['c-plus-plus', 1],
      ['cafe', 1],
      ['cafe-2', 1],
    ]);
    expect(index.bySlug('public-preview')!.posts.map((p) => p.id)).toEqual(['newest', 'b', 'c', 'oldest']);
  });

  it('names a tag by the spelling most posts use, ties going to the newest post', () => {
    expect(index.bySlug('public-preview')!.name).toBe('Public Preview');
    const tie = buildTermIndex([{ tags: ['open source'] }, { tags: ['Open Source'] }], (p) => p.tags);
    expect(tie.terms[0]!.name).toBe('open source');
  });

  it('finds a term by any of its spellings and links a post to the site-wide name and slug', () => {
    expect(index.byName('PUBLIC  preview')!.slug).toBe('public-preview');
    expect(index.byName('Café')!.slug).toBe('cafe-2');
    expect(termLinks(['public-preview', 'Café', 'cafe', 'Public Preview', 'Unknown Tag', '!!'], index)).toEqual([
      { name: 'Public Preview', slug: 'public-preview' },
      { name: 'Café', slug: 'cafe-2' },
      { name: 'cafe', slug: 'cafe' },
      { name: 'Unknown Tag', slug: 'unknown-tag' },
    ]);
  });

  it('sorts alphabetically in the language of the site', () => {
    const terms = buildTermIndex([{ tags: ['zebra', 'Äpfel', 'apple', 'Banana', 'ångström'] }], (p) => p.tags).terms;
    expect(alphabetical(terms, 'en').map((t) => t.name)).toEqual(['ångström', 'Äpfel', 'apple', 'Banana', 'zebra']);
    expect(alphabetical(terms, 'sv').map((t) => t.name)).toEqual(['apple', 'Banana', 'zebra', 'ångström', 'Äpfel']);
  });
});
