import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { makeContent, PNG_1x1, post } from '../helpers/content';

function load(files: Record<string, string | Buffer>, includeDrafts = false) {
  const root = makeContent(files);
  const result = loadContent({ root, includeDrafts });
  const messages = result.problems.map(formatProblem);
  return { root, result, messages, at: (name: string) => displayPath(`${root}/${name}`) };
}

const VALID = "title: 'A post'\ndate: 2024-03-01";

describe('discovering posts', () => {
  it('reads single files and page bundles, newest first, with slugs from their names', () => {
    const { result } = load({
      'posts/first-post.mdx': post("title: First\ndate: 2024-01-01"),
      'posts/second.md': post("title: Second\ndate: 2024-02-01"),
      'posts/bundle-post/index.mdx': post("title: Bundle\ndate: 2024-03-01"),
      'posts/bundle-post/notes.md': 'a resource, not a post',
      'posts/bundle-post/featured.png': PNG_1x1,
      'posts/_index.md': post('title: Section'),
    });
    expect(result.problems).toEqual([]);
    expect(result.posts.map((p) => [p.slug, p.format])).toEqual([
      ['bundle-post', 'mdx'],
      ['second', 'md'],
      ['first-post', 'mdx'],
    ]);
    const bundle = result.posts[0]!;
    expect(bundle.featuredImage).toMatchObject({ name: 'featured.png', width: 1, height: 1 });
    expect(Object.keys(bundle.assets).sort()).toEqual(['featured.png']);
  });

  it('uses the slug field over the file name', () => {
    const { result } = load({ 'posts/Some File.mdx': post(`${VALID}\nslug: custom-slug`) });
    expect(result.posts[0]!.slug).toBe('custom-slug');
  });

  it('keeps unknown keys, YAML comments and Hugo Blox fields without complaint', () => {
    const { result } = load({
      'posts/hugo.md': post(
        "#widget: pages\ntitle: 'Hugo'\ndate: \"2023-02-22\"\nmath: false\nimage:\n  placement: 1\n  preview_only: true\n#categories:\n#- Demo",
      ),
    });
    expect(result.problems).toEqual([]);
    expect(result.posts[0]).toMatchObject({ title: 'Hugo', date: '2023-02-22', image: { placement: 1, preview_only: true } });
    expect(result.posts[0]!.data.math).toBe(false);
  });

  it('parses CRLF files and reports body lines as in the file', () => {
    const { result } = load({ 'posts/win.md': `---\r\ntitle: Windows\r\ndate: 2024-01-01\r\n---\r\nHello\r\n` });
    expect(result.posts[0]).toMatchObject({ title: 'Windows', bodyLine: 5 });
    expect(result.posts[0]!.body).toBe('Hello\n');
  });

  it('treats an empty tags: field as no tags', () => {
    const { result } = load({ 'posts/a.md': post(`${VALID}\ntags:\nauthors:`) });
    expect(result.posts[0]).toMatchObject({ tags: [], authors: [] });
  });

  it('derives a summary and reading time when the editor gave none', () => {
    const body = `\n## Heading\n\n${'word '.repeat(660)}\n`;
    const { result } = load({ 'posts/a.md': post(VALID, body) });
    expect(result.posts[0]!.readingMinutes).toBe(3);
    // Hugo's rule: the first 70 words, as plain text.
    expect(result.posts[0]!.summary).toBe(`${'word '.repeat(70).trim()}…`);
  });

  it('leaves drafts out unless asked for them', () => {
    const files = { 'posts/d.md': post(`${VALID}\ndraft: true`), 'posts/p.md': post(VALID.replace('A post', 'Published')) };
    expect(load(files).result.posts.map((p) => p.slug)).toEqual(['p']);
    expect(load(files, true).result.posts.map((p) => p.slug).sort()).toEqual(['d', 'p']);
  });

  it('keeps lastmod only when it differs from date', () => {
    const { result } = load({
      'posts/a.md': post(`${VALID}\nlastmod: 2024-03-01`),
      'posts/b.md': post(`title: B\ndate: 2024-03-01\nlastmod: 2024-04-02`),
    });
    expect(result.posts.find((p) => p.slug === 'a')!.lastmod).toBeUndefined();
    expect(result.posts.find((p) => p.slug === 'b')!.lastmod).toBe('2024-04-02');
  });
});

