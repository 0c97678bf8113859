import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { deal, problemsPerPost, threadCount } from '@/scripts/check/parallel';
import { postProblems } from '@/scripts/check-content';
import { post } from '../helpers/content';
import { makeContent } from '../helpers/content';

const FM = (n: number) => `title: 'Post ${n}'\ndate: 2024-01-0${n}`;

describe('the content check spread over worker threads', () => {
  it('finds the same problems, for the same posts, as compiling in one thread', { timeout: 60_000 }, async () => {
    const root = makeContent({
      'posts/p1.mdx': post(FM(1), '\nFine.\n'),
      'posts/p2.mdx': post(FM(2), '\n\n<Gallery />\n'),
      'posts/p3/index.mdx': post(FM(3), '\n![x](./missing.png)\n'),
      'posts/p4.mdx': post(FM(4), '\nFine.\n\n<Drivers>\n* never closed\n'),
      'posts/p5.mdx': post(FM(5), '\nFine too.\n'),
    });
    const { posts } = loadContent({ root, includeDrafts: true });
    const threaded = await problemsPerPost(posts, postProblems, 2);
    const inline = await problemsPerPost(posts, postProblems, 1);
    expect(threaded).toEqual(inline);
    const shown = (f: string) => displayPath(`${root}/posts/${f}`);
    // Newest first, as the loader orders them.
    expect(posts.map((p) => p.slug)).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect(threaded.map((ps) => ps.map(formatProblem))).toEqual([
      [],
      [`${shown('p4.mdx')}:8 body: expected valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<), found Expected a closing tag for \`<Drivers>\` (8:1-8:10)`],
      [`${shown('p3/index.mdx')}:6 image: expected a file named "missing.png" beside the post, found "./missing.png", which does not exist`],
      [expect.stringMatching(new RegExp(`^${shown('p2.mdx')}:7 body: expected a known component \\(.*Drivers.*\\), found <Gallery>$`))],
      [],
    ]);
  });

  it('uses a thread per core only when there are enough posts to pay for starting them', () => {
    expect(threadCount(10, { CHECK_THREADS: '2' })).toBe(1);
    expect(threadCount(1000, { CHECK_THREADS: '2' })).toBe(2);
    expect(threadCount(1000, { CHECK_THREADS: '1' })).toBe(1);
    expect(deal([1, 2, 3, 4, 5], 2)).toEqual([[1, 3, 5], [2, 4]]);
  });
});
