import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContent, PNG_1x1, post } from '../helpers/content';
import { copyProject } from '../helpers/project-copy';

/**
 * A new blog, or one whose every post is still a draft, must build and deploy in both modes:
 * an empty list page, not a crash (a static export fails when a dynamic route lists no paths).
 * Builds in a copy of the project, so a developer's .next and out/ are left alone (a static
 * export builds in .next whatever NEXT_DIST_DIR says: that only names the export's folder).
 */
const project = copyProject('empty-content-');
const DRAFT_TITLE = 'A draft nobody may see yet';

const root = makeContent({
  'site.yaml': 'title: Drafts Only\nurl: https://drafts.example.org\n',
  'posts/first-draft/index.mdx': post(`title: ${DRAFT_TITLE}\ndate: 2024-03-01\ndraft: true\ntags: [secret]\nauthors: [nobody]`, '\n![x](./featured.png)\n\nText.\n'),
  'posts/first-draft/featured.png': PNG_1x1,
  'posts/second.md': post('title: Another draft\ndate: 2024-03-02\ndraft: true\ntags: [secret, plans]'),
});

function build(extra: Record<string, string>) {
  const run = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: root, NEXT_DIST_DIR: '', NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '', STATIC_EXPORT: '', ...extra },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

afterAll(() => {
  fs.rmSync(project, { recursive: true, force: true });
  fs.rmSync(root, { recursive: true, force: true });
}, 120_000); // removing two project copies takes a while on a busy machine

describe('a content folder where every post is a draft', () => {
  it('builds for next start with an empty home page and no trace of the drafts', { timeout: 300_000 }, () => {
    const { status, output } = build({});
    expect(status, output).toBe(0);
    const DIST = path.join(project, '.next');
    const home = fs.readFileSync(path.join(DIST, 'server/app/index.html'), 'utf8');
    expect(home).toContain('Drafts Only');
    expect(home).not.toMatch(/href="\/posts\/[a-z]/);
    const pages = allFiles(path.join(DIST, 'server/app')).filter((f) => f.endsWith('.html'));
    for (const page of pages) expect(fs.readFileSync(page, 'utf8'), page).not.toContain(DRAFT_TITLE);
  });

  it('exports a static site with an empty home page and no trace of the drafts', { timeout: 300_000 }, () => {
    const { status, output } = build({ STATIC_EXPORT: '1' });
    expect(status, output).toBe(0);
    const DIST = path.join(project, 'out');
    const home = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    expect(home).toContain('Drafts Only');
    expect(home).not.toMatch(/href="\/posts\/[a-z]/);
    const files = allFiles(DIST).filter((f) => !f.includes(`${path.sep}_next${path.sep}`));
    for (const file of files.filter((f) => /\.(html|txt|xml|json)$/.test(f))) {
      expect(fs.readFileSync(file, 'utf8'), file).not.toContain(DRAFT_TITLE);
    }
    expect(files.some((f) => f.includes('first-draft'))).toBe(false);
    expect(fs.existsSync(path.join(DIST, '_headers'))).toBe(true);
  });
});
