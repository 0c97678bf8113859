/**
 * The attack suite's content folder as the e2e builds it: tests/fixtures/hostile copied, plus
 * links out of it to files and folders every Linux machine has. The links are made here, at run
 * time, because a link to /etc kept in the repository would send the tools that scan the project
 * (Tailwind's source detection, the bundler's file watching) out of it too.
 */
import fs from 'node:fs';
import path from 'node:path';

export const HOSTILE_FIXTURE = path.resolve('tests/fixtures/hostile');

/** Where each link sits in the content folder, and what it points at. */
export const LINKS_OUT: readonly (readonly [string, string])[] = [
  ['posts/passwd.md', '/etc/passwd'], // a post
  ['posts/etc', '/etc'], // a bundle or section folder
  ['posts/bundle-with-files/hosts.png', '/etc/hosts'], // a file of a bundle
  ['authors/root/_index.md', '/etc/passwd'], // a profile
  ['authors/mallory/avatar.png', '/etc/hosts'], // an avatar
  ['events', '/etc'], // the events folder
  ['nl', '/etc'], // a language folder
  ['i18n/en.yaml', '/etc/passwd'], // the interface's words
];

/** What /etc/passwd and /etc/hosts hold: found in a response or a message, a link was followed. */
export const OUTSIDE_TEXT = /root:x?:0:0:|127\.0\.0\.1\s+localhost/;

/** Writes the hostile content folder at `at` (replacing what is there) and returns it. */
export function hostileContent(at: string): string {
  fs.rmSync(at, { recursive: true, force: true });
  fs.cpSync(HOSTILE_FIXTURE, at, { recursive: true });
  for (const [where, target] of LINKS_OUT) {
    fs.mkdirSync(path.dirname(path.join(at, where)), { recursive: true });
    fs.symlinkSync(target, path.join(at, where));
  }
  return at;
}
