/**
 * Reading an entry for the browser editor and writing it back without losing a byte: an
 * unchanged entry is written back exactly as it was read; a changed field changes only its own
 * line(s); a new field is appended in the file's own front matter format; a removed one loses its
 * line(s). Everything the editor does not touch (comments, key order, quoting, CRLF, BOM, keys the
 * blog does not know, the body) is the original text, copied.
 */
import type { FrontMatterFormat } from '../content/frontmatter';

export type { FrontMatterFormat };

export interface Entry {
  /** The front matter as the blog reads it (lib/content/frontmatter.ts): dates stay the text typed. */
  data: Record<string, unknown>;
  /** The body, line ends as `\n` (what a browser's text field gives back). */
  body: string;
  format: FrontMatterFormat;
  /** The line end the file uses (what new lines are written with). */
  eol: '\n' | '\r\n';
  bom: boolean;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export interface WriteOptions {
  /** For a new file (no original): the front matter format; YAML unless told. */
  format?: FrontMatterFormat;
}

export function readEntry(raw: string, file = 'entry'): Entry {
  throw new Error(`not implemented: ${file}${raw.length}`);
}

export function writeEntry(originalRaw: string | undefined, data: Record<string, unknown>, body: string, options: WriteOptions = {}): string {
  throw new Error(`not implemented ${String(originalRaw)}${JSON.stringify(data)}${body}${JSON.stringify(options)}`);
}

export type BodyMode = 'rich' | 'text';

/** Whether a body can be edited in a rich-text editor without being rewritten, and if not, why. */
export function bodyEditing(body: string, file: string): { mode: BodyMode; reasons: string[] } {
  throw new Error(`not implemented ${body}${file}`);
}

/**
 * Decap CMS's `toFile` receives only the entry's fields, not the file it was read from; the
 * adapter keeps the original text in this hidden key (and the body in `body`) so a save writes
 * only what changed. Register with `CMS.registerCustomFormat('blog', 'md', cmsFormat())`.
 */
export const ORIGINAL_KEY = '__original';
export const BODY_KEY = 'body';

export function cmsFormat(): { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string } {
  throw new Error('not implemented');
}
