/**
 * The check `npm run check` makes, on one entry the editor is about to save: the same loader, the
 * same messages. The editor shows each problem beside its field and refuses to save while any is
 * an error.
 */
import type { ContentProblem } from '../content/errors';

export type EntryKind = 'post' | 'event' | 'author' | 'site';

export interface EntryCheck {
  /** Every problem, errors and warnings, in reading order; `field` is the dotted path the form shows. */
  problems: ContentProblem[];
  /** True when any problem is an error: the entry must not be saved. */
  blocked: boolean;
}

/**
 * Checks one entry given its path relative to the content root (`posts/x/index.md`,
 * `authors/ada/_index.md`, `site.yaml`) and the text about to be written.
 */
export function checkEntry(root: string, file: string, raw: string): EntryCheck {
  throw new Error(`not implemented ${root}${file}${raw}`);
}
