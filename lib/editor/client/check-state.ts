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
  /** Pictures uploaded into the entry, written beside it by the same save. */
  pending?: string[];
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

/**
 * The check reads the bundle as it is on disk; a picture uploaded in this edit is not there until
 * the save writes it with the entry, so its "expected a file named …" is not a problem.
 */
export function withoutPending<P extends { expected: string }>(problems: P[], pending: readonly string[] = []): P[] {
  return problems.filter((p) => !pending.some((name) => p.expected.includes(`a file named "${name}"`)));
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
