/**
 * The front matter Hugo reads, read here too: where it may start, YAML, TOML and JSON with the
 * file's own line numbers in every message, repeated keys, empty fields and Hugo's date formats.
 */
import { describe, expect, it } from 'vitest';
import { parseContentDate } from '@/lib/content/dates';
import { formatProblem, type ContentProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { loadSite } from '@/lib/content/site';
import { deriveSummary } from '@/lib/text';
import { compileProblems } from '../helpers/render';
import { makeContent, post } from '../helpers/content';

const DATE = 'a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00';

function load(files: Record<string, string | Buffer>) {
  const root = makeContent(files);
  const result = loadContent({ root, includeDrafts: true });
  return { result, messages: result.problems.map(formatProblem), at: (name: string) => displayPath(`${root}/${name}`) };
}

describe('where front matter starts', () => {
  it('skips blank lines, spaces and a byte order mark before the opening ---, and counts them in line numbers', () => {
    const { result, messages, at } = load({
      'posts/blank.md': '\n\n---\ntitle: Two blank lines first\ndate: 2024-02-30\n---\nBody',
      'posts/spaces.md': '   \n\t\n---\ntitle: Spaces first\ndate: 2024-02-01\n---\nBody',
      'posts/bom-and-blank.md': '\uFEFF\n---\ntitle: BOM, then a blank line\ndate: 2024-02-02\n---\nBody',
    });
    expect(messages).toEqual([`${at('posts/blank.md')}:5 date: expected ${DATE}, found "2024-02-30"`]);
    expect(result.posts.map((p) => p.title)).toEqual(['BOM, then a blank line', 'Spaces first']);
  });

  it('never runs code front matter, even after blank lines', () => {
    const marker = 'globalThis.__ranAfterBlank = true';
    const { messages, at } = load({
      'posts/js.md': `\n---js\n{ title: (${marker}, 'x'), date: '2024-01-01' }\n---\nbody`,
      'posts/javascript.md': `  \n---javascript\n{ title: (${marker}, 'x') }\n---\nbody`,
    });
    expect((globalThis as Record<string, unknown>).__ranAfterBlank).toBeUndefined();
    expect(messages).toEqual([
      `${at('posts/javascript.md')}:2 front matter: expected YAML front matter between --- lines (code front matter is never run), found ---javascript`,
      `${at('posts/js.md')}:2 front matter: expected YAML front matter between --- lines (code front matter is never run), found ---js`,
    ]);
  });
});

describe('TOML and JSON front matter', () => {
  it('names the TOML line of a field the schema refuses, a table field included', () => {
    const { messages, at } = load({
      'posts/t.md': '+++\ntitle = "TOML"\ndate = 2024-01-01\ndraft = "yes"\n\n[image]\n  placement = 7\n+++\nBody',
    });
    expect(messages).toEqual([
      `${at('posts/t.md')}:4 draft: expected true or false, found "yes"`,
      `${at('posts/t.md')}:7 image.placement: expected placement 1 (page width), 2 (wider) or 3 (full width), found number 7`,
    ]);
  });

  it('names the JSON line of a field the schema refuses', () => {
    const { messages, at } = load({ 'posts/j.md': '{\n  "title": "JSON",\n  "date": "2024-01-01",\n  "tags": "a, b"\n}\n\nBody' });
    expect(messages).toEqual([`${at('posts/j.md')}:4 tags: expected a list of tags (one "- item" per line), found "a, b"`]);
  });

  it('does not take a shortcode on the first line for JSON front matter', () => {
    const { messages, at } = load({ 'posts/s.md': '{{< figure src="x.png" >}}\n\nNo front matter.' });
    expect(messages).toEqual([`${at('posts/s.md')}:1 front matter: expected front matter between --- lines at the top of the file, found "{{< figure src=\\"x.png\\" >}}"`]);
  });

  it('keeps body line numbers right after TOML and JSON front matter', async () => {
    const toml = await compileProblems({ 'posts/t.mdx': '+++\ntitle = "T"\ndate = 2024-01-01\n+++\n\n<Drivers>\nunclosed\n' });
    expect(toml.problems).toEqual([
      `${displayPath(`${toml.root}/posts/t.mdx`)}:6 body: expected valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<), found Expected a closing tag for \`<Drivers>\` (6:1-6:10)`,
    ]);
    const json = await compileProblems({ 'posts/j.mdx': '\n{ "title": "J",\n  "date": "2024-01-01" }\n\n<Drivers>\nunclosed\n' });
    expect(json.problems).toEqual([
      `${displayPath(`${json.root}/posts/j.mdx`)}:5 body: expected valid MDX (close every <Tag>, escape { and < in prose as \\{ and \\<), found Expected a closing tag for \`<Drivers>\` (5:1-5:10)`,
    ]);
  });

  it('reads TOML dates quoted or not, and arrays of tables', () => {
    const { result, messages } = load({
      'posts/t.md': '+++\ntitle = "T"\ndate = "2014-09-11 00:00:34"\nlastmod = 2014-09-12T08:00:00Z\ntags = ["a", "b"]\n[[links]]\nname = "x"\n+++\nBody',
    });
    expect(messages).toEqual([]);
    expect(result.posts[0]).toMatchObject({ date: '2014-09-11T00:00:34', lastmod: '2014-09-12T08:00:00Z', tags: ['a', 'b'] });
  });
});

describe('repeated keys', () => {
  it('keeps the last value, as Hugo does, and names the key and both lines, nested keys too', () => {
    const { result, messages, at } = load({
      'posts/d.md': post('title: First\ndate: 2024-01-01\ndraft: true\nimage:\n  caption: old\n  caption: new\ndraft: false'),
    });
    expect(messages).toEqual([
      `${at('posts/d.md')}:7 warning: image.caption: expected each key written once (the value on line 7 is used, as in Hugo), found "caption" also on line 6`,
      `${at('posts/d.md')}:8 warning: draft: expected each key written once (the value on line 8 is used, as in Hugo), found "draft" also on line 4`,
    ]);
    expect(result.posts[0]).toMatchObject({ draft: false, image: { caption: 'new' } });
  });

  it('reports a mistake in the value that counts, at its line', () => {
    const { messages, at } = load({ 'posts/d.md': post('title: T\ndate: 2024-01-01\ndate: 2024-02-30') });
    expect(messages).toEqual([
      `${at('posts/d.md')}:4 warning: date: expected each key written once (the value on line 4 is used, as in Hugo), found "date" also on line 3`,
      `${at('posts/d.md')}:4 date: expected ${DATE}, found "2024-02-30"`,
    ]);
  });
});

describe("Hugo's dates", () => {
  it('reads the formats Hugo reads', () => {
    expect(
      ['2014-09-11', '2014-09-11 00:00:34', '2014-09-11T00:00:34Z', 'Thu, 11 Sep 2014 00:00:34 +0000', 'Thu, 11 Sep 2014 00:00:34 GMT', '2014-09-11 00:00:34 +0200 CEST', '11 Sep 2014 10:00 -0500'].map(
        (s) => parseContentDate(s)?.iso,
      ),
    ).toEqual(['2014-09-11', '2014-09-11T00:00:34', '2014-09-11T00:00:34Z', '2014-09-11T00:00:34+00:00', '2014-09-11T00:00:34Z', '2014-09-11T00:00:34+02:00', '2014-09-11T10:00:00-05:00']);
  });

  it('still refuses impossible ones, in every format', () => {
    for (const s of ['Mon, 31 Feb 2014 00:00:34 +0000', 'Thu, 11 Foo 2014 00:00:34 +0000', 'Thu, 11 Sep 2014 25:00:00 +0000', '2014-09-31 00:00:34', '2014-09-11 00:00:34 +2500']) {
      expect(parseContentDate(s), s).toBeUndefined();
    }
  });

  it('takes the date from publishDate, pubDate or lastmod when date is missing or empty, in that order', () => {
    const { result } = load({
      'posts/a.md': post('title: A\ndate: ""\npublishDate: 2020-01-02\nlastmod: 2020-01-05'),
      'posts/b.md': post('title: B\npubDate: 2020-01-03\nlastmod: 2020-01-04'),
      'posts/c.md': post('title: C\nlastmod: 2020-01-01'),
    });
    expect(result.posts.map((p) => [p.slug, p.date])).toEqual([
      ['b', '2020-01-03'],
      ['a', '2020-01-02'],
      ['c', '2020-01-01'],
    ]);
  });
});

describe('empty template fields', () => {
  it('are not given, silently, in posts and profiles', () => {
    const { result, messages } = load({
      'posts/p.md': post('title: P\ndate: 2024-01-01\nsummary: ""\nlastmod:\nslug: " "\ntags:\n  -\n  - ""\nauthors: [""]\nimage:\n  caption: ""\n  placement:\nevent:'),
      'authors/a/_index.md': post('title: A\nrole: ""\nbio:\nemail: ""\norganizations: [{ name: , url: }]\nsocial:\n  - { icon: twitter, icon_pack: fab, link: }\nprofiles:\n  - icon: brands/github\n    url: ""\ninterests:\neducation:\n  courses:\n    - { course: , institution: , year: }\nuser_groups: []'),
    });
    expect(messages).toEqual([]);
    expect(result.posts[0]).toMatchObject({ slug: 'p', tags: [], authors: [], lastmod: undefined, summary: 'Some text.', image: { preview_only: false } });
    expect(result.authors.get('a')).toMatchObject({ name: 'A', role: undefined, bio: undefined, email: undefined, organizations: [], social: [], interests: [], education: [], userGroups: [] });
  });
});

describe('summaries', () => {
  it('uses the text before <!--more--> when there is one', () => {
    expect(deriveSummary('First **bold** part with a [link](https://example.org).\n\n<!--more-->\n\nThe rest.')).toBe('First bold part with a link.');
  });

  it('takes the first 70 words as plain text, never Markdown, HTML or shortcodes', () => {
    const body = `## A heading\n\n<p>An &quot;HTML&quot; paragraph &amp; <em>more</em>.</p>\n\n{{< figure src="x.png" >}}\n\n${Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ')}`;
    expect(deriveSummary(body)).toBe(`An "HTML" paragraph & more. ${Array.from({ length: 65 }, (_, i) => `w${i}`).join(' ')}…`);
  });
});

describe('values Hugo converts', () => {
  it('reads "true"/"false" in quotes as yes/no, and numbers as text where text belongs', () => {
    const { result, messages } = load({ 'posts/n.md': post('title: 1984\ndate: 2024-01-01\ndraft: "false"\nfeatured: "True"\ntags: [2019, events]') });
    expect(messages).toEqual([]);
    expect(result.posts[0]).toMatchObject({ title: '1984', draft: false, featured: true, tags: ['2019', 'events'] });
  });
});

describe('content/site.yaml', () => {
  it('reads empty settings as the defaults', () => {
    const problems: ContentProblem[] = [];
    const site = loadSite(makeContent({ 'site.yaml': 'title: Commons\ndescription:\ntimezone: ""\nfeed:\n  items:\n  full_content: true\nauthors:\n  show_email:\n' }), problems);
    expect(problems).toEqual([]);
    expect(site).toMatchObject({ title: 'Commons', description: 'Stories from our community.', timezone: 'UTC', feed: { items: 20, full_content: true }, authors: { show_email: false } });
  });
});
