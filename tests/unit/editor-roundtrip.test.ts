/**
 * The browser editor never loses a byte: every post, profile and event page of content/ and of
 * tests/fixtures/ opened and saved unchanged is the same file; one changed field is one changed
 * line; and the focused fixtures in tests/fixtures/editor/ show each construct an editor's file
 * carries (comments, quoting, TOML, JSON, CRLF and BOM, duplicate keys, unknown keys, shortcodes
 * and raw HTML in the body).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyEditing, cmsFormat, cmsSettingsFormat, ORIGINAL_KEY, readEntry, readSettings, writeEntry, writeSettings } from '@/lib/editor/roundtrip';
import { parseSource } from '@/lib/content/frontmatter';
import { newPostSource } from '@/lib/content/new-post-source';

const EDITOR = 'tests/fixtures/editor';

function contentFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return contentFiles(full);
    return /\.(md|mdx|markdown)$/i.test(e.name) ? [full] : [];
  });
}

/** Every file with front matter the blog can read: the entries an editor can open. */
const entries = [...contentFiles('content'), ...contentFiles('tests/fixtures')].flatMap((file) => {
  const raw = fs.readFileSync(file, 'utf8');
  try {
    return parseSource(raw).hasFrontMatter ? [[file, raw] as const] : [];
  } catch {
    return []; // broken on purpose (tests/fixtures/broken): the editor shows the check's message instead
  }
});

const read = (file: string) => fs.readFileSync(path.join(EDITOR, file), 'utf8');

/** The lines of `after` that differ from `before`'s, when both have as many lines. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}

/** The lines (1-based, of `before`) between the first and the last line that differ; [n + 1, n] when lines are only added after line n. */
function changedRegion(before: string, after: string): [number, number] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return [head + 1, a.length - tail];
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The lines a top-level field takes: its key's line and the indented lines under it. */
function linesOfField(raw: string, key: string): number[] {
  const first = parseSource(raw).lineOf(key)!;
  const lines = raw.split('\n');
  let last = first;
  while (last < lines.length && /^[ \t]/.test(lines[last]!)) last++;
  return range(first, last);
}

describe('the round trip over every entry of the project', () => {
  it('covers the posts, profiles and event pages of content/ and every fixture', () => {
    const names = entries.map(([f]) => f);
    expect(names.length).toBeGreaterThan(100);
    for (const must of ['content/authors/ragni-mayte/_index.md', 'tests/fixtures/hugo-site/posts/json-front-matter.md', 'tests/fixtures/broken/posts/crlf.md', `${EDITOR}/posts/windows-notes.md`]) {
      expect(names).toContain(must);
    }
    expect(new Set(entries.map(([, raw]) => parseSource(raw).format))).toEqual(new Set(['yaml', 'toml', 'json']));
  });

  it.each(entries)('%s: saved unchanged, it is the same bytes', (_file, raw) => {
    const entry = readEntry(raw);
    expect(writeEntry(raw, entry.data, entry.body)).toBe(raw);
  });

  it.each(entries)('%s: a new title changes one line and reads back', (_file, raw) => {
    const entry = readEntry(raw);
    const title = typeof entry.data.title === 'string' ? `${entry.data.title} (edited)` : 'A title given in the editor';
    const saved = writeEntry(raw, { ...entry.data, title }, entry.body);
    const after = readEntry(saved);
    expect(after.data).toEqual({ ...entry.data, title });
    expect(after.body).toBe(entry.body);
    if ('title' in entry.data) expect(changedLines(raw, saved)).toHaveLength(1);
    else expect(saved.split('\n').length).toBe(raw.split('\n').length + 1);
  });

  it.each(entries)('%s: each text, number, flag and list of texts changed alone changes one line', (_file, raw) => {
    const entry = readEntry(raw);
    for (const [key, value] of Object.entries(entry.data)) {
      const changed =
        typeof value === 'string' ? `${value} (edited)`
        : typeof value === 'number' ? value + 1
        : typeof value === 'boolean' ? !value
        : Array.isArray(value) && value.length && value.every((v) => typeof v === 'string') ? [...value.slice(0, -1), 'edited']
        : undefined;
      if (changed === undefined) continue;
      const saved = writeEntry(raw, { ...entry.data, [key]: changed }, entry.body);
      expect(readEntry(saved).data, key).toEqual({ ...entry.data, [key]: changed });
      const [from, to] = changedRegion(raw, saved);
      // A value folded over several lines (summary: >-) may take a line more; nothing around it changes.
      if (to > from || saved.split('\n').length !== raw.split('\n').length) expect(linesOfField(raw, key), key).toEqual(expect.arrayContaining(to < from ? [to] : range(from, to)));
      else expect(changedLines(raw, saved), key).toHaveLength(1);
    }
  });

  it.each(entries)('%s: a field the blog does not know, added, is one more line in the file\'s own format', (_file, raw) => {
    const entry = readEntry(raw);
    const saved = writeEntry(raw, { ...entry.data, editor_note: 'checked by the editor' }, entry.body);
    expect(saved.split('\n').length).toBe(raw.split('\n').length + 1);
    expect(readEntry(saved).data).toEqual({ ...entry.data, editor_note: 'checked by the editor' });
    expect(parseSource(saved).format).toBe(parseSource(raw).format);
  });
});

