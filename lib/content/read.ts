/**
 * Reading one content file into front matter and body, and turning everything that can go wrong
 * on the way (too big, not UTF-8, no or broken front matter, a field the schema refuses) into
 * ContentProblems that name the file and line.
 */
import fs from 'node:fs';
import type { z } from 'zod';
import { describeValue, type ContentProblem } from './errors';
import { FrontMatterSyntaxError, parseSource, type ParsedSource } from './frontmatter';
import { displayPath } from './paths';

/** A post larger than this is almost certainly a mistake (a pasted export, a binary). */
export const MAX_POST_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface SourceFile {
  file: string;
  text?: string;
  problem?: ContentProblem;
}

export function readSource(file: string): SourceFile {
  const shown = displayPath(file);
  const bytes = fs.readFileSync(file);
  if (bytes.length > MAX_POST_BYTES) {
    return {
      file,
      problem: {
        severity: 'error',
        file: shown,
        field: 'file',
        expected: `a post under ${MAX_POST_BYTES / 1024} KB`,
        found: `${(bytes.length / 1024).toFixed(0)} KB`,
      },
    };
  }
  try {
    return { file, text: utf8.decode(bytes) };
  } catch {
    return {
      file,
      problem: {
        severity: 'error',
        file: shown,
        field: 'file',
        expected: 'UTF-8 text',
        found: 'bytes that are not UTF-8 (save the file with UTF-8 encoding)',
      },
    };
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
      const toml = firstLine?.replace(/^\uFEFF/, '').trim() === '+++';
      problems.push({
        severity: 'error',
        file: shown,
        line: 1,
        field: 'front matter',
        expected: toml
          ? 'YAML front matter between --- lines (Hugo\'s TOML between +++ is not read: replace +++ with --- and write key: value instead of key = value)'
          : 'front matter between --- lines at the top of the file',
        found: toml ? 'TOML front matter (+++)' : firstLine === undefined ? 'an empty file' : JSON.stringify(firstLine.slice(0, 60)),
      });
      return undefined;
    }
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
    const field = segments.length ? segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i ? `.${s}` : s)).join('') : 'front matter';
    return {
      severity: 'error' as const,
      file: displayPath(file),
      // A missing field points at the front matter's first line.
      line: parsed.lineOf(segments.join('.')) ?? 1,
      field,
      expected: issue.message,
      found: value === undefined && issue.code === 'invalid_type' ? 'nothing (the field is missing)' : describeValue(value),
    };
  });
}

/** Reads and splits a file, or records why it could not be. */
export const readContentFile = (file: string, problems: ContentProblem[]): ParsedSource | undefined => parseWithProblems(readSource(file), problems);
