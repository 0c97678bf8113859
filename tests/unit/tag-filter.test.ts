import { describe, expect, it } from 'vitest';
import { describeMatches, filterSearch, MAX_FILTER_TAGS, matchPositions, pageOfPosition, parseFilter, toggleTag } from '@/lib/terms/tag-filter';

describe('filter state in the URL', () => {
  it('reads tags in order without repeats, and the match mode', () => {
    expect(parseFilter('?tag=community&tag=workshop')).toEqual({ tags: ['community', 'workshop'], match: 'all' });
    expect(parseFilter('?tag=a&tag=b&tag=a&match=any')).toEqual({ tags: ['a', 'b'], match: 'any' });
    expect(parseFilter('?match=nonsense&tag=')).toEqual({ tags: [], match: 'all' });
    expect(parseFilter('?tag=%E6%97%A5%E6%9C%AC')).toEqual({ tags: ['日本'], match: 'all' });
    const many = Array.from({ length: 20 }, (_, i) => `tag=t${i}`).join('&');
    expect(parseFilter(`?${many}`).tags).toHaveLength(MAX_FILTER_TAGS);
  });

  it('writes the state back so that reading it gives the same state', () => {
    const state = { tags: ['community', 'workshop'], match: 'any' as const };
    expect(filterSearch(state)).toBe('?tag=community&tag=workshop&match=any');
    expect(parseFilter(filterSearch(state))).toEqual(state);
    expect(filterSearch({ tags: ['a'], match: 'all' })).toBe('?tag=a');
    expect(filterSearch({ tags: [], match: 'all' })).toBe('');
    expect(filterSearch({ tags: ['a'], match: 'all' }, '?utm_source=x&tag=old&match=any')).toBe('?utm_source=x&tag=a');
  });

  it('toggles a tag on and off, keeping the order of the others', () => {
    const state = { tags: ['a', 'b'], match: 'all' as const };
    expect(toggleTag(state, 'c').tags).toEqual(['a', 'b', 'c']);
    expect(toggleTag(state, 'a').tags).toEqual(['b']);
  });
});

describe('matching posts', () => {
  const community = [0, 2, 3, 7, 9];
  const workshop = [1, 2, 7, 8];

  it('all of: posts that have every tag; any of: posts that have one, newest first', () => {
    expect(matchPositions([community, workshop], 'all')).toEqual([2, 7]);
    expect(matchPositions([community, workshop], 'any')).toEqual([0, 1, 2, 3, 7, 8, 9]);
    expect(matchPositions([community], 'all')).toEqual(community);
    expect(matchPositions([community, []], 'all')).toEqual([]);
    expect(matchPositions([], 'any')).toEqual([]);
  });

  it('finds the home page whose cards hold a post', () => {
    expect(pageOfPosition(0, 10)).toBe(1);
    expect(pageOfPosition(9, 10)).toBe(1);
    expect(pageOfPosition(10, 10)).toBe(2);
  });

  it('says how many posts match, in words', () => {
    expect(describeMatches(1, ['community'], 'all')).toBe('1 post has the tag #community.');
    expect(describeMatches(3, ['community', 'workshop'], 'all')).toBe('3 posts have all of #community and #workshop.');
    expect(describeMatches(0, ['a', 'b', 'c'], 'any')).toBe('0 posts have any of #a, #b or #c.');
  });
});
