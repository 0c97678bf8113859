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
      `${file} warning: nav[3].href: expected ${NAV}, found "javascript:alert(1)"`,
      `${file} warning: nav[4].href: expected ${NAV}, found "  JaVaScRiPt:alert(1)"`,
      `${file} warning: nav[5].href: expected ${NAV}, found "data:text/html,<script>alert(1)</script>"`,
      `${file} warning: nav[6].href: expected ${NAV}, found "//evil.example/"`,
      `${file} warning: nav[7].href: expected ${NAV}, found "http://example.org/"`,
    ]);
  });

  it('refuses a site address that is not http(s)', () => {
    const { messages, file } = site('url: "javascript:alert(1)"\n');
    expect(messages).toEqual([`${file} url: expected an absolute URL such as https://blog.example.org, found "javascript:alert(1)"`]);
  });
});
