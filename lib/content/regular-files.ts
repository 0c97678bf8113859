/**
 * The content folder is read as a tree of regular files and folders, never through a link: a
 * symlink could put any file of the machine that builds the site (a key, another site's secrets)
 * into the check's messages, a CI log or a page, and a named pipe or a device would hold a read
 * forever. Each is a located warning and is left out; what a link points at is never opened.
 */
import fs from 'node:fs';
import type { ContentProblem } from './errors';
import { displayPath } from './paths';

export const LINK_EXPECTED = 'a file or folder in the content folder itself (links are not followed)';
export const REGULAR_EXPECTED = 'a regular file (pipes, devices and sockets are not read)';

type Kind = Pick<fs.Stats, 'isSymbolicLink' | 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket'>;

/** Why an entry is left out, or undefined for a regular file or a folder. */
export function refusal(kind: Kind): { expected: string; found: string } | undefined {
  if (kind.isSymbolicLink()) return { expected: LINK_EXPECTED, found: 'a link (symlink); it was left out' };
  if (kind.isFile() || kind.isDirectory()) return undefined;
  const what = kind.isFIFO() ? 'a named pipe (FIFO)' : kind.isSocket() ? 'a socket' : 'a device';
  return { expected: REGULAR_EXPECTED, found: `${what}; it was left out` };
}

/**
 * Whether an entry met while listing a folder (a Dirent, which does not follow links) may be
 * read; a link, pipe, device or socket is reported at `file` and is not.
 */
export function usableEntry(file: string, entry: Kind, problems: ContentProblem[]): boolean {
  const why = refusal(entry);
  if (why) problems.push({ severity: 'warning', file: displayPath(file), field: 'file', ...why });
  return !why;
}

/**
 * Whether `p` is there as a `want` (a regular file or a folder) without a link: a missing path,
 * or a file where a folder is wanted, is simply not there; a link, pipe, device or socket is
 * reported and is not read.
 */
export function usablePath(p: string, want: 'file' | 'folder', problems: ContentProblem[]): boolean {
  const stat = fs.lstatSync(p, { throwIfNoEntry: false });
  if (!stat || !usableEntry(p, stat, problems)) return false;
  return want === 'file' ? stat.isFile() : stat.isDirectory();
}

/**
 * What `read` makes of a regular file, opened without following a link and without waiting on a
 * pipe (what was checked when the folder was listed may have been swapped since); undefined for
 * anything else.
 */
export function withRegularFile<T>(p: string, read: (fd: number) => T): T | undefined {
  let fd: number;
  try {
    fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    return fs.fstatSync(fd).isFile() ? read(fd) : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** The bytes of a regular file (see withRegularFile); undefined otherwise. */
export function readRegularFile(p: string): Buffer | undefined {
  return withRegularFile(p, (fd) => fs.readFileSync(fd));
}