describe('problems an editor can cause', () => {
  it('names file, line and field for a YAML syntax error', () => {
    const { messages, at } = load({ 'posts/bad.md': post("title: 'A post'\ndate: 2024-03-01\ntags: [one, two") });
    expect(messages).toEqual([
      `${at('posts/bad.md')}:4 front matter: expected valid YAML, found Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('reports a missing title and date', () => {
    const { messages, at } = load({ 'posts/empty-fm.md': post('summary: nothing else') });
    expect(messages).toEqual([
      `${at('posts/empty-fm.md')}:1 title: expected a title written as text, found nothing (the field is missing)`,
      `${at('posts/empty-fm.md')}:1 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found nothing (the field is missing)`,
    ]);
  });

  it('reports an empty title and a title that is not text', () => {
    const { messages, at } = load({
      'posts/a.md': post("title: ''\ndate: 2024-01-01"),
      'posts/b.md': post('title: [Spring, report]\ndate: 2024-01-01'),
      // Hugo shows `title: 1984` as "1984": so do we.
      'posts/c.md': post('title: 1984\ndate: 2024-01-01'),
    });
    expect(messages).toEqual([
      `${at('posts/a.md')}:2 title: expected a title written as text, found an empty text`,
      `${at('posts/b.md')}:2 title: expected a title written as text, found a list (["Spring","report"])`,
    ]);
  });

  it.each([
    ['2021-09-013', '"2021-09-013"'],
    ['2024-13-45', '"2024-13-45"'],
    ['2023-02-29', '"2023-02-29"'],
    ['2023', 'number 2023'],
  ])('rejects the date %s without rolling it over', (raw, found) => {
    const { messages, at } = load({ 'posts/d.md': post(`title: T\n# a comment\ndate: ${raw}`) });
    expect(messages).toEqual([
      `${at('posts/d.md')}:4 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found ${found}`,
    ]);
  });

  it('rejects an impossible lastmod with its own line', () => {
    const { messages, at } = load({ 'posts/d.md': post(`${VALID}\nlastmod: 2024-02-30`) });
    expect(messages).toEqual([
      `${at('posts/d.md')}:4 lastmod: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found "2024-02-30"`,
    ]);
  });

  it('wants lists where lists belong', () => {
    const { messages, at } = load({ 'posts/l.md': post(`${VALID}\ntags: community\nauthors:\n  - ann\n  - { name: Ann }`) });
    expect(messages).toEqual([
      `${at('posts/l.md')}:4 tags: expected a list of tags (one "- item" per line), found "community"`,
      `${at('posts/l.md')}:7 authors[1]: expected author ids written as text, found a mapping ({"name":"Ann"})`,
    ]);
  });

  it('checks booleans, image placement and the slug', () => {
    const { messages, at } = load({
      'posts/b.md': post(`${VALID}\ndraft: "no"\nimage:\n  placement: 4\nslug: Not A Slug`),
    });
    expect(messages).toEqual([
      `${at('posts/b.md')}:4 draft: expected true or false, found "no"`,
      `${at('posts/b.md')}:6 image.placement: expected placement 1 (page width), 2 (wider) or 3 (full width), found number 4`,
      `${at('posts/b.md')}:7 slug: expected a slug of lowercase letters, digits and hyphens, found "Not A Slug"`,
    ]);
  });

  it('reports duplicate slugs naming both files', () => {
    const { messages, at } = load({
      'posts/one.md': post(`${VALID}\nslug: same`),
      'posts/same/index.mdx': post(VALID),
    });
    expect(messages).toEqual([
      `${at('posts/same/index.mdx')} slug: expected a slug no other post uses, found "same", already used by ${at('posts/one.md')}`,
    ]);
  });

  it('never runs code in front matter', () => {
    const marker = `globalThis.__ran = true`;
    const { messages, at } = load({
      'posts/js.md': `---js\n{ title: (${marker}, 'x'), date: '2024-01-01' }\n---\nbody`,
      'posts/javascript.md': `---javascript\n{ title: (${marker}, 'x') }\n---\nbody`,
    });
    expect((globalThis as Record<string, unknown>).__ran).toBeUndefined();
    expect(messages).toEqual([
      `${at('posts/javascript.md')}:1 front matter: expected YAML front matter between --- lines (code front matter is never run), found ---javascript`,
      `${at('posts/js.md')}:1 front matter: expected YAML front matter between --- lines (code front matter is never run), found ---js`,
    ]);
  });

  it('explains a file without front matter, an empty file and a non-UTF-8 file', () => {
    const { messages, at } = load({
      'posts/a-none.md': '# Just a heading\n\ntext',
      'posts/b-empty.md': '',
      'posts/c-latin1.md': Buffer.from('---\ntitle: caf\xe9\ndate: 2024-01-01\n---\n', 'latin1'),
    });
    expect(messages).toEqual([
      `${at('posts/a-none.md')}:1 front matter: expected front matter between --- lines at the top of the file, found "# Just a heading"`,
      `${at('posts/b-empty.md')}:1 front matter: expected front matter between --- lines at the top of the file, found an empty file`,
      `${at('posts/c-latin1.md')} file: expected UTF-8 text, found bytes that are not UTF-8 (save the file with UTF-8 encoding)`,
    ]);
  });

  it('collects every problem in the folder, not just the first', () => {
    const { result } = load({
      'posts/a.md': post('title: A'),
      'posts/b.md': post('date: 2024-01-01'),
      'posts/c.md': post(VALID),
    });
    expect(result.problems.map((p) => p.file.split('/').pop())).toEqual(['a.md', 'b.md']);
    expect(result.posts.map((p) => p.slug)).toEqual(['c']);
  });

  it('warns, without failing, about an author id with no profile and shows a readable name', () => {
    const { result, messages, at } = load({ 'posts/a.md': post(`${VALID}\nauthors: [ragni-mayte]`) });
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(messages).toEqual([
      `${at('posts/a.md')}:4 warning: authors: expected a profile at content/authors/ragni-mayte/_index.md, found "ragni-mayte" without one (shown as "Ragni Mayte")`,
    ]);
    expect(result.authors.get('ragni-mayte')).toMatchObject({ name: 'Ragni Mayte', hasProfile: false });
  });
});
