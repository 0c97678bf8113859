/**
 * `npm run check` (and the prebuild step): loads every post and author, compiles every body, and
 * prints each problem as `file:line field: expected …, found …`. Exits 1 when any is an error.
 */
import { buildIndex, ContentError, formatProblem, type ContentProblem, type Post } from '../lib/content';
import { compilePost } from '../lib/mdx/compile';
import { problemsPerPost } from './check/parallel';

/** The problems compiling one post's body finds. */
export async function postProblems(post: Post): Promise<ContentProblem[]> {
  try {
    await compilePost(post);
    return [];
  } catch (err) {
    if (err instanceof ContentError) return err.problems;
    throw err;
  }
}

export async function checkContent(): Promise<{ problems: ContentProblem[]; posts: number }> {
  // Drafts are checked too: an editor wants to know before publishing.
  const index = buildIndex(undefined, true);
  const problems = [...index.problems];
  // In worker threads when there are many posts (scripts/check/parallel.ts).
  for (const found of await problemsPerPost(index.posts, postProblems)) problems.push(...found);
  return { problems, posts: index.posts.length };
}

async function main() {
  const started = performance.now();
  const { problems, posts } = await checkContent();
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  const summary = `${posts} posts checked: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  if (errors.length) {
    console.error(summary);
    process.exit(1);
  }
  console.log(`${summary} (content check took ${((performance.now() - started) / 1000).toFixed(1)}s)`);
}

if (process.argv[1] && /check-content\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
