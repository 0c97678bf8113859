/**
 * The editor's commands as an editor runs them: `npm run new` and `npm run check` are spawned on
 * content folders chosen with CONTENT_DIR, and judged by their output and exit code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { loadContent } from '@/lib/content/load';
import { today } from '@/scripts/new-post';

const TSX = path.resolve('node_modules/.bin/tsx');

function run(script: 'check-content' | 'new-post', contentDir: string, args: string[] = []) {
  const result = spawnSync(TSX, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cli-content-'));

describe('npm run check', () => {
  it('exits 1 on the broken corpus and lists every problem with file, line, field, expected and found', () => {
    const root = tempDir();
    fs.cpSync('tests/fixtures/broken', root, { recursive: true });
    const { code, stdout, stderr } = run('check-content', root);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const at = displayPath(root);
    const lines = stderr.trim().split('\n');
    expect(lines).toContain(`${at}/posts/unreal-date.md:3 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found "2024-02-30"`);
    expect(lines).toContain(`${at}/posts/script.md:8 warning: html: expected no <script>: posts cannot run code in a visitor's browser; it was removed, found <script>`);
    // One line per problem, then the summary: nothing is cut short by the first error.
    // A profile without title: and a wrong superuser: are warnings (issue 27); three front matter errors are new.
    expect(lines.at(-2)).toBe(`${at}: 23 posts and 2 author profiles checked, 38 errors, 16 warnings.`);
    expect(lines.length).toBe(38 + 16 + 2);
  });

  it('exits 0 when there are only warnings, and prints them', () => {
    const { code, stdout, stderr } = run('check-content', 'tests/fixtures/warnings-only');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual([
      'tests/fixtures/warnings-only/posts/imported-from-hugo.md:4 warning: authors: expected a profile at content/authors/old-admin/_index.md, found "old-admin" without one (shown as "Old Admin")',
      `tests/fixtures/warnings-only/posts/imported-from-hugo.md:10 warning: html: expected no <script>: posts cannot run code in a visitor's browser; it was removed, found <script src="https://tracker.example/pixel.js">`,
      'tests/fixtures/warnings-only: 1 post and 0 author profiles checked, 0 errors, 2 warnings: the site builds; warnings say what was left out of a page.',
    ]);
  });

  it('exits 0 on the Hugo Blox fixture with nothing to say', () => {
    const { code, stdout } = run('check-content', 'tests/fixtures/hugo-blox');
    expect(code).toBe(0);
    expect(stdout).toBe('tests/fixtures/hugo-blox: 2 posts and 2 author profiles checked, 0 errors, 0 warnings\n');
  });
});

describe('npm run new', () => {
  it('creates a dated draft page bundle that passes the check, and never overwrites it', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'site.yaml'), 'title: Test\ntimezone: Pacific/Auckland\n');
    const made = run('new-post', root, ['Our first meetup: what worked?']);
    expect(made.code).toBe(0);
    const file = path.join(root, 'posts/our-first-meetup-what-worked/index.mdx');
    expect(made.stdout).toContain(`Created ${displayPath(file)}`);

    const { posts, problems } = loadContent({ root, includeDrafts: true });
    expect(problems).toEqual([]);
    expect(posts[0]).toMatchObject({
      slug: 'our-first-meetup-what-worked',
      title: 'Our first meetup: what worked?',
      draft: true,
      authors: [],
      tags: [],
      bundleDir: path.dirname(file),
    });
    // Dated today where the site is, whatever the machine's clock zone; the check runs around midnight too.
    expect([today('Pacific/Auckland', new Date(Date.now() - 60_000)), today('Pacific/Auckland')]).toContain(posts[0]!.date);

    const checked = run('check-content', root);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toBe(`${displayPath(root)}: 1 post and 0 author profiles checked, 0 errors, 0 warnings\n`);

    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${before}\nThe editor's own words.\n`);
    const again = run('new-post', root, ['Our first meetup: what worked?']);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`${displayPath(path.dirname(file))} already exists; nothing was changed. Pick another title, or edit that post.`);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${before}\nThe editor's own words.\n`);
  });

  it('refuses a title whose slug another post already uses, and a title without letters', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'posts'));
    fs.writeFileSync(path.join(root, 'posts/old.md'), '---\ntitle: Old\ndate: 2024-01-01\nslug: spring-meetup\n---\n');
    const taken = run('new-post', root, ['Spring meetup']);
    expect(taken.code).toBe(1);
    expect(taken.stderr.trim()).toBe(`${displayPath(path.join(root, 'posts/old.md'))} already uses the slug "spring-meetup"; nothing was changed. Pick another title.`);
    const empty = run('new-post', root, ['!!!']);
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toBe('A title with letters or digits is needed, e.g. npm run new -- "What we learned at the spring meetup" (got "!!!")');
    expect(fs.readdirSync(path.join(root, 'posts'))).toEqual(['old.md']);
  });

  it('makes a Markdown post with --md', () => {
    const root = tempDir();
    expect(run('new-post', root, ['Notes', '--md']).code).toBe(0);
    expect(fs.existsSync(path.join(root, 'posts/notes/index.md'))).toBe(true);
  });
});
