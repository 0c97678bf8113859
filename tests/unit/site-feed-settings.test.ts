import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { makeContent } from '../helpers/content';

function siteProblems(yaml: string) {
  const root = makeContent({ 'site.yaml': yaml });
  const index = buildIndex(root, false);
  return { site: index.site, messages: index.problems.map(formatProblem), file: displayPath(`${root}/site.yaml`) };
}

describe('the feed settings in site.yaml', () => {
  it('default to summaries of the 20 newest posts', () => {
    expect(siteProblems('title: A blog\n').site.feed).toEqual({ full_content: false, items: 20 });
  });

  it('read full_content and items', () => {
    const { site, messages } = siteProblems('feed:\n  full_content: true\n  items: 5\n');
    expect(messages).toEqual([]);
    expect(site.feed).toEqual({ full_content: true, items: 5 });
  });

  it('name the field, what was expected and what was found', () => {
    const cases: [string, string][] = [
      ['feed:\n  items: lots\n', 'feed.items: expected a whole number of posts per feed, from 1 to 100, found "lots"'],
      ['feed:\n  items: 0\n', 'feed.items: expected a whole number of posts per feed, from 1 to 100, found number 0'],
      ['feed:\n  items: 2.5\n', 'feed.items: expected a whole number of posts per feed, from 1 to 100, found number 2.5'],
      ['feed:\n  full_content: "no"\n', 'feed.full_content: expected true (whole posts in feeds) or false (summaries), found "no"'],
      ['feed: yes\n', 'feed: expected feed settings such as { full_content: false, items: 20 }, found "yes"'],
    ];
    for (const [yaml, message] of cases) {
      const { messages, file } = siteProblems(yaml);
      expect(messages).toEqual([`${file} ${message}`]);
    }
  });
});
