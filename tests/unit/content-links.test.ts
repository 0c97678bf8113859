/**
 * The content folder is read as a tree of regular files: a link (symlink) anywhere in it, to a
 * file or folder outside, is a located warning and left out, and what it points at is never read,
 * so it can reach no message, log or page. A named pipe (FIFO) is never opened: a read would wait
 * for a writer forever.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { makeContent, PNG_1x1, post } from '../helpers/content';

/** Text that fails every schema it meets (a list where a title goes), so a message would echo it. */
const SECRET = 'OUTSIDE-SECRET-7d1f';
const secretPost = `---\ntitle: [${SECRET}]\ndate: [${SECRET}]\n---\n${SECRET}\n`;

function outsideFolder(): string {
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'));
  fs.writeFileSync(path.join(outside, 'secret.md'), secretPost);
  fs.writeFileSync(path.join(outside, 'secret.yaml'), `title: [${SECRET}]\nlanguages: ${SECRET}\n`);
  fs.writeFileSync(path.join(outside, 'secret.png'), Buffer.concat([PNG_1x1, Buffer.from(SECRET)]));
  for (const dir of ['posts', 'post', 'authors/eve']) fs.mkdirSync(path.join(outside, dir), { recursive: true });
  fs.writeFileSync(path.join(outside, 'posts/leaked.md'), secretPost);
  fs.writeFileSync(path.join(outside, 'authors/eve/_index.md'), secretPost);
  fs.writeFileSync(path.join(outside, 'index.md'), secretPost);
  fs.writeFileSync(path.join(outside, '_index.md'), secretPost);
  return outside;
}

const LINK = 'warning: file: expected a file or folder in the content folder itself (links are not followed), found a link (symlink); it was left out';

describe('links out of the content folder', () => {
  it('are left out wherever they are, each a located warning, and nothing they point at is read', () => {
    const outside = outsideFolder();
    const root = makeContent({
      'site.yaml': 'title: Real\nlanguages:\n  - code: en\n  - code: nl\n',
      'posts/real/index.md': post('title: Real\ndate: 2024-01-01\nauthors: [ada]'),
      'authors/ada/_index.md': '---\ntitle: Ada\n---\nReal.\n',
      'i18n/.keep': '',
    });
    const link = (target: string, at: string) => {
      fs.mkdirSync(path.dirname(path.join(root, at)), { recursive: true });
      fs.symlinkSync(path.join(outside, target), path.join(root, at));
    };
    link('secret.png', 'posts/real/photo.png'); // a bundle file
    link('secret.md', 'authors/bob/_index.md'); // a profile
    link('authors/eve', 'authors/eve'); // an author's folder
    link('secret.png', 'authors/ada/avatar.png'); // an avatar
    link('posts', 'events'); // the events folder
    link('.', 'nl'); // a language folder
    link('secret.yaml', 'i18n/en.yaml'); // an interface override
    const index = buildIndex(root, true);
    const messages = index.problems.map(formatProblem).sort();
    const at = (p: string) => displayPath(path.join(root, p));
    expect(messages).toEqual([
      `${at('authors/ada/avatar.png')} ${LINK}`,
      `${at('authors/bob/_index.md')} ${LINK}`,
      `${at('authors/eve')} ${LINK}`,
      `${at('events')} ${LINK}`,
      `${at('i18n/en.yaml')} ${LINK}`,
      `${at('nl')} ${LINK}`,
      `${at('posts/real/photo.png')} ${LINK}`,
    ]);
    expect(JSON.stringify(index)).not.toContain(SECRET);
    expect(index.everyPost.map((p) => p.title)).toEqual(['Real']);
    expect([...index.authors.keys()]).toEqual(['ada']);
    expect(Object.keys(index.posts[0]!.assets)).toEqual([]);
  });

  it('a site.yaml or a posts folder that is a link is left out the same way', () => {
    const outside = outsideFolder();
    const root = makeContent({ 'authors/ada/_index.md': '---\ntitle: Ada\n---\n' });
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'site.yaml'));
    fs.symlinkSync(path.join(outside, 'posts'), path.join(root, 'posts'));
    const index = buildIndex(root, true);
    expect(index.problems.map(formatProblem).sort()).toEqual([
      `${displayPath(path.join(root, 'posts'))} ${LINK}`,
      `${displayPath(path.join(root, 'site.yaml'))} ${LINK}`,
    ]);
    expect(JSON.stringify(index)).not.toContain(SECRET);
    expect(index.site.title).not.toContain(SECRET);
  });
});

describe('files that are not regular files', () => {
  it('a named pipe as a post, a bundle index, site.yaml or an i18n file is never opened: a located warning', () => {
    const root = makeContent({ 'posts/real.md': post('title: Real\ndate: 2024-01-01'), 'posts/b/x.txt': 'x', 'i18n/.keep': '' });
    for (const p of ['posts/pipe.md', 'posts/b/index.md', 'site.yaml', 'i18n/en.yaml', 'authors/ada/_index.md']) {
      fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
      execFileSync('mkfifo', [path.join(root, p)]);
    }
    const index = buildIndex(root, true);
    const pipe = 'warning: file: expected a regular file (pipes, devices and sockets are not read), found a named pipe (FIFO); it was left out';
    const at = (p: string) => displayPath(path.join(root, p));
    expect(index.problems.map(formatProblem).sort()).toEqual([
      `${at('authors/ada/_index.md')} ${pipe}`,
      `${at('i18n/en.yaml')} ${pipe}`,
      `${at('posts/b/index.md')} ${pipe}`,
      `${at('posts/pipe.md')} ${pipe}`,
      `${at('site.yaml')} ${pipe}`,
    ]);
    expect(index.everyPost.map((p) => p.title)).toEqual(['Real']);
  });
});
