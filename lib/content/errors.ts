/**
 * Every problem an editor can cause is a ContentProblem: where (file, line), what (field),
 * what we expected and what we found. The loader collects them all and reports them together.
 */
export type Severity = 'error' | 'warning';

export interface ContentProblem {
  severity: Severity;
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line?: number;
  column?: number;
  /** Front matter field (dotted path), or what the problem is about in the body ("body", "image"). */
  field: string;
  expected: string;
  found: string;
}

/** One line per problem: `content/posts/a.mdx:3 date: expected …, found …`. */
/** Problems in reading order: by file, then by line (sorted in place). */
export const inReadingOrder = (problems: ContentProblem[]): ContentProblem[] =>
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const label = p.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${label}${p.field}: expected ${p.expected}, found ${p.found}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** Thrown when the content folder has at least one error; carries every problem found. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `${errors.length} content ${errors.length === 1 ? 'error' : 'errors'}:\n${formatProblems(errors)}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Describes a value the way an editor wrote it, for the "found" half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty text' : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === 'object') return `a mapping (${JSON.stringify(value).slice(0, 60)})`;
  return String(value);
}
