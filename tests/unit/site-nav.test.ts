import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { makeContent } from '../helpers/content';

function site(yaml: string) {
  const root = makeContent({ 'site.yaml': yaml });
  const index = buildIndex(root, false);
  return { site: index.site, messages: index.problems.map(formatProblem), file: displayPath(`${root}/site.yaml`) };
}

const NAV = 'a path on the site such as /tags, or an https:// link (the menu entry was left out)';

describe('the menu and address in site.yaml', () => {
  it('keeps site paths and https:// links, and leaves out every other link with a warning', () => {
    const { site: s, messages, file } = site(
      [
        'nav:',
        '  - { label: Posts, href: / }',
        '  - { label: Tags, href: /tags }',
        '  - { label: Code, href: "https://github.com/example/blog" }',
        '  - { label: Help, href: "javascript:alert(1)" }',
        '  - { label: Spaced, href: "  JaVaScRiPt:alert(1)" }',
        '  - { label: Data, href: "data:text/html,<script>alert(1)</script>" }',
        '  - { label: Elsewhere, href: "//evil.example/" }',
        '  - { label: Plain, href: "http://example.org/" }',
        '',
      ].join('\n'),
    );
    expect(s.nav.map((n) => n.href)).toEqual(['/', '/tags', 'https://github.com/example/blog']);
    expect(messages).toEqual([
      `${file}:5 warning: nav[3].href: expected ${NAV}, found "javascript:alert(1)"`,
      `${file}:6 warning: nav[4].href: expected ${NAV}, found "  JaVaScRiPt:alert(1)"`,
      `${file}:7 warning: nav[5].href: expected ${NAV}, found "data:text/html,<script>alert(1)</script>"`,
      `${file}:8 warning: nav[6].href: expected ${NAV}, found "//evil.example/"`,
      `${file}:9 warning: nav[7].href: expected ${NAV}, found "http://example.org/"`,
    ]);
  });

  it('leaves out a site path a browser or server resolves to another host, naming its line', () => {
    const hrefs = [
      '/x/..//evil.example',
      '/%2F%2Fevil.example',
      '/%2f/evil.example',
      '/%252F%252Fevil.example',
      '/.//evil.example',
      '/./evil',
      '\\\\evil.example',
      '/\\evil.example',
      '/%5Cevil.example',
      '/posts/a\tb',
      'java\tscript:alert(1)',
      'https://blog.example\n/x',
      'vbscript:msgbox(1)',
      'https://user:secret@evil.example/',
    ];
    // JSON strings are YAML's double-quoted strings: each href is read back exactly as written here.
    const { site: s, messages, file } = site(
      ['nav:', '  - { label: Posts, href: /posts/a-b?x=1#top }', ...hrefs.map((h) => `  - { label: L, href: ${JSON.stringify(h)} }`), '  - { label: Docs, href: "https://docs.example.org/guide" }', ''].join('\n'),
    );
    expect(s.nav.map((n) => n.href)).toEqual(['/posts/a-b?x=1#top', 'https://docs.example.org/guide']);
    expect(messages).toEqual(hrefs.map((h, i) => `${file}:${i + 3} warning: nav[${i + 1}].href: expected ${NAV}, found ${JSON.stringify(h)}`));
  });

  it("leaves out such links from a language's own menu too", () => {
    const { site: s, messages, file } = site(['languages:', '  - code: en', '  - code: nl', '    nav:', '      - { label: Berichten, href: / }', '      - { label: Weg, href: "/x/..//evil.example" }', ''].join('\n'));
    expect(s.languages[1]!.nav.map((n) => n.href)).toEqual(['/']);
    expect(messages).toContain(`${file}:6 warning: languages[1].nav[1].href: expected ${NAV}, found "/x/..//evil.example"`);
  });

  it('refuses a site address that is not http(s)', () => {
    const { messages, file } = site('url: "javascript:alert(1)"\n');
    expect(messages).toEqual([`${file} url: expected an absolute URL such as https://blog.example.org, found "javascript:alert(1)"`]);
  });
});
