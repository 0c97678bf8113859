import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { makeContent, post } from '../helpers/content';

/**
 * `npm run build` over a content folder with mistakes must stop before anything is built and name
 * every problem with file, line and field, so the last good deployment stays live.
 */
describe('npm run build with broken content', () => {
  it('exits non-zero and lists every problem together', () => {
    const root = makeContent({
      'posts/good.mdx': post("title: Fine\ndate: 2024-01-01"),
      'posts/bad-date.md': post("title: Bad date\ndate: 2024-13-45"),
      'posts/bad-mdx/index.mdx': post("title: Bad MDX\ndate: 2024-01-02", '\n<Drivers>\n* never closed\n'),
      'posts/no-image/index.mdx': post("title: No image\ndate: 2024-01-03", '\n![x](./gone.png)\n'),
    });
    const run = spawnSync('npm', ['run', 'build', '--silent'], {
      env: { ...process.env, CONTENT_DIR: root, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    const at = (f: string) => displayPath(`${root}/${f}`);
    expect(output).toContain(
      `${at('posts/bad-date.md')}:3 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found "2024-13-45"`,
    );
    expect(output).toContain(`${at('posts/bad-mdx/index.mdx')}:6 body: expected valid MDX`);
    expect(output).toContain(
      `${at('posts/no-image/index.mdx')}:6 image: expected a file named "gone.png" beside the post, found "./gone.png", which does not exist`,
    );
    expect(output).toContain('3 errors');
    // Nothing was built: next build never started.
    expect(output).not.toContain('Creating an optimized production build');
  });
});
