/**
 * gray-matter splits `---` and `+++` front matter (lib/content/frontmatter.ts): always called with
 * options, so it never caches a file's result and hands the same object to two posts, and with
 * engines of ours, so YAML and TOML keep their line numbers and code front matter never runs.
 */
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { FrontMatterSyntaxError, parseSource } from '@/lib/content/frontmatter';

const refusal = (text: string) => {
  try {
    parseSource(text);
  } catch (err) {
    if (err instanceof FrontMatterSyntaxError) return { line: err.line, expected: err.expected, found: err.found };
    throw err;
  }
  return undefined;
};

describe('front matter split by gray-matter', () => {
  it('gives each read its own data, and leaves gray-matter\'s cache empty', () => {
    const text = '---\ntitle: Shared text\ntags: [a]\n---\nBody\n';
    const first = parseSource(text);
    (first.data.tags as string[]).push('changed by the first reader');
    expect(parseSource(text).data).toEqual({ title: 'Shared text', tags: ['a'] });
    // Not in gray-matter's types: the cache a call without options fills.
    expect(Object.keys((matter as unknown as { cache: object }).cache)).toEqual([]);
  });

  it('keeps the file\'s line numbers after blank lines and a byte order mark, for fields and for the body', () => {
    const parsed = parseSource('\uFEFF\n\n---\ntitle: T\nimage:\n  caption: C\n---\n\nBody\n');
    expect([parsed.lineOf('title'), parsed.lineOf('image.caption'), parsed.bodyLine]).toEqual([4, 6, 8]);
    const toml = parseSource('\n+++\ntitle = "T"\n[image]\ncaption = "C"\n+++\nBody\n');
    expect([toml.lineOf('title'), toml.lineOf('image.caption'), toml.bodyLine, toml.body]).toEqual([3, 5, 7, 'Body\n']);
  });

  it.each(['js', 'javascript', 'JavaScript', 'coffee', 'coffeescript', 'cson'])('refuses ---%s front matter at its line, and runs none of it', (language) => {
    const marker = `__ran_${language}`;
    const code = `---${language}\n{ title: (globalThis.${marker} = true, 'x') }\n---\nbody`;
    expect(refusal(`\n${code}`)).toEqual({ line: 2, expected: 'YAML front matter between --- lines (code front matter is never run)', found: `---${language}` });
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('refuses front matter in another language, and a block never closed, as before', () => {
    expect(refusal('---json\n{"title": "x"}\n---\n')).toEqual({ line: 1, expected: 'YAML front matter between --- lines', found: '---json' });
    expect(refusal('---\ntitle: x\n\nBody without a closing line\n')).toEqual({ line: 1, expected: 'a --- line closing the front matter', found: 'no closing --- line' });
    expect(refusal('+++\ntitle = "x"\n')).toEqual({ line: 1, expected: 'a +++ line closing the front matter', found: 'no closing +++ line' });
  });
});