describe('YAML: comments, quoting, order and unknown keys', () => {
  const raw = read('posts/shortcodes-and-html/index.md');
  const entry = readEntry(raw);

  it('reads the blank lines above the front matter, the folded summary and the flow list as the blog does', () => {
    expect(entry.format).toBe('yaml');
    expect(entry.data.summary).toBe('Twelve broken toasters, four fixed, and a list of what we will do differently next time.');
    expect(entry.data.tags).toEqual(['repair', 'meetups']);
    expect(entry.data.widget).toBe('blank');
    expect(raw.startsWith('\n\n---\n')).toBe(true);
  });

  it('keeps the quoting style of a changed value, and the comment after it', () => {
    const saved = writeEntry(raw, { ...entry.data, title: 'Spring meetup: what we learned' }, entry.body);
    expect(changedLines(raw, saved)).toEqual(["title: 'Spring meetup: what we learned'"]);
    const tags = writeEntry(raw, { ...entry.data, tags: ['repair', 'meetups', 'tools'] }, entry.body);
    expect(changedLines(raw, tags)).toEqual(['tags: [ repair, meetups, tools ]   # shown as chips on the card']);
  });

  it('changes one nested field without touching the comment beside its neighbour', () => {
    const image = { ...(entry.data.image as object), placement: 3 };
    const saved = writeEntry(raw, { ...entry.data, image }, entry.body);
    expect(changedLines(raw, saved)).toEqual(['  placement: 3']);
    expect(saved).toContain('  # placement: 3   (full width looked odd on phones)\n');
  });

  it('removes a field\'s lines, all of them for a block list, and adds a new one at the end', () => {
    const { categories: _, ...rest } = entry.data;
    const saved = writeEntry(raw, { ...rest, series: ['Repair café'] }, entry.body);
    expect(saved).not.toContain('categories:');
    expect(saved).not.toContain('- Events');
    expect(saved).toContain('weight: 20\nseries:\n  - Repair café\n---\n');
    expect(saved.split('\n').length).toBe(raw.split('\n').length);
  });

  it('keeps the body verbatim when only the front matter changes, and the front matter when only the body does', () => {
    const saved = writeEntry(raw, { ...entry.data, draft: true }, entry.body);
    expect(saved.slice(saved.indexOf('\n---\n', 5))).toBe(raw.slice(raw.indexOf('\n---\n', 5)));
    const body = `${entry.body}\nOne more paragraph.\n`;
    expect(writeEntry(raw, entry.data, body)).toBe(raw + '\nOne more paragraph.\n');
  });

  it('a profile: changing one link of a list of mappings changes that line only', () => {
    const profile = read('authors/noor-haddad/_index.md');
    const p = readEntry(profile);
    const social = structuredClone(p.data.social) as { link: string }[];
    social[1]!.link = 'https://social.example.org/@noor.haddad';
    expect(changedLines(profile, writeEntry(profile, { ...p.data, social }, p.body))).toEqual(['    link: https://social.example.org/@noor.haddad']);
  });

  it('an event: the start time changes, its comment stays', () => {
    const post = read('posts/workshop-with-event/index.mdx');
    const p = readEntry(post);
    const event = { ...(p.data.event as object), start: '2031-03-14T14:00' };
    expect(changedLines(post, writeEntry(post, { ...p.data, event }, p.body))).toEqual(['  start: 2031-03-14T14:00   # local time']);
  });
});

describe('duplicate keys', () => {
  const raw = read('posts/duplicate-keys.md');
  const entry = readEntry(raw);

  it('the last one is read, and edited; the first stays as it was', () => {
    expect(entry.data.summary).toBe('The second summary, which wins.');
    const saved = writeEntry(raw, { ...entry.data, summary: 'A better summary.' }, entry.body);
    expect(changedLines(raw, saved)).toEqual(['summary: A better summary.']);
    expect(saved).toContain('summary: The first summary, which Hugo ignores.\n');
    expect(readEntry(saved).data.summary).toBe('A better summary.');
  });

  it('removing the field removes every line that sets it (else the first would come back)', () => {
    const { summary: _, ...rest } = entry.data;
    const saved = writeEntry(raw, rest, entry.body);
    expect(saved).toBe(raw.replace('summary: The first summary, which Hugo ignores.\n', '').replace('summary: The second summary, which wins.\n', ''));
    expect(readEntry(saved).data).toEqual(rest);
  });
});

