import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RelatedPosts } from '@/components/RelatedPosts';
import { SeriesNav } from '@/components/SeriesNav';
import { buildIndex, formatProblem } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { buildRelatedIndex } from '@/lib/terms/related';
import { buildSeriesIndex, seriesOf } from '@/lib/terms/series';
import { makeContent, post } from '../helpers/content';

function load(files: Record<string, string>) {
  const root = makeContent(files);
  const { posts, problems } = loadContent({ root, includeDrafts: false });
  return { posts, messages: problems.map(formatProblem), at: (f: string) => displayPath(`${root}/${f}`) };
}

describe('series', () => {
  const { posts } = load({
    // Written out of order, one as a single name, one as a list with another spelling.
    'posts/third.md': post('title: Third\ndate: 2024-03-01\nseries: [Workshop Playbook]'),
    'posts/first.md': post('title: First\ndate: 2024-01-01\nseries: Workshop playbook'),
    'posts/second.md': post('title: Second\ndate: 2024-02-01\nseries:\n  - workshop-playbook\n  - Other'),
    'posts/alone.md': post('title: Alone\ndate: 2024-02-15\nseries:'),
  });
  const index = buildSeriesIndex(posts);
  const bySlug = (slug: string) => posts.find((p) => p.slug === slug)!;

  it('orders the parts by date, whatever the spelling of the name', () => {
    expect(index.terms.map((t) => [t.slug, t.posts.map((p) => p.title)])).toEqual([
      ['workshop-playbook', ['First', 'Second', 'Third']],
      ['other', ['Second']],
    ]);
  });

  it('knows where each post stands', () => {
    expect(seriesOf(bySlug('second'), index).map((p) => [p.series.slug, p.part])).toEqual([['workshop-playbook', 2], ['other', 1]]);
    expect(seriesOf(bySlug('alone'), index)).toEqual([]);
  });

  it('shows "part n of m" with links to the other parts in order', () => {
    const [place] = seriesOf(bySlug('second'), index);
    const html = renderToStaticMarkup(<SeriesNav place={place!} post={bySlug('second')} />);
    expect(html).toContain('aria-label="Series: Workshop Playbook"');
    expect(html).toContain('Part 2 of 3 in the series <a class="font-semibold" href="/series/workshop-playbook">Workshop Playbook</a>');
    expect([...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
      '<a href="/posts/first">First</a>',
      '<span aria-current="page" class="font-semibold">Second</span>',
      '<a href="/posts/third">Third</a>',
    ]);
  });

  it('names the line of a series that is not text', () => {
    const { messages, at } = load({ 'posts/s.md': post('title: S\ndate: 2024-01-01\nseries:\n  - { name: Onboarding }') });
    expect(messages).toEqual([`${at('posts/s.md')}:5 series[0]: expected series names written as text, found a mapping ({"name":"Onboarding"})`]);
  });
});

type P = { slug: string; dateTime: number; tags: string[]; categories: string[] };
const p = (slug: string, day: number, tags: string[], categories: string[] = []): P => ({ slug, dateTime: Date.UTC(2024, 0, day), tags, categories });
const slugs = (list: P[]) => list.map((x) => x.slug);

describe('related posts', () => {
  it('are the three posts sharing the most tags and categories, newer first among equals', () => {
    const me = p('me', 10, ['a', 'b', 'c'], ['Workshops']);
    const posts = [
      me,
      p('two-tags', 1, ['a', 'B']),
      p('tag-and-category', 2, ['c'], ['workshops']),
      p('one-old', 3, ['a']),
      p('one-new', 20, ['b']),
      p('nothing', 11, ['z'], ['Other']),
      // A category named like a tag is not the tag.
      p('category-a', 12, [], ['a']),
    ];
    expect(slugs(buildRelatedIndex(posts).related(me))).toEqual(['tag-and-category', 'two-tags', 'one-new']);
  });

  it('are none for a post that shares nothing', () => {
    const posts = [p('x', 1, ['a']), p('y', 2, ['b'])];
    expect(buildRelatedIndex(posts).related(posts[0]!)).toEqual([]);
  });

  it('look only at the posts nearest in time for a term every post has', () => {
    const posts = Array.from({ length: 40 }, (_, i) => p(`p${i}`, i + 1, ['everywhere']));
    posts.push(p('rare-but-old', 0, ['everywhere', 'rare']));
    const me = posts[39]!;
    me.tags.push('rare');
    // Two posts on either side in the "everywhere" list (p36, just as related and newer, is
    // beyond them); the rare tag still reaches the oldest post.
    expect(slugs(buildRelatedIndex(posts, { window: 2 }).related(me))).toEqual(['p38', 'p37', 'rare-but-old']);
  });

  it('are listed with their dates after the post', () => {
    const site = buildIndex(makeContent({}), false).site;
    const { posts } = load({ 'posts/a.md': post('title: A post\ndate: 2024-01-02') });
    const html = renderToStaticMarkup(<RelatedPosts posts={posts} site={site} />);
    expect(html).toContain('<h2 id="related-posts" class="mb-4 text-xl font-bold">Related posts</h2>');
    expect(html).toContain('<a class="font-semibold" href="/posts/a">A post</a><span class="mt-1 block text-sm text-muted"><time dateTime="2024-01-02">January 2, 2024</time></span>');
    expect(renderToStaticMarkup(<RelatedPosts posts={[]} site={site} />)).toBe('');
  });

  it('can be turned off in site.yaml, and a wrong value says what it wants', () => {
    expect(buildIndex(makeContent({ 'site.yaml': 'related: false\n' }), false).site.related).toBe(false);
    expect(buildIndex(makeContent({}), false).site.related).toBe(true);
    const root = makeContent({ 'site.yaml': 'related: no\n' });
    expect(buildIndex(root, false).problems.map(formatProblem)).toEqual([
      `${displayPath(`${root}/site.yaml`)} related: expected true (related posts after each post) or false, found "no"`,
    ]);
  });
});
