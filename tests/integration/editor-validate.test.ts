/**
 * Before a save, the editor runs `npm run check`'s checks on the one entry: the same messages,
 * naming the real file, line and field, each with the form field it belongs beside; an entry with
 * an error is not saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content';
import { checkEntry, entryKind } from '@/lib/editor/validate';
import { makeContent, PNG_1x1 } from '../helpers/content';

const ROOT = 'tests/fixtures/editor';
const WORKSHOP = 'posts/workshop-with-event/index.mdx';
const workshop = fs.readFileSync(path.join(ROOT, WORKSHOP), 'utf8');
const messages = (check: Awaited<ReturnType<typeof checkEntry>>) => check.problems.map((p) => `${p.formField} | ${formatProblem(p)}`);

describe('checking one entry before it is saved', () => {
  it('a good entry passes, and nothing is written to the content folder', async () => {
    const before = fs.readdirSync(path.join(ROOT, 'posts'));
    const check = await checkEntry(ROOT, WORKSHOP, workshop);
    expect(check).toEqual({ kind: 'post', problems: [], blocked: false });
    expect(fs.readdirSync(path.join(ROOT, 'posts'))).toEqual(before);
  });

  it('an impossible date typed in the form: the check\'s message beside the date, and no save', async () => {
    const check = await checkEntry(ROOT, WORKSHOP, workshop.replace('date: 2031-02-10', 'date: 2031-02-30'));
    expect(check.blocked).toBe(true);
    expect(messages(check)).toEqual([
      'date | tests/fixtures/editor/posts/workshop-with-event/index.mdx:3 date: expected a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00, found "2031-02-30"',
    ]);
  });

  it("an event's start that is not a time: beside the event, naming event.start and its line", async () => {
    const check = await checkEntry(ROOT, WORKSHOP, workshop.replace('start: 2031-03-14T13:00', 'start: next Tuesday'));
    expect(messages(check)).toEqual([
      `event | tests/fixtures/editor/posts/workshop-with-event/index.mdx:10 event.start: expected a start date and time such as 2023-04-11T13:00 (local time in the event's timezone), found "next Tuesday"`,
    ]);
  });

  it('a new post (not on disk yet) is checked with the profiles around it: an unknown author is a warning, not a block', async () => {
    const check = await checkEntry(ROOT, 'posts/first-repair-cafe/index.md', '---\ntitle: Our first repair café\ndate: 2031-05-01\nauthors: [noor-haddad, kim]\n---\n\nFour toasters fixed.\n');
    expect(check.blocked).toBe(false);
    expect(messages(check)).toEqual([
      'authors | tests/fixtures/editor/posts/first-repair-cafe/index.md:4 warning: authors: expected a profile at content/authors/kim/_index.md, found "kim" without one (shown as "Kim")',
    ]);
    expect(fs.existsSync(path.join(ROOT, 'posts/first-repair-cafe'))).toBe(false);
  });

  it('a body that does not compile: the compile error, beside the body', async () => {
    const check = await checkEntry(ROOT, WORKSHOP, workshop.replace('</Blockers>', '</Blocker>'));
    expect(check.blocked).toBe(true);
    expect(check.problems.map((p) => [p.formField, p.file, p.severity])).toEqual([['body', 'tests/fixtures/editor/posts/workshop-with-event/index.mdx', 'error']]);
  });

  it('a bundle keeps its pictures: an image the body shows is found beside the entry', async () => {
    const root = makeContent({ 'site.yaml': 'title: A blog\n', 'posts/with-photo/photo.png': PNG_1x1, 'posts/with-photo/index.md': '---\ntitle: x\ndate: 2024-01-01\n---\n' });
    const body = '---\ntitle: With a photo\ndate: 2024-01-01\n---\n\n![The bench](./photo.png)\n';
    expect((await checkEntry(root, 'posts/with-photo/index.md', body)).problems).toEqual([]);
    const missing = await checkEntry(root, 'posts/with-photo/index.md', body.replace('photo.png', 'missing.png'));
    expect(missing.blocked).toBe(true);
    expect(missing.problems[0]!.file).toBe(`${root}/posts/with-photo/index.md`);
  });

  it('a profile and the site settings', async () => {
    const author = await checkEntry(ROOT, 'authors/noor-haddad/_index.md', '---\nrole: Host\n---\n');
    expect(messages(author)).toEqual([
      "title | tests/fixtures/editor/authors/noor-haddad/_index.md:1 title: expected the author's display name as text, found nothing (the field is missing)",
    ]);
    const site = await checkEntry(ROOT, 'site.yaml', 'title: Editor round trip\neditor:\n  enabled: true\n  backend:\n    name: github\n    repo: our blog\n');
    expect(messages(site)).toEqual([
      'editor | tests/fixtures/editor/site.yaml:6 editor.backend.repo: expected a GitHub repository written owner/name, such as our-org/blog, found "our blog"',
    ]);
  });

  it('refuses a path outside the content folder, or one that is not an entry', async () => {
    await expect(checkEntry(ROOT, '../../package.json', '{}')).rejects.toThrow('../../package.json: not a path inside the content folder');
    await expect(checkEntry(ROOT, 'posts/photo.png', '')).rejects.toThrow('posts/photo.png: not a post, event page, author profile or site.yaml');
    expect(['posts/a.md', 'nl/posts/a/index.mdx', 'events/x/index.md', 'event/x/index.md', 'authors/ada/_index.md', 'site.yaml', 'notes/a.md'].map(entryKind)).toEqual(['post', 'post', 'event', 'event', 'author', 'site', undefined]);
  });
});