describe('TOML front matter', () => {
  const raw = read('posts/toml-notes/index.md');
  const entry = readEntry(raw);

  it('changes a value in place: a bare date stays bare, a comment stays', () => {
    expect(entry.format).toBe('toml');
    expect(changedLines(raw, writeEntry(raw, { ...entry.data, date: '2023-11-05' }, entry.body))).toEqual(['date = 2023-11-05']);
    expect(changedLines(raw, writeEntry(raw, { ...entry.data, tags: ['hugo'] }, entry.body))).toEqual(['tags = ["hugo"] # two tags']);
  });

  it('changes a field of a [table] inside its table, adds a top-level field above the first table', () => {
    const image = { ...(entry.data.image as object), focal_point: 'Center' };
    expect(changedLines(raw, writeEntry(raw, { ...entry.data, image }, entry.body))).toEqual(['focal_point = "Center"']);
    const saved = writeEntry(raw, { ...entry.data, featured: true }, entry.body);
    expect(saved).toContain('weight = 5\nfeatured = true\n\n[image]\n');
    expect(readEntry(saved).data.featured).toBe(true);
  });

  it('removes a field\'s line', () => {
    const { series: _, ...rest } = entry.data;
    const saved = writeEntry(raw, rest, entry.body);
    expect(saved).not.toContain('series');
    expect(saved.split('\n').length).toBe(raw.split('\n').length - 1);
  });
});

describe('JSON front matter', () => {
  const raw = read('posts/json-notes.md');
  const entry = readEntry(raw);

  it('changes a member in place, nested ones too, and appends new members in the object\'s indentation', () => {
    expect(entry.format).toBe('json');
    expect(changedLines(raw, writeEntry(raw, { ...entry.data, title: 'JSON notes' }, entry.body))).toEqual(['  "title": "JSON notes",']);
    const event = { ...(entry.data.event as object), location: 'Utrecht' };
    expect(changedLines(raw, writeEntry(raw, { ...entry.data, event }, entry.body))).toEqual(['    "location": "Utrecht"']);
    const saved = writeEntry(raw, { ...entry.data, summary: 'Rare but read.' }, entry.body);
    expect(saved).toContain('    "location": "Online"\n  },\n  "summary": "Rare but read."\n}\n');
  });

  it('removes a member with its comma, leaving valid JSON', () => {
    const { draft: _, ...rest } = entry.data;
    const saved = writeEntry(raw, rest, entry.body);
    expect(saved).not.toContain('"draft"');
    expect(readEntry(saved).data).toEqual(rest);
    const { title: __, ...noTitle } = entry.data;
    expect(readEntry(writeEntry(raw, noTitle, entry.body)).data).toEqual(noTitle);
  });
});

