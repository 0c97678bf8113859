import { describe, expect, it } from 'vitest';
import { attribute } from '@/lib/build/html-attributes';

describe('reading an attribute of a start tag', () => {
  it('reads double-quoted, single-quoted, bare and valueless attributes', () => {
    const attrs = ` src="/a.js" type='module' data-x=1 async noModule=""`;
    expect(attribute(attrs, 'src')).toBe('/a.js');
    expect(attribute(attrs, 'type')).toBe('module');
    expect(attribute(attrs, 'data-x')).toBe('1');
    expect(attribute(attrs, 'async')).toBe('');
    expect(attribute(attrs, 'nomodule')).toBe('');
    expect(attribute(attrs, 'defer')).toBeUndefined();
  });

  it('does not take a longer name for the one asked (data-src is not src)', () => {
    expect(attribute(' data-src="/lazy.js"', 'src')).toBeUndefined();
    expect(attribute(' asyncish', 'async')).toBeUndefined();
    expect(attribute(' href="/x.js"/', 'href')).toBe('/x.js');
  });
});
