/**
 * What the browser sends the check and preview endpoints, and how it finds a field's problems in
 * the answer. Pure, so both ends (and the tests) read the same shapes.
 */
import type { EntryProblem } from '../validate';

/** The entry as Decap holds it (`entry.toJS()`): `path` is empty until a new entry is saved. */
export interface DecapEntry {
  collection: string;
  path?: string;
  slug?: string;
  newRecord?: boolean;
  data: Record<string, unknown>;
}

export interface CheckRequest {
  collection: string;
  /** The file's path in the repository, or '' for an entry not yet saved. */
  path: string;
  /** For a new entry: the slug Decap will give its folder, when known. */
  slug: string;
  title: string;
  /** The text the save would write. */
  raw: string;
}

/** A problem with the line `npm run check` prints for it (formatProblem), word for word. */
export type ShownProblem = EntryProblem & { message: string };

export interface CheckResponse {
  /** The file checked, relative to the content folder. */
  file: string;
  problems: ShownProblem[];
  blocked: boolean;
}

export function checkRequest(entry: DecapEntry, format: { toFile(data: Record<string, unknown>): string }): CheckRequest {
  const data = entry.data ?? {};
  return {
    collection: entry.collection,
    path: entry.path ?? '',
    slug: entry.slug ?? '',
    title: typeof data.title === 'string' ? data.title : '',
    raw: format.toFile(data),
  };
}

/** The problems of one field (its dotted path as the check names it, `event.start`), in order. */
export function fieldProblems(result: CheckResponse | undefined, path: string): ShownProblem[] {
  if (!result) return [];
  // Nested fields (event.start) show their own problems; a top-level field also those the check
  // places beside it (the body: compile errors, missing pictures).
  return result.problems.filter(
    (p) => p.field === path || p.field.startsWith(`${path}.`) || p.field.startsWith(`${path}[`) || (!path.includes('.') && p.formField === path && !p.field.includes('.')),
  );
}