describe('CRLF line ends and a byte order mark', () => {
  const raw = read('posts/windows-notes.md');
  const entry = readEntry(raw);

  it('are read (the body as the browser shows it, with \\n) and kept on every line written', () => {
    expect(entry.bom).toBe(true);
    expect(entry.eol).toBe('\r\n');
    expect(entry.body).not.toContain('\r');
    const saved = writeEntry(raw, { ...entry.data, tags: ['windows', 'formats', 'crlf'], draft: false }, entry.body);
    expect(saved.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(saved.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(saved).toContain('  - crlf\r\n');
    expect(saved).toContain('summary: "CRLF everywhere"\r\ndraft: false\r\n---\r\n');
  });

  it('a body edited in the browser (\\n line ends) is saved with CRLF', () => {
    const saved = writeEntry(raw, entry.data, `${entry.body}A new line.\n`);
    expect(saved).toBe(`${raw}A new line.\r\n`);
  });
});

describe('an entry the blog cannot read', () => {
  it("is refused with the check's message, naming file, line and field", () => {
    expect(() => readEntry('---\ntitle: "Unclosed\ndate: 2024-01-01\n---\n', 'posts/broken.md')).toThrow('posts/broken.md:3 front matter: expected valid YAML, found Missing closing "quote');
    expect(() => readEntry('+++\ntitle = "No end"\n', 'posts/toml.md')).toThrow('posts/toml.md:1 front matter: expected a +++ line closing the front matter, found no closing +++ line');
  });
});

describe('new entries', () => {
  it('a new post starts from npm run new\'s text, its fields set from the form', () => {
    const data = { title: 'Our first repair café', date: '2031-05-01', summary: '', authors: ['noor-haddad'], tags: ['repair', 'meetups'], draft: true };
    const saved = writeEntry(undefined, data, '\nWe fixed four toasters.\n');
    const template = newPostSource(data.title, data.date);
    expect(saved).toContain('title: "Our first repair café"\ndate: 2031-05-01\n# One or two sentences');
    expect(saved).toContain('# Ids of content/authors/<id>/_index.md, e.g. [ragni-mayte]\nauthors: [ noor-haddad ]\ntags: [ repair, meetups ]\n');
    expect(saved.endsWith('---\n\nWe fixed four toasters.\n')).toBe(true);
    expect(readEntry(saved).data).toEqual(data);
    expect(template).toContain('draft: true');
  });

  it('other entries get plain YAML front matter', () => {
    const saved = writeEntry(undefined, { title: 'Ada Lovelace', role: 'Host' }, 'A short biography.\n');
    expect(saved).toBe('---\ntitle: Ada Lovelace\nrole: Host\n---\n\nA short biography.\n');
  });
});

describe('the Decap CMS format adapter', () => {
  it('hands the form the fields and the body, and saves an unchanged entry as it was', () => {
    const raw = read('posts/windows-notes.md');
    const format = cmsFormat();
    const fields = format.fromFile(raw);
    expect(fields.title).toBe('Written on Windows');
    expect(fields.body).toBe(readEntry(raw).body);
    expect(format.toFile(fields)).toBe(raw);
    expect(format.toFile({ ...fields, title: 'Written on Windows 11' })).toBe(raw.replace('title: Written on Windows\r\n', 'title: Written on Windows 11\r\n'));
    expect(fields[ORIGINAL_KEY]).toBe(raw);
  });
});

describe('which bodies the rich-text editor may show', () => {
  it('plain Markdown and our components in their simple form: rich', () => {
    expect(bodyEditing('# Title\n\nSome *text* and a [link](https://example.org).\n\n- one\n- two\n', 'index.md')).toEqual({ mode: 'rich', reasons: [] });
    expect(bodyEditing(readEntry(read('posts/workshop-with-event/index.mdx')).body, 'index.mdx')).toEqual({ mode: 'rich', reasons: [] });
  });

  it('shortcodes, raw HTML, tables and MDX beyond our components: text, saying why', () => {
    expect(bodyEditing(readEntry(read('posts/shortcodes-and-html/index.md')).body, 'index.md')).toEqual({ mode: 'text', reasons: ['Hugo shortcodes', 'raw HTML', 'tables'] });
    expect(bodyEditing('<Chart data={[1, 2]} />\n', 'x.mdx')).toEqual({ mode: 'text', reasons: ['the component <Chart>', 'MDX expressions in braces'] });
    expect(bodyEditing('<Callout type={kind}>Hi</Callout>\n', 'x.mdx').reasons).toContain('<Callout> with attributes that are not plain text');
    expect(bodyEditing('Footnote[^1].\n\n[^1]: Here.\n', 'x.md').reasons).toEqual(['footnotes', 'link reference definitions']);
    expect(bodyEditing('<!-- a note to other editors -->\nText.\n', 'x.md').reasons).toEqual(['HTML comments']);
  });
});

describe('site.yaml in the editor', () => {
  const raw = '# The site settings. See CONTENT.md.\ntitle: Community Notes\ndescription: What we learn growing communities.\ntimezone: Europe/Amsterdam   # meetups are here\nnav:\n  - { label: Posts, href: / }\n  - { label: Tags, href: /tags }\n';

  it('unchanged: the same bytes; one setting changed: its line only; the menu entry changed in its flow style', () => {
    const format = cmsSettingsFormat();
    const fields = format.fromFile(raw);
    expect(fields.timezone).toBe('Europe/Amsterdam');
    expect(format.toFile(fields)).toBe(raw);
    expect(changedLines(raw, format.toFile({ ...fields, title: 'Community notes' }))).toEqual(['title: Community notes']);
    expect(changedLines(raw, writeSettings(raw, { ...readSettings(raw), timezone: 'Europe/Brussels' }))).toEqual(['timezone: Europe/Brussels   # meetups are here']);
    const nav = [{ label: 'Posts', href: '/' }, { label: 'Topics', href: '/tags' }];
    expect(writeSettings(raw, { ...readSettings(raw), nav })).toBe(raw.replace('{ label: Tags, href: /tags }', '{ label: Topics, href: /tags }'));
  });

  it('site.json too', () => {
    const json = '{\n  "title": "A blog",\n  "timezone": "UTC"\n}\n';
    expect(writeSettings(json, { title: 'A blog', timezone: 'Europe/Lisbon' })).toBe('{\n  "title": "A blog",\n  "timezone": "Europe/Lisbon"\n}\n');
  });
});
