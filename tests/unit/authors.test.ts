import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { displayPath } from '@/lib/content/paths';
import { isProfileLink, socialLabel } from '@/lib/security/profile-links';
import { initials } from '@/lib/text';
import { makeContent, PNG_1x1, post } from '../helpers/content';

describe('profile links', () => {
  it('keeps https:// and mailto: only', () => {
    for (const ok of ['https://example.org/me', 'mailto:me@example.org', ' https://github.com/ ']) expect(isProfileLink(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'http://example.org', '/uploads/cv.pdf', '#contact', 'mailto:', 'https:/x', 'data:text/html,x']) {
      expect(isProfileLink(bad), bad).toBe(false);
    }
  });

  it('says in words what each Hugo Blox icon stands for', () => {
    expect(['envelope', 'github', 'fab-linkedin', 'x-twitter', 'google-scholar', 'my-blog'].map(socialLabel)).toEqual([
      'Email', 'GitHub', 'LinkedIn', 'X', 'Google Scholar', 'My blog',
    ]);
  });

  it('serves avatars from the author folder, under the base path when the site has one', async () => {
    vi.stubEnv('NEXT_PUBLIC_BASE_PATH', '/blog/');
    vi.resetModules();
    const { authorAssetUrl } = await import('@/lib/routes/urls');
    expect(authorAssetUrl('ragni-mayte', 'my avatar.png')).toBe('/blog/authors/ragni-mayte/my%20avatar.png');
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('gives initials for an author without an avatar', () => {
    expect(['Ragni Mayte', 'Ana María de la Cruz', 'Sam', 'émile zola', '(Jo) Lee'].map(initials)).toEqual(['RM', 'AC', 'S', 'ÉZ', 'JL']);
  });
});

describe('loading author profiles', () => {
  it('reads a Hugo Blox _index.md with its avatar, and a plain <id>.md', () => {
    const root = makeContent({
      'authors/admin/_index.md': post(
        'title: Ama K\nrole: Lead\nbio: Short.\norganizations:\n  - name: Commons\n    url: https://example.org\nsocial:\n  - icon: envelope\n    icon_pack: fas\n    link: mailto:ama@example.org\n  - icon: globe\n    label: My site\n    link: https://ama.example.org',
        '\nLonger **biography**.\n',
      ),
      'authors/admin/avatar.jpg': PNG_1x1,
      'authors/ada.md': '---\ntitle: Ada\n---\n',
    });
    const { authors, problems } = loadContent({ root, includeDrafts: true });
    expect(problems).toEqual([]);
    expect(authors.get('admin')).toMatchObject({
      name: 'Ama K',
      role: 'Lead',
      bio: 'Short.',
      organizations: [{ name: 'Commons', url: 'https://example.org' }],
      social: [
        { icon: 'envelope', link: 'mailto:ama@example.org', label: 'Email' },
        { icon: 'globe', link: 'https://ama.example.org', label: 'My site' },
      ],
      avatar: { name: 'avatar.jpg', width: 1, height: 1 },
      about: { format: 'md', body: '\nLonger **biography**.\n', bodyLine: 16 },
      hasProfile: true,
    });
    expect(authors.get('ada')).toMatchObject({ name: 'Ada', social: [], hasProfile: true, about: undefined });
  });

  it('leaves out a link that is not https or mailto, with a warning on its line', () => {
    const root = makeContent({ 'authors/x/_index.md': post('title: X\nsocial:\n  - icon: globe\n    link: javascript:alert(1)') });
    const { authors, problems } = loadContent({ root, includeDrafts: true });
    expect(authors.get('x')!.social).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${displayPath(`${root}/authors/x/_index.md`)}:5 warning: social[0].link: expected a link starting with https:// or mailto: (the link was left out), found "javascript:alert(1)"`,
    ]);
  });

  it('tells every post that names an id without a profile, at the line it names it', () => {
    const root = makeContent({
      'posts/a.md': post('title: A\ndate: 2024-01-01\nauthors:\n  - jo-lee\n  - kim'),
      'posts/b.md': post('title: B\ndate: 2024-01-02\nauthors: [jo-lee]'),
      'authors/kim.md': post('title: Kim'),
    });
    const { authors, problems } = loadContent({ root, includeDrafts: true });
    const expected = 'warning: authors: expected a profile at content/authors/jo-lee/_index.md, found "jo-lee" without one (shown as "Jo Lee")';
    expect(problems.map(formatProblem)).toEqual([
      `${displayPath(`${root}/posts/a.md`)}:5 ${expected}`,
      `${displayPath(`${root}/posts/b.md`)}:4 ${expected}`,
    ]);
    expect(authors.get('jo-lee')).toMatchObject({ name: 'Jo Lee', hasProfile: false });
  });
});

describe('the email of a profile', () => {
  it('is shown only when the site says so, and never as a link that is not an address', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { AuthorProfile } = await import('@/components/AuthorProfile');
    const root = makeContent({
      'authors/ama/_index.md': post('title: Ama\nemail: ama@example.org'),
      'authors/bad/_index.md': post('title: Bad\nemail: "javascript:alert(1)//@x"'),
    });
    const { authors, problems } = loadContent({ root, includeDrafts: false });
    expect(problems.map(formatProblem)).toEqual([
      `${displayPath(`${root}/authors/bad/_index.md`)}:3 warning: email: expected an address such as ada@example.org (it is not shown), found "javascript:alert(1)//@x"`,
    ]);
    const html = (id: string, showEmail: boolean) => renderToStaticMarkup(createElement(AuthorProfile, { author: authors.get(id)!, showEmail }));
    expect(html('ama', false)).not.toContain('ama@example.org');
    expect(html('ama', true)).toContain('<a href="mailto:ama@example.org" class="text-fg underline decoration-border underline-offset-4 hover:decoration-accent">ama@example.org</a>');
    expect(html('bad', true)).not.toContain('javascript');
  });
});
