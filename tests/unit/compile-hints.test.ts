import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, initialChunks, withCompileHint } from '@/lib/build/compile-hints';

describe('compile hints', () => {
  it('finds the chunks a page loads at once, with or without a base path, and nothing else', () => {
    const html =
      '<head><script src="/_next/static/chunks/0abc.js" async=""></script>' +
      '<script src="/blog/_next/static/chunks/turbopack-1x.js" async></script>' +
      '<script src="/_next/static/chunks/poly.js" noModule=""></script>' +
      '<script src="/theme.js"></script>' +
      '<script async src="https://cdn.example.org/_next/static/chunks/cdn%20name.js?v=1"></script>' +
      '<script>self.__next_f.push([0])</script>' +
      '<link rel="preload" as="script" href="/_next/static/chunks/later.js"/></head>';
    expect(initialChunks(html)).toEqual(['0abc.js', 'turbopack-1x.js', 'cdn name.js']);
  });

  it('puts the hint on the first line, once', () => {
    expect(withCompileHint('var a=1;')).toBe('//# allFunctionsCalledOnLoad\nvar a=1;');
    expect(withCompileHint(withCompileHint('var a=1;'))).toBe(`${COMPILE_HINT}var a=1;`);
  });
});
