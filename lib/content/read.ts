/**
 * Reading one content file into front matter and body, and turning everything that can go wrong
 * on the way (too big, not UTF-8, no or broken front matter, a field the schema refuses) into
 * ContentProblems that name the file and line.
 */
import type { z } from 'zod';
import { describeValue, type ContentProblem } from './errors';
import { fieldName, FrontMatterSyntaxError, parseSource, type ParsedSource } from './frontmatter';
import { displayPath } from './paths';
import { REGULAR_EXPECTED, readRegularFile } from './regular-files';

/** A post larger than this is almost certainly a mistake (a pasted export, a binary). */
export const MAX_POST_BYTES = 1024 * 1024;
/** An HTML page (an R Markdown report with its tables and widgets) is larger than any written post. */
export const MAX_HTML_PAGE_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface SourceFile {
  file: string;
  text?: string;
  problem?: ContentProblem;
}

export function readSource(file: string): SourceFile {
  const unreadable = (expected: string, found: string): SourceFile => ({ file, problem: { severity: 'error', file: displayPath(file), field: 'file', expected, found } });
  const bytes = readRegularFile(file);
  // Discovery left links and pipes out; one put there since is not read either.
  if (!bytes) return unreadable(REGULAR_EXPECTED, 'a link, pipe or device where a file was; it was left out');
  const html = /\.html?$/i.test(file);
  const limit = html ? MAX_HTML_PAGE_BYTES : MAX_POST_BYTES;
  if (bytes.length > limit) {
    return unreadable(html ? `an HTML page under ${limit / 1024 / 1024} MB` : `a post under ${limit / 1024} KB`, `${(bytes.length / 1024).toFixed(0)} KB`);
  }
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    return unreadable('UTF-8 text', 'bytes that are not UTF-8 (save the file with UTF-8 encoding)');
  }
}

export function parseWithProblems(src: SourceFile, problems: ContentProblem[]): ParsedSource | undefined {
  if (src.problem) {
    problems.push(src.problem);
    return undefined;
  }
  const shown = displayPath(src.file);
  try {
    const parsed = parseSource(src.text!);
    if (!parsed.hasFrontMatter) {
      const firstLine = src.text!.split(/\r?\n/).find((l) => l.trim() !== '');
      problems.push({
        severity: 'error',
        file: shown,
        line: 1,
        field: 'front matter',
        expected: 'front matter between --- lines at the top of the file',
        found: firstLine === undefined ? 'an empty file' : JSON.stringify(firstLine.slice(0, 60)),
      });
      return undefined;
    }
    for (const w of parsed.warnings) problems.push({ severity: 'warning', file: shown, ...w });
    return parsed;
  } catch (err) {
    if (err instanceof FrontMatterSyntaxError) {
      problems.push({
        severity: 'error',
        file: shown,
        line: err.line,
        field: err.field,
        expected: err.expected,
        found: err.found,
      });
      return undefined;
    }
    throw err;
  }
}

/** What a zod issue's own message looks like: never shown to an editor. */
const VALIDATOR_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected|Required)\b|\breceived\b/;

const EXPECTED_TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a mapping (key: value lines)',
};

/** The "expected" half of a message: the schema's words, or plain words when a field has none. */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (!VALIDATOR_WORDING.test(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') return EXPECTED_TYPE[issue.expected] ?? 'a value this field accepts (see CONTENT.md)';
  return 'a value this field accepts (see CONTENT.md)';
}

/** Turns zod issues into problems that name the line of the offending field. */
export function schemaProblems(
  error: z.ZodError,
  data: Record<string, unknown>,
  parsed: ParsedSource,
  file: string,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const segments = issue.path.map(String);
    let value: unknown = data;
    for (const s of segments) value = (value as Record<string, unknown> | undefined)?.[s];
    return {
      severity: 'error' as const,
      file: displayPath(file),
      // A missing field points at the front matter's first line.
      line: parsed.lineOf(segments.join('.')) ?? 1,
      field: fieldName(segments),
      expected: expectedOf(issue),
      found: value === undefined ? 'nothing (the field is missing)' : describeValue(value),
    };
  });
}

/** Whether a zod issue's path is one of `patterns` (dotted, `*` for any list index). */
const matchesField = (path: readonly PropertyKey[], patterns: readonly string[]) =>
  patterns.some((pattern) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((part, i) => part === String(path[i]) || (part === '*' && typeof path[i] === 'number'));
  });

/** A copy of `data` without the value at `path`, so the schema reads that field as not given. */
function without(data: unknown, path: readonly PropertyKey[]): unknown {
  if (!path.length || data === null || typeof data !== 'object') return data;
  const [head, ...rest] = path;
  const copy: Record<PropertyKey, unknown> | unknown[] = Array.isArray(data) ? [...data] : { ...data };
  if (rest.length) (copy as Record<PropertyKey, unknown>)[head as PropertyKey] = without((data as Record<PropertyKey, unknown>)[head as PropertyKey], rest);
  else delete (copy as Record<PropertyKey, unknown>)[head as PropertyKey];
  return copy;
}

/**
 * Checks front matter against a schema. A wrong value in one of the `lenient` fields (those the
 * pages do not show, see LENIENT_FIELDS in schema.ts) is a warning and is read as not given;
 * every other wrong value is an error, and then the result is undefined.
 */
export function validate<T>(
  schema: z.ZodType<T>,
  data: Record<string, unknown>,
  parsed: ParsedSource,
  file: string,
  problems: ContentProblem[],
  lenient: readonly string[] = [],
): T | undefined {
  let current: unknown = data;
  // Each round leaves out the values it warned about; a field can only be left out once.
  for (let round = 0; round <= lenient.length; round++) {
    const result = schema.safeParse(current);
    if (result.success) return result.data;
    const ignored = result.error.issues.filter((issue) => matchesField(issue.path, lenient));
    schemaProblems(result.error, data, parsed, file).forEach((problem, i) => {
      if (!matchesField(result.error.issues[i]!.path, lenient)) problems.push(problem);
      else problems.push({ ...problem, severity: 'warning', expected: `${problem.expected} (the value was left out)` });
    });
    if (ignored.length < result.error.issues.length) return undefined;
    for (const issue of ignored) current = without(current, issue.path);
  }
  return undefined;
}

/** Reads and splits a file, or records why it could not be. */
export const readContentFile = (file: string, problems: ContentProblem[]): ParsedSource | undefined => parseWithProblems(readSource(file), problems);
