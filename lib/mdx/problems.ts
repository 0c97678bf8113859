/**
 * What compiling a body finds, as problems: the content check's unit of work, shared by
 * scripts/check-content.ts and its worker threads (scripts/check/compile-worker.ts).
 */
import type { Author, ContentProblem, Post } from '../content';
import { ContentError } from '../content/errors';
import { compileAuthorAbout, compilePost, type CompiledBody } from './compile';

/** A body's problems: its warnings, or every problem of the error that stopped it. */
async function bodyProblems(file: string, compile: () => Promise<CompiledBody> | undefined): Promise<ContentProblem[]> {
  try {
    return (await compile())?.warnings ?? [];
  } catch (err) {
    if (err instanceof ContentError) return err.problems;
    // A compiler crash on one file must not hide the problems of the others.
    return [{ severity: 'error', file, field: 'body', expected: 'a body the compiler can read', found: err instanceof Error ? err.message : String(err) }];
  }
}

/** The problems compiling one post's body finds. */
export const postProblems = (post: Post): Promise<ContentProblem[]> => bodyProblems(post.displayPath, () => compilePost(post));

/** The problems compiling an author's biography finds. */
export const authorProblems = (author: Author): Promise<ContentProblem[]> => bodyProblems(author.about?.displayPath ?? author.id, () => compileAuthorAbout(author));
