/**
 * The `editor:` setting of content/site.yaml: off unless written, each mistake named with its line
 * and field, and the Content-Security-Policy sources /admin needs for the backend chosen.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, formatProblem } from '@/lib/content';
import { displayPath } from '@/lib/content/paths';
import { editorCspOrigins, editorEnabled, editorOpenerPolicy, signInOrigin, type EditorSettings } from '@/lib/editor/backend';
import { makeContent } from '../helpers/content';

function site(yaml: string) {
  const root = makeContent({ 'site.yaml': `title: A blog\nurl: https://blog.example.org\n${yaml}` });
  const index = buildIndex(root, false);
  return { editor: index.site.editor, messages: index.problems.map(formatProblem), file: displayPath(`${root}/site.yaml`) };
}

const GITHUB = 'editor:\n  enabled: true\n  backend:\n    name: github\n    repo: our-org/blog\n';

describe('the editor setting', () => {
  it('is off when not written, and when written without enabled: true', () => {
    expect(site('').editor).toBeUndefined();
    expect(editorEnabled(site('').editor)).toBe(false);
    const written = site('editor:\n  backend:\n    name: github\n    repo: our-org/blog\n');
    expect(written.messages).toEqual([]);
    expect(editorEnabled(written.editor)).toBe(false);
  });

  it('reads a local-only editor and a GitHub one with their defaults', () => {
    expect(site('editor:\n  enabled: true\n').editor).toEqual({ enabled: true, path: '/admin', publish_mode: 'simple' });
    const { editor, messages } = site(`${GITHUB}    base_url: https://auth.example.org\n    auth_endpoint: api/auth\n`);
    expect(messages).toEqual([]);
    expect(editor).toEqual({
      enabled: true,
      path: '/admin',
      publish_mode: 'simple',
      backend: { name: 'github', repo: 'our-org/blog', branch: 'main', base_url: 'https://auth.example.org', auth_endpoint: 'api/auth', open_authoring: false },
    });
    const reviewed = site('editor:\n  enabled: "true"\n  path: /write\n  publish_mode: editorial_workflow\n  backend:\n    name: github\n    repo: our-org/blog\n    branch: drafts/main\n    open_authoring: true\n');
    expect(reviewed.messages).toEqual([]);
    expect(reviewed.editor).toMatchObject({ enabled: true, path: '/write', publish_mode: 'editorial_workflow', backend: { branch: 'drafts/main', open_authoring: true } });
  });

  it('names the file, the line and the field of each mistake', () => {
    const cases: [string, string][] = [
      ['editor: yes\n', ':3 editor: expected editor settings on indented lines, such as { enabled: true, backend: { name: github, repo: our-org/blog } }, found "yes"'],
      ['editor:\n  enabled: sometimes\n', ':4 editor.enabled: expected true (the site has a browser editor) or false, found "sometimes"'],
      ['editor:\n  enabled: true\n  path: admin\n', ':5 editor.path: expected a path of its own such as /admin (lowercase letters, digits and hyphens), found "admin"'],
      [
        'editor:\n  enabled: true\n  path: /posts/admin\n',
        `:5 editor.path: expected a path the site's pages do not use (not /posts, /page, /tags, /categories, /authors, /events, /series, /search, /share, /subscribe, /og, /katex, /mermaid, /pagefind, /404), found "/posts/admin"`,
      ],
      ['editor:\n  enabled: true\n  publish_mode: review\n', ':5 editor.publish_mode: expected simple (each save is a commit) or editorial_workflow (each edit is a pull request, published when merged), found "review"'],
      ['editor:\n  enabled: true\n  backend: github\n', ':5 editor.backend: expected the Git backend on indented lines, such as { name: github, repo: our-org/blog }, found "github"'],
      [GITHUB.replace('name: github', 'name: gitlab'), ':6 editor.backend.name: expected the Git service the editor commits to: github, found "gitlab"'],
      [GITHUB.replace('repo: our-org/blog', 'repo: https://github.com/our-org/blog'), ':7 editor.backend.repo: expected a GitHub repository written owner/name, such as our-org/blog, found "https://github.com/our-org/blog"'],
      ['editor:\n  enabled: true\n  backend:\n    name: github\n', ':5 editor.backend.repo: expected a GitHub repository written owner/name, such as our-org/blog, found nothing'],
      [`${GITHUB}    branch: main..old\n`, ':8 editor.backend.branch: expected a branch name such as main, found "main..old"'],
      [`${GITHUB}    base_url: http://auth.example.org\n`, ':8 editor.backend.base_url: expected the https:// address of the OAuth proxy that signs editors in, such as https://auth.example.org, found "http://auth.example.org"'],
      [`${GITHUB}    base_url: https://auth.example.org/api/auth\n`, ':8 editor.backend.base_url: expected the https:// address of the OAuth proxy that signs editors in, such as https://auth.example.org, found "https://auth.example.org/api/auth"'],
      [`${GITHUB}    auth_endpoint: https://auth.example.org/auth\n`, ':8 editor.backend.auth_endpoint: expected the path of the sign-in on the OAuth proxy, such as api/auth, found "https://auth.example.org/auth"'],
      [`${GITHUB}    open_authoring: true\n`, ':8 editor.backend.open_authoring: expected publish_mode: editorial_workflow beside it (open authoring works through pull requests), found boolean true'],
    ];
    for (const [yaml, message] of cases) {
      const { messages, file } = site(yaml);
      expect(messages).toEqual([`${file}${message}`]);
    }
  });
});

describe("/admin's policy for its backend", () => {
  const settings = (yaml: string): EditorSettings => site(yaml).editor!;

  it('local mode: only the local server, and image previews', () => {
    expect(editorCspOrigins(settings('editor:\n  enabled: true\n'), { serverOrigin: 'http://127.0.0.1:8081/api/v1' })).toEqual({
      'connect-src': ['http://127.0.0.1:8081'],
      'img-src': ['blob:', 'data:'],
    });
    expect(signInOrigin(settings('editor:\n  enabled: true\n'))).toBeNull();
    expect(editorOpenerPolicy(settings('editor:\n  enabled: true\n'))).toBe('same-origin');
  });

  it("GitHub: its API and avatars; sign-in through the proxy's popup, which /admin must let answer", () => {
    const github = settings(`${GITHUB}    base_url: https://auth.example.org\n`);
    expect(editorCspOrigins(github)).toEqual({
      'img-src': ['blob:', 'data:', 'https://avatars.githubusercontent.com'],
      'connect-src': ['https://api.github.com'],
    });
    expect(signInOrigin(github)).toBe('https://auth.example.org');
    expect(signInOrigin(settings(GITHUB))).toBe('https://api.netlify.com');
    expect(editorOpenerPolicy(github)).toBe('same-origin-allow-popups');
  });
});
