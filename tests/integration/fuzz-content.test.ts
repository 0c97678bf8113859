/**
 * Property-based fuzzing of `npm run check`'s code path (scripts/check-content.ts: buildIndex, then
 * postProblems for each post) with generated posts: front matter and bodies mixed from HTML attack
 * fragments, Markdown, MDX, shortcodes, Unicode, very long and very deep input. Whatever the
 * input, the check never crashes, finishes each file within a bound, names the file (and a line
 * inside it) in every problem, and a body that compiles renders no executable construct. A site
 * the check accepts renders every page, whatever names its content chose (`constructor`,
 * `__proto__`, `toString` … in every slot that names something).
 *
 * A fixed seed and a few thousand cases here; `npm run fuzz` (FUZZ_RUNS, FUZZ_SEED) runs more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIndex, ContentError, formatProblem, type ContentProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { compilePost } from '@/lib/mdx/compile';
import { executableConstructs } from '../helpers/executable';
import { loadablePost, namedSite, postFile } from '../helpers/fuzz-content';
import { renderEveryPage } from '../helpers/site-pages';
import { checkContent, postProblems } from '@/scripts/check-content';
import { editorComponents } from '@/components/mdx';

const SEED = Number(process.env.FUZZ_SEED) || 20_261_202;
const SCALE = Number(process.env.FUZZ_RUNS) || 1;
/** Each file's bound, generous for a loaded machine: a hang is minutes, not seconds. */
const PER_FILE_MS = 20_000;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-fuzz-'));
fs.mkdirSync(path.join(root, 'posts'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function writePost(text: string, ext: 'md' | 'mdx'): string {
  for (const f of fs.readdirSync(path.join(root, 'posts'))) fs.rmSync(path.join(root, 'posts', f));
  const file = path.join(root, 'posts', `fuzzed.${ext}`);
  fs.writeFileSync(file, text);
  return file;
}

/** Every problem names the file, a line within it when it names one, and says what and why. */
function expectLocated(problems: ContentProblem[], file: string, text: string) {
  const lines = text.split('\n').length;
  for (const p of problems) {
    expect(p.file, JSON.stringify(p)).toBe(displayPath(file));
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, JSON.stringify(p)).toBe(true);
    expect(p.field.length * p.expected.length * p.found.length, JSON.stringify(p)).toBeGreaterThan(0);
  }
}

const compiled = { tried: 0, rendered: 0 };
const format = fc.constantFrom('md' as const, 'mdx' as const);

describe('the content check, fuzzed', () => {
  it('loads any file without crashing and names the file in every problem', () => {
    fc.assert(
      fc.property(postFile, format, (text, ext) => {
        const file = writePost(text, ext);
        const index = buildIndex(root, true);
        expectLocated(index.problems, file, text);
        // A file either becomes a post or is reported; it is never silently dropped.
        expect(index.posts.length + index.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 2_000 * SCALE },
    );
  }, 120_000 * SCALE);

  it('compiles any body it loads within a bound, and the page it renders runs nothing', async () => {
    await fc.assert(
      fc.asyncProperty(loadablePost, format, async (text, ext) => {
        const file = writePost(text, ext);
        const index = buildIndex(root, true);
        expectLocated(index.problems, file, text);
        const post = index.posts[0];
        if (!post) return;
        compiled.tried++;
        const problems = await postProblems(post);
        expectLocated(problems, file, text);
        if (problems.some((p) => p.severity === 'error')) return;
        let html: string;
        try {
          html = renderToStaticMarkup((await compilePost(post, { components: editorComponents })).content);
        } catch (err) {
          // The check passed the body, so the page must compile too.
          throw err instanceof ContentError ? new Error(`the check passed a body that then failed: ${err.message}`) : err;
        }
        expect(executableConstructs(html), html.slice(0, 2000)).toEqual([]);
        compiled.rendered++;
      }),
      { seed: SEED, numRuns: 100 * SCALE, timeout: PER_FILE_MS, markInterruptAsFailure: true },
    );
    // Most generated bodies get as far as the page: the property is not vacuous.
    expect(compiled.rendered).toBeGreaterThan(compiled.tried / 2);
  }, 300_000 * SCALE);

  it('renders every page of a site the check accepts, whatever its names (constructor, __proto__, toString …)', async () => {
    const previous = process.env.CONTENT_DIR;
    const seen = { accepted: 0, refused: 0 };
    try {
      await fc.assert(
        fc.asyncProperty(namedSite, async (files) => {
          // A folder per case: the index is cached per content folder.
          const site = fs.mkdtempSync(path.join(root, 'site-'));
          for (const [name, text] of files) {
            fs.mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
            fs.writeFileSync(path.join(site, name), text, name.endsWith('.png') ? 'latin1' : 'utf8');
          }
          const { problems } = await checkContent(site);
          if (problems.some((p) => p.severity === 'error')) {
            seen.refused++;
            if (process.env.FUZZ_DEBUG) console.log(problems.filter((p) => p.severity === 'error').map(formatProblem));
            return;
          }
          seen.accepted++;
          process.env.CONTENT_DIR = site;
          const pages = await renderEveryPage();
          // The post, its tag, category and author pages are among them, each rendered.
          expect(pages.filter((p) => p.status !== 200 && p.url !== '/subscribe').map((p) => p.url)).toEqual([]);
          for (const prefix of ['/posts/', '/tags/', '/categories/', '/authors/']) expect(pages.some((p) => p.url.startsWith(prefix)), prefix).toBe(true);
          // The page's JSON-LD is the one script a page has (with no `<` inside, nothing breaks out of
          // it); the site's own forms (search, share) are marked as such.
          for (const p of pages.filter((p) => p.kind === 'page')) {
            const own = (p.body.match(/<form\b[^>]*>/g) ?? []).filter((f) => /role="search"|data-site-form/.test(f)).map(() => '<form>');
            expect(executableConstructs(p.body.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')), p.url).toEqual(own);
          }
        }),
        { seed: SEED, numRuns: 40 * SCALE, timeout: PER_FILE_MS, markInterruptAsFailure: true },
      );
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
    // Most generated sites pass the check: the property is not vacuous.
    expect(seen.accepted).toBeGreaterThan(seen.refused);
  }, 300_000 * SCALE);
});

/**
 * Shapes whose cost once grew with the square of the post (issue 28): long runs of one construct
 * that opens and never closes, or opens containers on one line, mixed. Each post is checked to
 * the end; a limit it hits is an error or warning on a line of the post, never a crash or an
 * unlocated stack overflow. Times are `npm run bench -- --adversarial`'s.
 */
const SLOW_UNITS = ['1. ', '> - ', '- a ', '* ', '`` x ', 'a `b` ', '{{< x ', '{{% y ', '[a ', '[a](b ', '<a ', '**a ', '_a ', '![a ', '$a ', '\\def\\a{xxxxxxxx}\\a\\a ', '<!-- ', '```\n', '~~~ ', '| a ', '[^a] ', 'www.a '];
const slowBody = fc
  .array(fc.tuple(fc.constantFrom(...SLOW_UNITS), fc.integer({ min: 500, max: 12_000 }), fc.constantFrom('', '\n', '\n\n')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([unit, times, end]) => unit.repeat(times) + end).join(''));

describe('the content check, on input whose work could grow faster than its size', () => {
  it('finishes every post, and each limit it hits names the line', async () => {
    await fc.assert(
      fc.asyncProperty(slowBody, format, async (text, ext) => {
        const source = `---\ntitle: Slow\ndate: 2024-03-01\n---\n\n${text}\n`;
        const file = writePost(source, ext);
        const index = buildIndex(root, true);
        expectLocated(index.problems, file, source);
        const post = index.posts[0];
        if (!post) return;
        const problems = await postProblems(post);
        expectLocated(problems, file, source);
        // A limit is a message an editor can act on, not a crash of the reader.
        for (const p of problems) expect(p.found, JSON.stringify(p)).not.toMatch(/call stack|Maximum/i);
      }),
      { seed: SEED, numRuns: 12 * SCALE, timeout: 120_000, markInterruptAsFailure: true },
    );
  }, 1_200_000 * SCALE);
});
