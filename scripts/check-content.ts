/**
 * `npm run check` (and the prebuild step): loads every post and author, compiles every body (drafts
 * too: an editor wants to know before publishing), and prints each problem as
 * `file:line field: expected …, found …` in reading order. Exits 1 when any is an error; warnings
 * (something left out of a page, an author without a profile) never fail the build.
 */
import path from 'node:path';
import './check/build-env';
import { buildIndex, formatProblem, type ContentIndex, type ContentProblem } from '../lib/content';
import { withAllowedEmbeds, withDefaultLanguage } from '../lib/routes/page-language';
import { contentRoot, displayPath } from '../lib/content/paths';
import { pluralise } from '../lib/format';
import { authorProblems, postProblems } from '../lib/mdx/problems';
import { checkImages, publicDir, type ImageCheck } from '../lib/images/check';
import { imageCacheDir, publishVariants } from '../lib/images/pipeline';
import { problemsPerPost } from './check/parallel';

export interface CheckResult {
  problems: ContentProblem[];
  posts: number;
  authors: number;
  /** The images step (lib/images/check.ts): with `imageCache`, the variants made. */
  images: ImageCheck;
}

export interface CheckOptions {
  /** Make every image's variants, cached in this folder (the build's check); else only decode them. */
  imageCache?: string;
}

export { postProblems } from '../lib/mdx/problems';

export async function checkContent(root = contentRoot(), options: CheckOptions = {}): Promise<CheckResult> {
  const index = buildIndex(root, true);
  // The bodies link in their own language, whose prefix depends on this site's default (not the
  // content root's); the embeds they may show are this site's too.
  return withDefaultLanguage(index.site.languages[0]!.code, () => withAllowedEmbeds(index.site.embeds, () => checkIndex(index, options)));
}

async function checkIndex(index: ContentIndex, options: CheckOptions): Promise<CheckResult> {
  const problems = [...index.problems];
  const images = await checkImages(index.everyPost, { cacheDir: options.imageCache });
  problems.push(...images.problems);
  // In one worker thread per core when there are many posts (scripts/check/parallel.ts).
  for (const found of await problemsPerPost(index.everyPost, postProblems)) problems.push(...found);
  const authors = [...index.authors.values()].filter((a) => a.hasProfile);
  // Translated profiles (lib/content/authors.ts) bring biographies of their own.
  const bios = new Set(authors.map((a) => a.about?.displayPath));
  const translated = [...index.authorsByLanguage.values()].flatMap((m) => [...m.values()]).filter((a) => a.about && !bios.has(a.about.displayPath) && bios.add(a.about.displayPath));
  for (const author of [...authors, ...translated]) problems.push(...(await authorProblems(author)));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, posts: index.everyPost.length, authors: authors.length, images };
}

const colour = (code: number, text: string, stream: NodeJS.WriteStream) =>
  stream.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${text}\x1b[0m` : text;

export function summary({ problems, posts, authors }: CheckResult, root: string): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${displayPath(root) || '.'}: ${pluralise(posts, 'post', 'posts')} and ${pluralise(authors, 'author profile', 'author profiles')} checked, ${pluralise(errors, 'error', 'errors')}, ${pluralise(warnings, 'warning', 'warnings')}`;
}

async function main() {
  const root = contentRoot();
  // The build's check (`prebuild`) also makes the images' sizes; an editor's check only reads them.
  const prepare = process.argv.includes('--prepare-images');
  const result = await checkContent(root, prepare ? { imageCache: imageCacheDir() } : {});
  const failed = result.problems.some((p) => p.severity === 'error');
  if (prepare && !failed) {
    // Only published posts' variants are served: a draft's pictures stay private like its page.
    const written = publishVariants(result.images.prepared.filter((p) => p.published), publicDir());
    if (written) process.stdout.write(`images: ${written} sized files in public/posts (${result.images.encoded} encoded, the rest from ${displayPath(imageCacheDir()) || '.'})\n`);
  }
  // One stream for the whole report, so problems and summary never interleave.
  const out = failed ? process.stderr : process.stdout;
  for (const p of result.problems) out.write(`${colour(p.severity === 'error' ? 31 : 33, formatProblem(p), out)}\n`);
  const line = summary(result, root);
  if (failed) {
    out.write(`${line}.\nThe build stops until every error is fixed; warnings say what was left out of a page.\n`);
    process.exitCode = 1;
  } else {
    out.write(result.problems.length ? `${line}: the site builds; warnings say what was left out of a page.\n` : `${line}\n`);
  }
}

if (process.argv[1] && path.basename(process.argv[1]) === 'check-content.ts') {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
