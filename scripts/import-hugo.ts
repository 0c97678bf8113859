/**
 * `npm run import:hugo -- <path to a Hugo site> [--into <folder>] [--force]`: moves a Hugo (Blox)
 * site in (lib/hugo-import), then prints the migration report: what was taken, what was changed,
 * every problem `npm run check` finds in the result, and each post's old URL with its new one.
 * Exits 1 when the import was refused; problems in the imported posts are listed, not fatal.
 */
import path from 'node:path';
import { buildIndex, formatProblem } from '../lib/content';
import { displayPath } from '../lib/content/paths';
import { pluralise } from '../lib/format';
import { importHugoSite, ImportRefused, type ImportResult } from '../lib/hugo-import/import';
import { exportedPath } from '../lib/routes/redirects';
import { checkContent } from './check-content';

export const USAGE = 'usage: npm run import:hugo -- <path to a Hugo site> [--into <folder>] [--force]\n  --into   the content folder to write (default: content/ of this project)\n  --force  replace the posts/, authors/, events/ and site.yaml of a folder that is not empty';

export interface ImportArgs {
  source: string;
  into: string;
  force: boolean;
}

export function parseArgs(argv: readonly string[], cwd = process.cwd()): ImportArgs {
  let source: string | undefined;
  let into = path.join(cwd, 'content');
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--force') force = true;
    else if (arg === '--into') {
      const next = argv[++i];
      if (!next) throw new ImportRefused(`--into needs a folder\n${USAGE}`);
      into = path.resolve(cwd, next);
    } else if (arg.startsWith('--into=')) into = path.resolve(cwd, arg.slice('--into='.length));
    else if (arg.startsWith('-')) throw new ImportRefused(`unknown option ${arg}\n${USAGE}`);
    else if (source) throw new ImportRefused(`one Hugo site at a time (got ${source} and ${arg})\n${USAGE}`);
    else source = path.resolve(cwd, arg);
  }
  if (!source) throw new ImportRefused(USAGE);
  return { source, into, force };
}

/** The report, as lines: counts, changes, notes, problems in `npm run check`'s format, old → new URLs. */
export async function migrationReport(result: ImportResult): Promise<{ lines: string[]; errors: number }> {
  const check = await checkContent(result.target);
  const index = buildIndex(result.target, true);
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `Imported ${displayPath(result.source)} into ${displayPath(result.target)}: ${pluralise(result.posts, 'post', 'posts')}, ${pluralise(result.authors, 'author', 'authors')}, ${pluralise(result.events, 'event', 'events')}.`,
    '',
    'What was changed:',
    ...result.changes.map((c) => `  ${c}`),
  ];
  if (result.notes.length) lines.push('', 'From the configuration:', ...result.notes.map((n) => `  ${n}`));
  lines.push('', check.problems.length ? `Problems (${pluralise(errors, 'error', 'errors')}, ${pluralise(check.problems.length - errors, 'warning', 'warnings')}; the same list as npm run check):` : 'Problems: none, npm run check passes.');
  lines.push(...check.problems.map((p) => `  ${formatProblem(p)}`));
  lines.push('', 'Old URLs → new (permanent redirects in next start, pages and _redirects in a static export):');
  const site = index.site.url;
  // Every language's posts, the default's first: a translation had its own old address too.
  for (const [i, { code }] of index.site.languages.entries()) {
    const to = (slug: string) => `${i === 0 ? '' : `/${code}`}/posts/${slug}`;
    for (const post of [...(index.byLanguage.get(code)?.posts ?? [])].sort((a, b) => a.slug.localeCompare(b.slug))) {
      const olds = index.redirects.filter((r) => r.to === to(post.slug)).map((r) => exportedPath(decodeURI(r.from)));
      lines.push(`  ${olds.length ? olds.join(', ') : '(no old address to redirect)'} → ${site}${to(post.slug)}${post.draft ? ' (a draft: not published)' : ''}`);
    }
  }
  if (errors) lines.push('', `npm run build stops until ${errors === 1 ? 'the error above is' : `the ${errors} errors above are`} fixed.`);
  return { lines, errors };
}

async function main() {
  try {
    const result = importHugoSite(parseArgs(process.argv.slice(2)));
    const { lines } = await migrationReport(result);
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (err) {
    if (!(err instanceof ImportRefused)) throw err;
    process.stderr.write(`import:hugo: ${err.message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.basename(process.argv[1]) === 'import-hugo.ts') {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
