import { describe, expect, it } from 'vitest';
import { adminFiles, adminHeaders, adminHtml, adminPolicy, isDecapFile } from '@/lib/editor/admin-page';
import { editorSchema } from '@/lib/editor/backend';
import { fieldProblems, type CheckResponse } from '@/lib/editor/client/check-state';
import { entryFile } from '@/lib/editor/local-server';
import { configuredAdminRules } from '@/lib/editor/hosted';
import { headersFile, vercelHeaders } from '@/lib/security/headers';
import { headersPatternMatches, parseHeadersFile } from '../e2e/headers-file';
import { makeContent, post } from '../helpers/content';

const github = editorSchema.parse({ enabled: true, backend: { name: 'github', repo: 'our-org/blog', base_url: 'https://auth.example.org' } })!;
const local = { ...editorSchema.parse({ enabled: true })!, backend: undefined };

describe('/admin', () => {
  it('asks not to be indexed and names one script of its own, by a relative address', () => {
    const html = adminHtml();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['/admin/editor.js']);
    expect(adminHtml('/blog/admin/')).toContain('<script src="/blog/admin/editor.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('has a policy of its own: GitHub’s API with a GitHub backend, only this origin locally, never a CDN', () => {
    expect(adminPolicy(github)).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data: https://avatars.githubusercontent.com; font-src 'self' data:; connect-src 'self' blob: https://api.github.com; frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    const policy = adminPolicy(local, { serverOrigin: 'http://127.0.0.1:8081' });
    expect(policy).toContain("connect-src 'self' blob: http://127.0.0.1:8081;");
    expect(policy).not.toContain('github');
    expect(adminHeaders(github).map((h) => `${h.key}: ${h.value}`)).toContain('X-Robots-Tag: noindex, nofollow');
    expect(adminHeaders(github).find((h) => h.key === 'Cross-Origin-Opener-Policy')?.value).toBe('same-origin-allow-popups');
  });

  it('serves Decap’s own files and nothing else from its folder', () => {
    expect(isDecapFile('decap-cms.js')).toBe(true);
    expect(isDecapFile('5025.decap-cms.js')).toBe(true);
    expect(isDecapFile('dd5d52671a5763720504.wasm')).toBe(true);
    for (const name of ['decap-cms.js.map', 'cms.js', '../package.json', 'index.html', '.env']) expect(isDecapFile(name), name).toBe(false);
    expect(adminFiles(['decap-cms.js', 'cms.js', '5025.decap-cms.js.map'])).toEqual(['index.html', 'editor.js', 'config.json', 'decap-cms.js']);
  });
});

describe('/admin on every host', () => {
  const site = (editor: string) => makeContent({ 'site.yaml': `title: T\nurl: https://t.example.org\n${editor}`, 'posts/a.md': post('title: A\ndate: 2024-01-01') });
  const on = site('editor:\n  enabled: true\n  backend: { name: github, repo: our-org/blog, base_url: https://auth.example.org }\n');
  const policyAt = (file: string, pathname: string) =>
    parseHeadersFile(file)
      .filter((r) => headersPatternMatches(r.pattern, pathname))
      .flatMap((r) => r.headers)
      .filter((h) => h.key === 'Content-Security-Policy')
      .at(-1)?.value;

  it("has its own policy in a static export's _headers and in vercel.json, written after the page rules so it wins there", () => {
    const rules = configuredAdminRules(true, on);
    const file = headersFile(['/posts/a/report.pdf'], {}, [], rules);
    for (const pathname of ['/admin', '/admin/', '/admin/config.json', '/admin/decap-cms.js']) expect(policyAt(file, pathname), pathname).toBe(adminPolicy(github));
    expect(policyAt(file, '/posts/a/')).not.toBe(adminPolicy(github));
    expect(policyAt(file, '/posts/a/')).toContain("script-src 'self'");
    const vercel = vercelHeaders({}, [], rules);
    expect(vercel.slice(-3).map((r) => r.source)).toEqual(['/admin', '/admin/', '/admin/:file']);
    expect(vercel.at(-1)!.headers).toEqual(adminHeaders(github));
  });

  it('adds nothing when the site has no editor, or turns it off', () => {
    expect(configuredAdminRules(true, site(''))).toEqual([]);
    expect(configuredAdminRules(false, site('editor:\n  enabled: false\n'))).toEqual([]);
  });
});

describe('the check beside each field', () => {
  const folders = new Map([['posts', 'content/posts']]);
  it('checks a saved entry at its own path, and a new post where it will be written', () => {
    expect(entryFile({ collection: 'posts', path: 'content/posts/a/index.md', slug: 'a', title: 'A' }, 'content', folders)).toBe('posts/a/index.md');
    expect(entryFile({ collection: 'posts', path: '', slug: '', title: 'Our spring workshop' }, 'content', folders)).toBe('posts/our-spring-workshop/index.mdx');
  });

  it('shows each problem beside its own field', () => {
    const problem = (field: string, formField: string) => ({ severity: 'error' as const, file: 'content/posts/a/index.mdx', line: 3, field, formField, expected: 'x', found: 'y', message: `${field}!` });
    const result: CheckResponse = { file: 'posts/a/index.mdx', blocked: true, problems: [problem('date', 'date'), problem('event.start', 'event'), problem('tags[1]', 'tags'), problem('file', 'body')] };
    expect(fieldProblems(result, 'date').map((p) => p.message)).toEqual(['date!']);
    expect(fieldProblems(result, 'event.start').map((p) => p.message)).toEqual(['event.start!']);
    expect(fieldProblems(result, 'tags').map((p) => p.message)).toEqual(['tags[1]!']);
    expect(fieldProblems(result, 'body').map((p) => p.message)).toEqual(['file!']);
    expect(fieldProblems(result, 'title')).toEqual([]);
    expect(fieldProblems(undefined, 'date')).toEqual([]);
  });
});
